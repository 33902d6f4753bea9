package shop.cart;

import shop.common.ServiceUrls;

class CatalogClient {

    private final String baseUrl;

    CatalogClient(ServiceUrls urls) {
        this.baseUrl = urls.catalog(); // stock() is bound for cart too, but cart never reads it
    }
}
