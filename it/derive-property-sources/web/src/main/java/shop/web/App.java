package shop.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.PropertySource;

@PropertySource("classpath:clients-${spring.profiles.active}.properties")
public class App {
    @Value("${clients.orders.url}")
    String orders;
}
