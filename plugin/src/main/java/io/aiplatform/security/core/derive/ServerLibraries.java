package io.aiplatform.security.core.derive;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Which dependencies make a service the server of a product: a registry server ({@code registries.txt}, the
 * Eureka server starters) or another server library ({@code server-libraries.txt}: the Spring Cloud Config
 * Server, the Spring Boot Admin server).
 */
public final class ServerLibraries {

    private static final Map<String, String> PRODUCTS = load();

    private ServerLibraries() {
    }

    /** The product a dependency makes its service the server of, if any. */
    public static Optional<String> productOf(String groupId, String artifactId) {
        return Optional.ofNullable(PRODUCTS.get(groupId + ":" + artifactId));
    }

    private static Map<String, String> load() {
        Map<String, String> products = new TreeMap<>();
        CatalogData.lines("registries.txt").forEach(parts -> products.put(parts[0], parts[1]));
        CatalogData.lines("server-libraries.txt").forEach(parts -> products.put(parts[0], parts[1]));
        return Map.copyOf(products);
    }
}
