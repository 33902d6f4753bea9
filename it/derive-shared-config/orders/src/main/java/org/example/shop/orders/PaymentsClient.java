package org.example.shop.orders;

import org.springframework.stereotype.Component;

@Component
public class PaymentsClient {

    private final String baseUrl;

    public PaymentsClient(PaymentsProperties properties) {
        this.baseUrl = properties.getBaseUrl();
    }
}
