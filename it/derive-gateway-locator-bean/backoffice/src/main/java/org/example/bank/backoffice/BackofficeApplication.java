package org.example.bank.backoffice;

import org.example.bank.backoffice.routing.DiscoveryClientRouteDefinitionLocator;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

@SpringBootApplication
public class BackofficeApplication {

    /** Its own class of that simple name: no Spring Cloud Gateway discovery locator. */
    @Bean
    DiscoveryClientRouteDefinitionLocator locator() {
        return new DiscoveryClientRouteDefinitionLocator();
    }
}
