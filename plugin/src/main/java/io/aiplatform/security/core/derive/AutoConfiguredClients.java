package io.aiplatform.security.core.derive;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Client libraries outside a framework's own groups that the framework configures itself (catalog data
 * {@code auto-configured-clients.txt}): Spring Boot's actuator configures the Zipkin reporters of
 * {@code io.zipkin.reporter2}, so such a reporter is Spring Boot's client and connects to Spring Boot's default when
 * nothing sets its endpoint.
 */
public final class AutoConfiguredClients {

    private record Entry(String framework, String library, List<String> configuring) {

        boolean matches(String framework, String key) {
            return this.framework.equals(framework) && (library.endsWith(":") ? key.startsWith(library) : key.equals(library));
        }
    }

    private static final List<Entry> ENTRIES = CatalogData.lines("auto-configured-clients.txt").stream().map(parts -> {
        if (parts.length < 3) {
            throw new IllegalStateException(CatalogData.shown("auto-configured-clients.txt")
                    + ": expected framework, library and configuring libraries: " + String.join(" ", parts));
        }
        return new Entry(parts[0], parts[1], List.of(Arrays.copyOfRange(parts, 2, parts.length)));
    }).toList();

    private AutoConfiguredClients() {
    }

    /**
     * Whether {@code framework} configures the library {@code key} ({@code groupId:artifactId}) on a classpath holding
     * {@code classpath}: a configuring library of a catalog line for it is there.
     */
    public static boolean configures(String framework, String key, Set<String> classpath) {
        return ENTRIES.stream().anyMatch(e -> e.matches(framework, key) && e.configuring().stream().anyMatch(classpath::contains));
    }
}
