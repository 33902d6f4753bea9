package org.example.shop.webhook;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

@Component
public class OrderEvents {

    @KafkaListener(topics = "orders")
    public void onOrder(String order) {
    }
}
