package org.example.shop.orders;

import org.apache.camel.builder.RouteBuilder;

public class OrderRoutes extends RouteBuilder {

    @Override
    public void configure() {
        from("rest:post:/orders").to("kafka:orders");
    }
}
