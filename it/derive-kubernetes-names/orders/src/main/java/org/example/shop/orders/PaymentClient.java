package org.example.shop.orders;

import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.PostMapping;

@FeignClient(name = "PAYMENT-SERVICE/payment")
public interface PaymentClient {

    @PostMapping
    Long pay(String order);
}
