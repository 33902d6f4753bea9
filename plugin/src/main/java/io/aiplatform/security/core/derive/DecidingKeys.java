package io.aiplatform.security.core.derive;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The property that tells a client which server of its product it connects to, per framework (catalog data:
 * {@code deciding-keys.txt}): {@code spring.datasource.url} for a Spring Boot PostgreSQL client,
 * {@code quarkus.datasource.reactive.url} for a Quarkus one, {@code mongodb.uri} for Micronaut's MongoDB.
 */
public final class DecidingKeys {

    public static final String SPRING = "spring";
    public static final String QUARKUS = "quarkus";
    public static final String MICRONAUT = "micronaut";

    private static final Map<String, List<String>> KEYS = load();

    private DecidingKeys() {
    }

    /** The keys that decide for a client of {@code product} in {@code framework}, the one to set first; empty when unknown. */
    public static List<String> of(String framework, String product) {
        return KEYS.getOrDefault(framework + " " + product, List.of());
    }

    /** The framework of a service whose libraries ({@code groupId:artifactId}) are these. */
    public static String frameworkOf(Iterable<String> libraries) {
        String framework = SPRING;
        for (String library : libraries) {
            if (library.startsWith("io.quarkus")) {
                return QUARKUS;
            }
            if (library.startsWith("io.micronaut")) {
                framework = MICRONAUT;
            }
        }
        return framework;
    }

    private static Map<String, List<String>> load() {
        Map<String, List<String>> keys = new TreeMap<>();
        for (String[] parts : CatalogData.lines("deciding-keys.txt")) {
            if (parts.length < 3) {
                throw new IllegalStateException(CatalogData.shown("deciding-keys.txt")
                        + ": expected framework, product and keys: " + String.join(" ", parts));
            }
            keys.put(parts[0] + " " + parts[1], List.of(Arrays.copyOfRange(parts, 2, parts.length)));
        }
        return Map.copyOf(keys);
    }
}
