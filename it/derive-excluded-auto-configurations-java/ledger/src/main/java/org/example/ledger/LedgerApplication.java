package org.example.ledger;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration;

// excludes another auto-configuration: ledger's DataSource stays, and spring.datasource.url names reports-db
// @SpringBootApplication(exclude = DataSourceAutoConfiguration.class) was tried once and dropped
@SpringBootApplication(exclude = SecurityAutoConfiguration.class)
public class LedgerApplication {

    public static void main(String[] args) {
        SpringApplication.run(LedgerApplication.class, args);
    }
}
