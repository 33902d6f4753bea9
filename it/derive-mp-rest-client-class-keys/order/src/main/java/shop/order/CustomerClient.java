package shop.order;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

@Path("/customers")
@RegisterRestClient(configKey = "customer")
public interface CustomerClient {

    @GET
    String all();
}
