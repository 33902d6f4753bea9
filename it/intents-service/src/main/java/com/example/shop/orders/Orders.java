package com.example.shop.orders;

/** The service of this repository: it calls payments, whose address its configuration gives. */
public final class Orders {

    /** Read as Spring reads {@code @Value("${payments.url}")}. */
    static final String PAYMENTS_URL = "${payments.url}";

    private Orders() {
    }
}
