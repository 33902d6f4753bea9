package shop.ratings.reviews;

import org.springframework.context.annotation.Configuration;
import org.springframework.cloud.openfeign.EnableFeignClients;

@Configuration
@EnableFeignClients(clients = ReviewClient.class)
public class ReviewClientConfiguration {
}
