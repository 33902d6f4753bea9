package shop.payments;

import shop.common.ServiceUrls;

class OrderClients {

    private final String catalog;
    private final String stock;

    OrderClients(ServiceUrls urls) {
        this.catalog = urls.catalog();
        this.stock = urls.stock();
    }
}
