package shop.ratings.client;

import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.GetMapping;

@FeignClient(name = "ratings")
public interface RatingClient {

    @GetMapping("/ratings")
    String ratings();
}
