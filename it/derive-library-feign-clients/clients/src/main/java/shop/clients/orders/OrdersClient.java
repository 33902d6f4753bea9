package shop.clients.orders;

import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.GetMapping;

@FeignClient(name = "orders", url = "${clients.orders.url}/api")
public interface OrdersClient {
    @GetMapping("/orders")
    String orders();
}
