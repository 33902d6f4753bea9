package org.example.shop.webapp;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.servers.Server;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.client.RestClient;

@Configuration
class ClientsConfiguration {

    @Value("${app.gateway-url}")
    String gatewayUrl;

    @Bean
    OpenAPI openApi() {
        return new OpenAPI().addServersItem(new Server().url(gatewayUrl + "/webapp"));
    }

    @Bean
    RestClient gatewayClient(RestClient.Builder builder) {
        return builder.baseUrl(gatewayUrl).build();
    }
}
