package store.webapp;

import org.springframework.stereotype.Component;

@Component
public class GatewayClient {

    private final String baseUrl;

    public GatewayClient(ApplicationProperties properties) {
        this.baseUrl = properties.apiGatewayUrl();
    }
}
