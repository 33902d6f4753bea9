package io.aiplatform.security.core.derive;

/**
 * A host (and maybe a port) that a service's configuration or code names as something it connects
 * to, with where it is said: {@code source} is {@code file:line key} or {@code file:line annotation}.
 */
public record HostReference(String host, Integer port, String source, String key, boolean loadBalanced) {

    public HostReference(String host, Integer port, String source) {
        this(host, port, source, null);
    }

    public HostReference(String host, Integer port, String source, String key) {
        this(host, port, source, key, false);
    }

    /**
     * The same reference made by an {@code lb://} URL: Spring Cloud LoadBalancer picks an instance the registry (or
     * Kubernetes discovery) gives, on the port that instance registers.
     */
    public HostReference asLoadBalanced() {
        return new HostReference(host, port, source, key, true);
    }
}
