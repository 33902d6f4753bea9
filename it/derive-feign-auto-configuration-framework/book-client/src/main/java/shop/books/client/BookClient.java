package shop.books.client;

import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.GetMapping;

@FeignClient(name = "books")
public interface BookClient {

    @GetMapping("/books")
    String books();
}
