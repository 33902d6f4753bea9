package org.example.shop.users;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

@Component
class ReportsClient {

    private final RestClient client;

    ReportsClient(@Value("${clients.reports.url}") String url) {
        this.client = RestClient.create(url);
    }
}
