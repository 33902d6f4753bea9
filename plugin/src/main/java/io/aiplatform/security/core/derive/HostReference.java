package io.aiplatform.security.core.derive;

/**
 * A host (and maybe a port) that a service's configuration or code names as something it connects
 * to, with where it is said: {@code source} is {@code file:line key} or {@code file:line annotation}.
 */
public record HostReference(String host, Integer port, String source, String key) {

    public HostReference(String host, Integer port, String source) {
        this(host, port, source, null);
    }
}
