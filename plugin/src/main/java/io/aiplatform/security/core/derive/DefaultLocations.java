package io.aiplatform.security.core.derive;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Where a framework's client of a product connects when nothing sets its server (catalog data:
 * {@code default-locations.txt}): Spring Boot's Redis client to {@code localhost:6379}, Quarkus' OTLP exporter to
 * {@code localhost:4317}; and the keys that set it: the {@link DecidingKeys} of that framework and product, and the
 * further keys the catalog lists ({@code spring.data.redis.sentinel.*}).
 */
public final class DefaultLocations {

    /**
     * The compiled patterns with '*' elements, by pattern: a handful of catalog lines, each matched against every key
     * of every service's configuration.
     */
    private static final Map<String, Pattern> WILDCARDS = new ConcurrentHashMap<>();

    /** The documented default of a framework's client of a product, and the keys any one of which sets its server. */
    public record Default(String framework, String product, String authority, List<String> keys) {

        /** Whether {@code key} (in any relaxed form) is one of the keys that set the server. */
        public boolean decides(String key) {
            // an item of a list ({@code brokers[0]}) sets the list's key
            String uniform = ConfigKeys.uniform(key).replaceAll("(\\[\\d+])+$", "");
            return keys.stream().anyMatch(k -> matches(uniform, k));
        }

        /**
         * The key that the environment variable {@code name} (as written) sets by the name every framework looks the
         * key up by: the key upper case with each dot and dash an underscore ({@code ELASTICSEARCH_HTTP_HOSTS} for
         * {@code elasticsearch.http-hosts}, as Micronaut's environment property source, Spring Boot's
         * {@code SystemEnvironmentPropertySource} and MicroProfile Config's mapping find it), or, below a key that ends
         * in a dot, the variable's key; empty when it names none of the keys.
         */
        public Optional<String> keyOfVariable(String name) {
            String upper = name.toUpperCase(Locale.ROOT);
            for (String k : keys) {
                if (!k.contains("*") && (k.endsWith(".") ? upper.startsWith(variableOf(k)) : upper.equals(variableOf(k)))) {
                    return Optional.of(k.endsWith(".") ? ConfigKeys.ofVariable(name) : k);
                }
            }
            return Optional.empty();
        }
    }

    /** The environment variable name of {@code key}: upper case, each dot, dash and bracket an underscore. */
    static String variableOf(String key) {
        return key.replaceAll("[.\\-\\[\\]]", "_").toUpperCase(Locale.ROOT);
    }

    private static final Map<String, List<String>> LINES = load();

    private DefaultLocations() {
    }

    /**
     * The default of {@code framework}'s client of {@code product} on a classpath holding {@code libraries}; empty
     * when the catalog lists none (its default is no loopback host, or unknown).
     */
    public static Optional<Default> of(String framework, String product, Set<String> libraries) {
        List<String> line = LINES.get(framework + " " + product);
        if (line == null) {
            return Optional.empty();
        }
        List<String> keys = new ArrayList<>(DecidingKeys.of(framework, product, libraries));
        // both generations of a framework's keys decide (Spring Boot 3's spring.data.mongodb.*, 4's spring.mongodb.*)
        DecidingKeys.of(framework, product).stream().filter(k -> !keys.contains(k)).forEach(keys::add);
        line.subList(1, line.size()).stream().filter(k -> !keys.contains(k)).forEach(keys::add);
        return Optional.of(new Default(framework, product, line.get(0), List.copyOf(keys)));
    }

    /** {@code uniform} is {@code pattern}, below it (a pattern ending in '.'), or matches its '*' elements. */
    static boolean matches(String uniform, String pattern) {
        if (pattern.endsWith(".")) {
            String prefix = ConfigKeys.uniform(pattern.substring(0, pattern.length() - 1));
            return uniform.startsWith(prefix + ".") || uniform.startsWith(prefix + "[");
        }
        if (!pattern.contains("*")) {
            return uniform.equals(ConfigKeys.uniform(pattern));
        }
        return WILDCARDS.computeIfAbsent(pattern, DefaultLocations::wildcard).matcher(uniform).matches();
    }

    /** The regular expression of a pattern with '*' elements: each '*' one element of a key, the rest as written. */
    private static Pattern wildcard(String pattern) {
        StringBuilder regex = new StringBuilder();
        for (String element : pattern.split("\\.")) {
            regex.append(regex.length() == 0 ? "" : "\\.")
                    .append(element.equals("*") ? "[^.]+" : Pattern.quote(ConfigKeys.uniform(element)));
        }
        return Pattern.compile(regex.toString());
    }

    private static Map<String, List<String>> load() {
        Map<String, List<String>> lines = new TreeMap<>();
        for (String[] parts : CatalogData.lines("default-locations.txt")) {
            if (parts.length < 3) {
                throw new IllegalStateException(CatalogData.shown("default-locations.txt")
                        + ": expected framework, product and default: " + String.join(" ", parts));
            }
            lines.put(parts[0] + " " + parts[1], List.of(Arrays.copyOfRange(parts, 2, parts.length)));
        }
        return Map.copyOf(lines);
    }
}
