package store.webapp;

import org.springframework.boot.context.properties.ConfigurationProperties;

@ConfigurationProperties("retailstore")
public record ApplicationProperties(String apiGatewayUrl) {
}
