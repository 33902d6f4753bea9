package io.aiplatform.security.core.derive;

import io.aiplatform.security.core.support.Names;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which service a host names: the service's name, or its cluster DNS names
 * {@code <name>.<namespace>}, {@code <name>.<namespace>.svc} and
 * {@code <name>.<namespace>.svc.cluster.local} in the platform's namespace, or another host name the
 * deployment gives it (a Compose network alias, hostname or container name), or its name in Consul's DNS
 * ({@code <name>.service.consul}), or the DNS name of one pod of a StatefulSet behind it
 * ({@code <statefulset>-<ordinal>.<name>} and the longer forms). Anything else names no
 * service; loopback names the pod itself.
 */
public final class ServiceHosts {

    private final Set<String> services;
    private final String namespace;
    private final Map<String, Alias> aliases;

    /** Another host name of a service (a Compose network alias ...), and the evidence that gives it. */
    public record Alias(String service, String evidence) {
    }

    /** {@code namespace}: the platform's, or null when unknown (then only the bare name and *.svc forms match). */
    public ServiceHosts(Set<String> services, String namespace) {
        this(services, namespace, Map.of());
    }

    /** {@code aliases}: other host names of services by lower-case host (a service's own name wins over them). */
    public ServiceHosts(Set<String> services, String namespace, Map<String, Alias> aliases) {
        this.services = Set.copyOf(services);
        this.namespace = namespace;
        this.aliases = Map.copyOf(aliases);
    }

    /** The alias {@code host} is, when it is no service's name but another host name of one. */
    public Optional<Alias> aliasOf(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.endsWith(".")) {
            h = h.substring(0, h.length() - 1);
        }
        return services.contains(h) ? Optional.empty() : Optional.ofNullable(aliases.get(h));
    }

    public Optional<String> serviceOf(String host) {
        return resolve(host, true);
    }

    private Optional<String> resolve(String host, boolean podNames) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.endsWith(".")) {
            h = h.substring(0, h.length() - 1);
        }
        if (services.contains(h)) {
            return Optional.of(h);
        }
        if (aliases.containsKey(h)) {
            return Optional.of(aliases.get(h).service());
        }
        String[] parts = h.split("\\.");
        Optional<String> consul = consulService(parts);
        if (consul.isPresent()) {
            return consul;
        }
        if (parts.length < 2) {
            return Optional.empty();
        }
        if (!services.contains(parts[0])) {
            return podNames ? statefulSetPod(h, parts) : Optional.empty();
        }
        boolean ns = namespace == null || parts[1].equals(namespace);
        boolean dns = parts.length == 2 && namespace != null && parts[1].equals(namespace)
                || parts.length == 3 && parts[2].equals("svc") && ns
                || parts.length == 5 && parts[2].equals("svc") && parts[3].equals("cluster") && parts[4].equals("local") && ns;
        return dns ? Optional.of(parts[0]) : Optional.empty();
    }

    /**
     * The service whose Service governs a StatefulSet's pod named by {@code host}: Kubernetes gives pod
     * {@code <statefulset>-<ordinal>} of a StatefulSet the DNS name {@code <pod>.<service>.<namespace>.svc.cluster.local}
     * under its governing (headless) Service, reachable as {@code <pod>.<service>} in the namespace
     * ({@code http://eureka-0.eureka:8761} is pod 0 of the StatefulSet behind the Service {@code eureka}).
     */
    private Optional<String> statefulSetPod(String host, String[] parts) {
        if (!parts[0].matches("[a-z0-9]([a-z0-9-]*[a-z0-9])?-[0-9]+")) {
            return Optional.empty();
        }
        String governing = host.substring(parts[0].length() + 1);
        return governing.endsWith(".consul") ? Optional.empty() : resolve(governing, false);
    }

    /**
     * The service a name of Consul's DNS interface names: {@code [<tag>.]<service>.service[.<datacenter>].consul},
     * as Consul documents its service lookups.
     */
    private Optional<String> consulService(String[] parts) {
        int n = parts.length;
        if (n < 3 || !parts[n - 1].equals("consul")) {
            return Optional.empty();
        }
        int marker = parts[n - 2].equals("service") ? n - 2 : n >= 4 && parts[n - 3].equals("service") ? n - 3 : -1;
        if (marker < 1 || marker > 2 || !services.contains(parts[marker - 1])) {
            return Optional.empty();
        }
        return Optional.of(parts[marker - 1]);
    }

    /** A Service of another namespace that a host names, as (service, namespace). */
    public record OutsideService(String service, String namespace) {
    }

    /**
     * The Service in another namespace that {@code host} names by its cluster DNS name
     * ({@code <service>.<namespace>.svc} or {@code ...svc.cluster.local}); empty for any other host,
     * for the platform's own namespace and when the platform's namespace is unknown.
     */
    public Optional<OutsideService> outsideService(String host) {
        if (namespace == null) {
            return Optional.empty();
        }
        String h = host.toLowerCase(Locale.ROOT);
        if (h.endsWith(".")) {
            h = h.substring(0, h.length() - 1);
        }
        String[] parts = h.split("\\.");
        boolean dns = parts.length == 3 && parts[2].equals("svc")
                || parts.length == 5 && parts[2].equals("svc") && parts[3].equals("cluster") && parts[4].equals("local");
        if (!dns || parts[1].equals(namespace) || !Names.isDns1123Label(parts[0])
                || !Names.isDns1123Label(parts[1])) {
            return Optional.empty();
        }
        return Optional.of(new OutsideService(parts[0], parts[1]));
    }

    /**
     * A service of the platform that {@code host} names in another namespace by Kubernetes' short cross-namespace name
     * {@code <service>.<namespace>} (a pod of namespace {@code shop} reaches Service {@code postgres} of namespace
     * {@code default} as {@code postgres.default}): exactly two DNS labels, the first a service of the platform, the
     * second not the platform's namespace. Empty otherwise and when the platform's namespace is unknown. The platform
     * runs that service in its own namespace, so such a host is no call to it.
     */
    public Optional<OutsideService> platformServiceElsewhere(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        String[] parts = h.split("\\.");
        if (namespace == null || parts.length != 2 || !services.contains(parts[0]) || parts[1].equals(namespace)
                || !Names.isDns1123Label(parts[1])) {
            return Optional.empty();
        }
        return Optional.of(new OutsideService(parts[0], parts[1]));
    }

    public static boolean isLoopback(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        return h.equals("localhost") || h.startsWith("127.") || h.equals("[::1]") || h.equals("::1") || h.equals("0.0.0.0");
    }
}
