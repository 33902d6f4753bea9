package io.aiplatform.security.core.derive;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Which service a host names: the service's name, or its cluster DNS names
 * {@code <name>.<namespace>}, {@code <name>.<namespace>.svc} and
 * {@code <name>.<namespace>.svc.cluster.local} in the platform's namespace. Anything else names no
 * service; loopback names the pod itself.
 */
public final class ServiceHosts {

    private final Set<String> services;
    private final String namespace;

    /** {@code namespace}: the platform's, or null when unknown (then only the bare name and *.svc forms match). */
    public ServiceHosts(Set<String> services, String namespace) {
        this.services = Set.copyOf(services);
        this.namespace = namespace;
    }

    public Optional<String> serviceOf(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.endsWith(".")) {
            h = h.substring(0, h.length() - 1);
        }
        if (services.contains(h)) {
            return Optional.of(h);
        }
        String[] parts = h.split("\\.");
        if (parts.length < 2 || !services.contains(parts[0])) {
            return Optional.empty();
        }
        boolean ns = namespace == null || parts[1].equals(namespace);
        boolean dns = parts.length == 2 && namespace != null && parts[1].equals(namespace)
                || parts.length == 3 && parts[2].equals("svc") && ns
                || parts.length == 5 && parts[2].equals("svc") && parts[3].equals("cluster") && parts[4].equals("local") && ns;
        return dns ? Optional.of(parts[0]) : Optional.empty();
    }

    public static boolean isLoopback(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        return h.equals("localhost") || h.startsWith("127.") || h.equals("[::1]") || h.equals("::1") || h.equals("0.0.0.0");
    }
}
