package com.example.shop.orders;

/** The service of this repository: it calls payments and, with the profile audit, audit. */
public final class Orders {

    /** Read as Spring reads {@code @Value("${payments.url}")}. */
    static final String PAYMENTS_URL = "${payments.url}";
    static final String AUDIT_URL = "${audit.url:}";

    private Orders() {
    }
}
