package org.example.payment;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.client.RestClient;

class Payments {
    @Value("${shop.catalog.url}")
    private String catalogUrl;
    @Value("${shop.stripe.success-url}")
    private String paid;

    RestClient catalog() {
        return RestClient.create(catalogUrl);
    }
}
