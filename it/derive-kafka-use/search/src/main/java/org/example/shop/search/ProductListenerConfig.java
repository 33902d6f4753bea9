package org.example.shop.search;

import org.example.shop.common.BaseListenerConfig;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;

@Configuration
public class ProductListenerConfig extends BaseListenerConfig<String> {

    @Override
    public ConcurrentKafkaListenerContainerFactory<String, String> listenerContainerFactory() {
        return new ConcurrentKafkaListenerContainerFactory<>();
    }
}
