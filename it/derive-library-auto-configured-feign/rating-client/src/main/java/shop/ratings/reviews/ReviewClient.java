package shop.ratings.reviews;

import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.GetMapping;

@FeignClient(name = "reviews")
public interface ReviewClient {

    @GetMapping("/reviews")
    String reviews();
}
