package shop.ratings;

import org.springframework.context.annotation.Configuration;
import org.springframework.cloud.openfeign.EnableFeignClients;

@Configuration
@EnableFeignClients(basePackages = "shop.ratings.client")
public class RatingClientAutoConfiguration {
}
