package org.example.shop.catalog;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

@Component
public class PriceChanges {

    @KafkaListener(topics = "prices")
    public void onPriceChange(String change) {
    }
}
