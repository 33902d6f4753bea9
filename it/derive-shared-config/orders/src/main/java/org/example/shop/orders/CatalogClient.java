package org.example.shop.orders;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

@Component
public class CatalogClient {

    private final String url;

    public CatalogClient(@Value("${catalog.service.url}") String url) {
        this.url = url;
    }
}
