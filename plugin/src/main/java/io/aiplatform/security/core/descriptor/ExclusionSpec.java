package io.aiplatform.security.core.descriptor;

/**
 * A derived edge switched off, with the reason (required): a client library
 * ({@code groupId:artifactId}) or a product the service does not really call at runtime, a host its
 * configuration or code names, or a service it is derived to call. Exactly one of {@code client},
 * {@code host} and {@code service} is set.
 */
public record ExclusionSpec(String client, String host, String service, String reason, int line) {

    public ExclusionSpec(String client, String reason, int line) {
        this(client, null, null, reason, line);
    }

    public boolean matches(String coordinates, String product) {
        return client != null && (client.equals(coordinates) || client.equals(product));
    }

    /** What it names, for messages. */
    public String target() {
        return client != null ? client : host != null ? "host " + host : "service " + service;
    }
}
