package io.aiplatform.security.core.derive;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Which dependencies and settings make a service call every service registered in its registry
 * (catalog data {@code servers.txt}): a Zuul proxy, a Spring Boot Admin server, and a Spring Cloud
 * Gateway whose discovery locator is on.
 */
public final class RegistryServers {

    private static final Map<String, String> SERVERS = load();

    private RegistryServers() {
    }

    /** What kind of fan-out server a dependency makes its service, if any. */
    public static Optional<String> kindOf(String groupId, String artifactId) {
        return Optional.ofNullable(SERVERS.get(groupId + ":" + artifactId));
    }

    /** The key that names why a service fans out from its configuration, if its configuration turns it on. */
    public static Optional<ConfigValue> gatewayLocator(ModuleConfiguration config) {
        for (String key : new String[] {"spring.cloud.gateway.discovery.locator.enabled",
                "spring.cloud.gateway.server.webflux.discovery.locator.enabled"}) {
            if (config.value(key).map(v -> v.strip().equalsIgnoreCase("true")).orElse(false)) {
                return config.source(key);
            }
        }
        return Optional.empty();
    }

    /** Zuul routes no registered service by default when {@code zuul.ignored-services} is '*'. */
    public static boolean zuulIgnoresAll(ModuleConfiguration config) {
        return config.value("zuul.ignored-services").map(v -> v.strip().equals("*")).orElse(false);
    }

    private static Map<String, String> load() {
        Map<String, String> servers = new LinkedHashMap<>();
        CatalogData.lines("servers.txt").forEach(parts -> servers.put(parts[0], parts[1]));
        return Map.copyOf(servers);
    }
}
