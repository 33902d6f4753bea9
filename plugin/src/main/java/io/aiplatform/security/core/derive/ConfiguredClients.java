package io.aiplatform.security.core.derive;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Client libraries of several products whose configuration decides which one a service calls (catalog data
 * {@code configured-clients.txt}): Micronaut's discovery client calls Consul when {@code consul.client.*} is set
 * and Eureka when {@code eureka.client.*} is.
 */
public final class ConfiguredClients {

    /** A product a library calls, decided by the key that configures it. */
    public record Decision(String product, ConfigValue key) {
    }

    /** Per library ({@code groupId:artifactId}), each product's key prefix, in file order. */
    private static final Map<String, Map<String, String>> PREFIXES = load();

    private ConfiguredClients() {
    }

    /** Whether {@code groupId:artifactId} is a library whose configuration decides its product. */
    public static boolean decidedByConfiguration(String coordinates) {
        return PREFIXES.containsKey(coordinates);
    }

    /** The products the library calls: those whose keys {@code config} sets, each with the first such key. */
    public static List<Decision> decide(String coordinates, ModuleConfiguration config) {
        List<Decision> decisions = new ArrayList<>();
        PREFIXES.getOrDefault(coordinates, Map.of()).forEach((product, prefix) -> config.all().stream()
                .filter(v -> ConfigKeys.under(v.key(), prefix)).findFirst()
                .ifPresent(v -> decisions.add(new Decision(product, v))));
        return decisions;
    }

    /** The library's products as a sentence part: "consul or eureka". */
    public static String products(String coordinates) {
        return String.join(" or ", PREFIXES.getOrDefault(coordinates, Map.of()).keySet());
    }

    /** The products' key prefixes of the library as a sentence part: "consul.client.* or eureka.client.*". */
    public static String prefixes(String coordinates) {
        return String.join(" or ", PREFIXES.getOrDefault(coordinates, Map.of()).values().stream()
                .map(p -> p + ".*").toList());
    }

    private static Map<String, Map<String, String>> load() {
        Map<String, Map<String, String>> prefixes = new LinkedHashMap<>();
        for (String[] parts : CatalogData.lines("configured-clients.txt")) {
            Map<String, String> byProduct = new LinkedHashMap<>();
            for (int i = 1; i < parts.length; i++) {
                String[] pair = parts[i].split("=", 2);
                if (pair.length != 2) {
                    throw new IllegalStateException(CatalogData.shown("configured-clients.txt")
                            + ": expected product=key-prefix, found " + parts[i]);
                }
                byProduct.put(pair[0], pair[1]);
            }
            prefixes.put(parts[0], Collections.unmodifiableMap(byProduct));
        }
        return Map.copyOf(prefixes);
    }
}
