package org.example.orders;

import org.springframework.beans.factory.annotation.Value;

public class CustomerClient {

    private final String url;

    public CustomerClient(@Value("${app.customers-url}") String url) {
        this.url = url;
    }
}
