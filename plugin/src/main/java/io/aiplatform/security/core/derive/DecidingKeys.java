package io.aiplatform.security.core.derive;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

    /** A line of the catalog: the keys, and the library that must be on the classpath for them (null: none). */
    private record Line(String when, List<String> keys) {
    }

    private static final Map<String, List<Line>> KEYS = load();

    private DecidingKeys() {
    }

    /** The keys that decide for a client of {@code product} in {@code framework}, the one to set first; empty when unknown. */
    public static List<String> of(String framework, String product) {
        return of(framework, product, Set.of());
    }

    /**
     * The keys that decide for a client of {@code product} in {@code framework} on a classpath holding
     * {@code libraries} ({@code groupId:artifactId}): those of the first line whose library is there (Spring Boot
     * 4's {@code spring.mongodb.uri}), else those of the line that needs none; empty when unknown.
     */
    public static List<String> of(String framework, String product, Set<String> libraries) {
        for (Line line : KEYS.getOrDefault(framework + " " + product, List.of())) {
            if (line.when() == null || libraries.contains(line.when())) {
                return line.keys();
            }
        }
        return List.of();
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

    private static Map<String, List<Line>> load() {
        Map<String, List<Line>> keys = new TreeMap<>();
        for (String[] parts : CatalogData.lines("deciding-keys.txt")) {
            if (parts.length < 3) {
                throw new IllegalStateException(CatalogData.shown("deciding-keys.txt")
                        + ": expected framework, product and keys: " + String.join(" ", parts));
            }
            boolean conditional = parts[2].startsWith("when:");
            Line line = new Line(conditional ? parts[2].substring(5) : null,
                    List.of(Arrays.copyOfRange(parts, conditional ? 3 : 2, parts.length)));
            if (line.keys().isEmpty()) {
                throw new IllegalStateException(CatalogData.shown("deciding-keys.txt") + ": no key after "
                        + parts[2]);
            }
            List<Line> lines = keys.computeIfAbsent(parts[0] + " " + parts[1], k -> new ArrayList<>());
            lines.add(line);
            lines.sort(Comparator.comparing(l -> l.when() == null)); // the conditional lines first
        }
        Map<String, List<Line>> frozen = new TreeMap<>();
        keys.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        return Map.copyOf(frozen);
    }
}
