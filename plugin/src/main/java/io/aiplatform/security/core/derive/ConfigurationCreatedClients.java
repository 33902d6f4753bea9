package io.aiplatform.security.core.derive;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Clients that a framework creates only for the entries its configuration holds (catalog data:
 * {@code configuration-created-clients.txt}): Micronaut creates a JDBC {@code DataSource} for each
 * {@code datasources.<name>}, so a Micronaut service with a PostgreSQL driver and no {@code datasources.*} has no
 * PostgreSQL client at all; Quarkus starts a datasource only when its {@code jdbc.url} or {@code reactive.url} is set.
 */
public final class ConfigurationCreatedClients {

    private static final String FILE = "configuration-created-clients.txt";
    private static final Map<String, List<String>> PREFIXES = load();

    private ConfigurationCreatedClients() {
    }

    /**
     * Why {@code framework}'s client of {@code product} does not exist for {@code config} ("Micronaut creates a
     * postgresql client only for datasources.* or r2dbc.datasources.* entries, and the configuration sets none");
     * empty when the framework creates it whatever the configuration, or a key under one of the prefixes is set.
     */
    public static Optional<String> uncreated(String framework, String product, ModuleConfiguration config) {
        List<String> prefixes = PREFIXES.get(framework + " " + product);
        if (prefixes == null) {
            return Optional.empty();
        }
        for (ConfigValue v : config.all()) {
            for (String prefix : prefixes) {
                if (under(v.key(), prefix)) {
                    return Optional.empty();
                }
            }
        }
        return Optional.of(shownName(framework) + " creates a " + product + " client only for "
                + String.join(" or ", prefixes.stream().map(p -> p.endsWith(".") ? p + "*" : p).toList())
                + " entries, and the configuration (its files, its deployment's environment) sets none");
    }

    /**
     * {@link ConfigKeys#under}, where an element {@code *} of the prefix stands for any one element of the key
     * ({@code quarkus.datasource.*.jdbc.url} holds {@code quarkus.datasource."users".jdbc.url}).
     */
    static boolean under(String key, String prefix) {
        if (!prefix.contains("*")) {
            return ConfigKeys.under(key, prefix);
        }
        String uniformKey = ConfigKeys.uniform(key);
        String uniformPrefix = ConfigKeys.uniform(prefix);
        if (!uniformKey.startsWith(uniformPrefix.substring(0, uniformPrefix.indexOf('*')))) {
            return false; // most keys differ before the first '*'
        }
        String[] k = uniformKey.split("\\.", -1);
        String[] p = uniformPrefix.split("\\.", -1);
        for (int i = 0; i < p.length; i++) {
            if (p[i].isEmpty() && i == p.length - 1) {
                return true; // a prefix ending in a dot: any key below it
            }
            if (i >= k.length) {
                return false;
            }
            boolean last = i == p.length - 1;
            String element = last ? k[i].replaceFirst("\\[.*$", "") : k[i]; // the last may carry an index
            if (!p[i].equals("*") && !p[i].equals(element)) {
                return false;
            }
        }
        return true;
    }

    private static String shownName(String framework) {
        return framework.isEmpty() ? framework : Character.toUpperCase(framework.charAt(0)) + framework.substring(1);
    }

    private static Map<String, List<String>> load() {
        Map<String, List<String>> prefixes = new TreeMap<>();
        for (String[] parts : CatalogData.lines(FILE)) {
            if (parts.length < 3) {
                throw new IllegalStateException(CatalogData.shown(FILE)
                        + ": expected framework, product and key prefixes: " + String.join(" ", parts));
            }
            prefixes.computeIfAbsent(parts[0] + " " + parts[1], k -> new ArrayList<>())
                    .addAll(Arrays.asList(parts).subList(2, parts.length));
        }
        Map<String, List<String>> frozen = new TreeMap<>();
        prefixes.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        return Map.copyOf(frozen);
    }
}
