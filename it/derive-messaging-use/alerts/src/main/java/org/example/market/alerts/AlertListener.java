package org.example.market.alerts;

import io.micronaut.configuration.kafka.annotation.KafkaListener;
import io.micronaut.configuration.kafka.annotation.Topic;

@KafkaListener(groupId = "alerts")
public class AlertListener {

    @Topic("alerts")
    public void receive(String alert) {
    }
}
