package shop.shelf;

import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class ShelfApplication {
}
