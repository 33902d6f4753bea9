package io.aiplatform.security.core.descriptor;

import java.util.List;

/**
 * A product this service is the endpoint for ({@code postgresql}, {@code redis}, ...), the port
 * its clients use (null: all of the service's ports) and extra client-library coordinates
 * ({@code groupId:artifactId}) that mean "talks to me".
 */
public record ProvidedProduct(String product, PortRef port, List<String> clients, int line) {

    public ProvidedProduct {
        clients = List.copyOf(clients);
    }
}
