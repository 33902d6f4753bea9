package io.aiplatform.security.core.descriptor;

/**
 * An inferred edge switched off: a client library ({@code groupId:artifactId}) or a product the
 * service does not really call at runtime, with the reason (required).
 */
public record ExclusionSpec(String client, String reason, int line) {

    public boolean matches(String coordinates, String product) {
        return client.equals(coordinates) || client.equals(product);
    }
}
