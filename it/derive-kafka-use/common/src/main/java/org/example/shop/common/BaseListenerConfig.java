package org.example.shop.common;

import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.KafkaTemplate;

/** A listener configuration for the services to extend. */
public abstract class BaseListenerConfig<T> {

    protected KafkaTemplate<String, T> deadLetters;

    public abstract ConcurrentKafkaListenerContainerFactory<String, T> listenerContainerFactory();
}
