package io.aiplatform.security.core.graph;

import io.aiplatform.security.core.derive.KubernetesDiscovery;
import io.aiplatform.security.core.derive.ModuleConfiguration;
import io.aiplatform.security.core.derive.RegistryLibraries;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A load-balanced name ({@code lb://customer}, a {@code @LoadBalanced} client's {@code http://customer}) resolves
 * through the caller's discovery client, which lists what registered in its registry: Spring Cloud LoadBalancer takes
 * the instances from the {@code DiscoveryClient}. A service module whose every registry client (Eureka, Consul) its
 * configuration switches off ({@code eureka.client.enabled: false}) or keeps from registering
 * ({@code eureka.client.register-with-eureka: false}) is listed by no registry, so such a name reaches nothing, unless
 * the caller also discovers through Kubernetes (Spring Cloud Kubernetes lists the Services) or names the instances
 * itself ({@code spring.cloud.discovery.client.simple.instances.<name>}).
 */
final class UnregisteredTargets {

    private static final String SIMPLE = "spring.cloud.discovery.client.simple.instances.";

    private UnregisteredTargets() {
    }

    /** Why {@code a}'s load-balanced name of {@code b} ({@code name}) reaches nothing, when it does not. */
    static Optional<String> whyUnreached(Service a, Service b, String name, Derivation d) {
        if (b.module().directory() == null || a.module().directory() == null || b == a) {
            return Optional.empty();
        }
        List<String> products = registryClients(b, d);
        if (products.isEmpty()) {
            return Optional.empty();
        }
        ModuleConfiguration config = d.configuration(b);
        List<String> why = new ArrayList<>();
        for (String product : products) {
            if (RegistryLibraries.disabled(product, config)) {
                why.add("its " + product + " client is switched off");
            } else if (!RegistryLibraries.registers(product, config)) {
                why.add("its " + product + " client does not register it");
            } else {
                return Optional.empty();
            }
        }
        if (discoversOtherwise(a, name, d)) {
            return Optional.empty();
        }
        return Optional.of("not a connection: " + name + " is a load-balanced name, which " + a.name()
                + "'s discovery client resolves to the instances a registry lists, and " + b.name()
                + " registers in none: " + String.join(", ", why));
    }

    /** The registry products whose client library is on {@code s}'s runtime classpath, in the products' order. */
    private static List<String> registryClients(Service s, Derivation d) {
        Set<String> classpath = ServiceClasspath.of(s, d.platform).orElse(Set.of());
        List<String> products = new ArrayList<>();
        for (String product : RegistryLibraries.PRODUCTS) {
            if (classpath.stream().anyMatch(lib -> d.catalog().productOf(lib).filter(product::equals).isPresent())) {
                products.add(product);
            }
        }
        return products;
    }

    /** Whether {@code a} finds instances of {@code name} without a registry: Kubernetes discovery or simple instances. */
    private static boolean discoversOtherwise(Service a, String name, Derivation d) {
        Set<String> classpath = ServiceClasspath.of(a, d.platform).orElse(Set.of());
        ModuleConfiguration config = d.configuration(a);
        if (classpath.stream().anyMatch(KubernetesDiscovery::isClient) && !KubernetesDiscovery.disabled(config)) {
            return true;
        }
        return config.properties().values().stream()
                .anyMatch(v -> v.key().toLowerCase(java.util.Locale.ROOT).startsWith(SIMPLE + name.toLowerCase(
                        java.util.Locale.ROOT)));
    }
}
