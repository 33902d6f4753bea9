package org.example.items;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.client.RestClient;

class Catalog {
    @Value("${app.catalog-url}")
    private String catalogUrl;

    RestClient client() {
        return RestClient.create(catalogUrl);
    }
}
