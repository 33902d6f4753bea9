package org.example.shop.orders;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Orders never send or listen: Kafka is on its classpath only through the common library. */
@SpringBootApplication
public class OrdersApplication {
}
