package shop.orders;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

@RegisterRestClient(configKey = "customer")
public interface CustomerClient {
}
