package org.example.shop;

import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

@Component
public class OrderEvents {

    private final KafkaTemplate<String, String> template;

    public OrderEvents(KafkaTemplate<String, String> template) {
        this.template = template;
    }

    public void placed(String id) {
        template.send("orders", id);
    }
}
