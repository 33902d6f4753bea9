package io.aiplatform.security.core.graph;

import java.util.List;

/**
 * A call of a service to something no service of this repository is: a service named only by a host
 * ({@code http://payments:8080}, {@code service}) or a product whose client library or deciding key the
 * service uses and that no service here provides ({@code product}). In a platform these are warnings or
 * egress to the product's pods; in a service repository they are the intents the platform resolves.
 *
 * @param ports    the port numbers the call reaches; empty when the reference gives none
 * @param evidence where the call is said ({@code file:line key}), as explain shows it
 */
public record UnresolvedCall(String from, String service, String product, List<Integer> ports, String evidence) {

    public UnresolvedCall {
        ports = List.copyOf(ports);
    }

    /** A call to the service named {@code service} by a host. */
    public static UnresolvedCall toService(String from, String service, Integer port, String evidence) {
        return new UnresolvedCall(from, service, null, port == null ? List.of() : List.of(port), evidence);
    }

    /** A call to whatever provides {@code product}. */
    public static UnresolvedCall toProduct(String from, String product, Integer port, String evidence) {
        return new UnresolvedCall(from, null, product, port == null ? List.of() : List.of(port), evidence);
    }
}
