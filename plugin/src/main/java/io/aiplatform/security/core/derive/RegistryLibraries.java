package io.aiplatform.security.core.derive;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which dependencies make a service a registry server, and which settings say where a registry client
 * registers or switch it off (catalog data {@code registries.txt}; the keys as Spring Cloud Netflix and
 * Spring Cloud Consul and Micronaut's discovery client document them).
 */
public final class RegistryLibraries {

    /** The registry products: a service discovery server and its clients. */
    public static final List<String> PRODUCTS = List.of("consul", "eureka");

    private static final Map<String, String> SERVERS = load();

    private RegistryLibraries() {
    }

    /** The registry product a dependency makes its service the server of, if any. */
    public static Optional<String> serverOf(String groupId, String artifactId) {
        return Optional.ofNullable(SERVERS.get(groupId + ":" + artifactId));
    }

    /**
     * The key that tells a client of {@code product} where its registry is, when the configuration sets one:
     * Spring Cloud's ({@code eureka.client.service-url}, {@code spring.cloud.consul.host}) or Micronaut's
     * ({@code eureka.client.default-zone}, {@code consul.client.default-zone}, {@code consul.client.host}).
     */
    public static Optional<ConfigValue> location(String product, ModuleConfiguration config) {
        List<String> prefixes = product.equals("eureka")
                ? List.of("eureka.client.service-url", "eureka.client.default-zone")
                : List.of("spring.cloud.consul.host", "consul.client.default-zone", "consul.client.host");
        return config.properties().values().stream()
                .filter(v -> prefixes.stream().anyMatch(p -> ConfigKeys.under(v.key(), p))).findFirst();
    }

    /** Whether the configuration switches the client of {@code product} off. */
    public static boolean disabled(String product, ModuleConfiguration config) {
        return isFalse(config, "spring.cloud.discovery.enabled") || (product.equals("eureka")
                ? isFalse(config, "eureka.client.enabled")
                : isFalse(config, "spring.cloud.consul.enabled") || isFalse(config, "spring.cloud.consul.discovery.enabled"));
    }

    /** Whether the client of {@code product} registers its service (it may only look others up). */
    public static boolean registers(String product, ModuleConfiguration config) {
        return product.equals("eureka")
                ? !isFalse(config, "eureka.client.register-with-eureka", "eureka.client.registerwitheureka")
                        && !isFalse(config, "eureka.client.registration.enabled")
                : !isFalse(config, "spring.cloud.consul.discovery.register")
                        && !isFalse(config, "consul.client.registration.enabled");
    }

    private static boolean isFalse(ModuleConfiguration config, String... keys) {
        return config.value(keys).map(v -> v.strip().equalsIgnoreCase("false")).orElse(false);
    }

    private static Map<String, String> load() {
        Map<String, String> servers = new LinkedHashMap<>();
        CatalogData.lines("registries.txt").forEach(parts -> servers.put(parts[0], parts[1]));
        return Map.copyOf(servers);
    }
}
