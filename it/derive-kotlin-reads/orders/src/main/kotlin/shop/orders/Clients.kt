package shop.orders

import org.springframework.cloud.openfeign.FeignClient
import org.springframework.web.bind.annotation.GetMapping

@FeignClient(name = "stock")
interface StockClient {
    @GetMapping("/items")
    fun items(): List<String>
}

@FeignClient(value = "prices", url = "\${pricing.url}")
interface PricingClient {
    @GetMapping("/prices")
    fun prices(): List<String>
}

// @FeignClient("billing") was the old invoice client, removed
