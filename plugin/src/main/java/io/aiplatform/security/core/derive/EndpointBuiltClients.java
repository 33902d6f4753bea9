package io.aiplatform.security.core.derive;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Client libraries that a framework turns into a client only when a key sets their endpoint (catalog data:
 * {@code endpoint-built-clients.txt}): from Spring Boot 3.2 the OTLP span exporter of
 * {@code opentelemetry-exporter-otlp} is auto-configured only when {@code management.otlp.tracing.endpoint} has a
 * value, so a Spring Boot 3.3 service carrying the library with no endpoint set exports nothing.
 */
public final class EndpointBuiltClients {

    private static final String FILE = "endpoint-built-clients.txt";
    private static final String UNLESS = "unless:";
    private static final String NO_BOUND = "-";

    private record Line(String framework, String library, String from, String until, List<String> keys,
                        List<String> unless) {

        boolean covers(String framework, String version, String library) {
            return this.framework.equals(framework) && this.library.equals(library)
                    && (from.equals(NO_BOUND) || VersionedKeys.compare(version, from) >= 0)
                    && (until.equals(NO_BOUND) || VersionedKeys.compare(version, until) < 0);
        }
    }

    private static final List<Line> LINES = load();

    private EndpointBuiltClients() {
    }

    /**
     * Why {@code library} opens no connection in a module built with {@code framework} at {@code version}, whose
     * runtime classpath is {@code classpath} and whose configuration (files and deployment environment) is
     * {@code configuration} ("Spring Boot 3.3.6 builds io.opentelemetry:opentelemetry-exporter-otlp's client only when
     * management.otlp.tracing.endpoint or management.otlp.logging.endpoint is set, and the configuration … sets none");
     * empty when it is a client as the catalog says: a version outside the line's range, a key set, an {@code unless}
     * library on the classpath, a library the file does not name.
     */
    public static Optional<String> unbuilt(String framework, String version, String library, Set<String> classpath,
                                           List<ConfigValue> configuration) {
        for (Line line : LINES) {
            if (line.covers(framework, version, library) && line.unless().stream().noneMatch(classpath::contains)
                    && configuration.stream().noneMatch(v -> line.keys().stream().anyMatch(k -> ConfigKeys.same(v.key(), k)))) {
                return Optional.of(VersionedKeys.frameworkName(framework) + " " + version + " builds " + library
                        + "'s client only when "
                        + String.join(" or ", line.keys()) + " is set, and the configuration (its files, its"
                        + " deployment's environment) sets none");
            }
        }
        return Optional.empty();
    }

    private static List<Line> load() {
        List<Line> lines = new ArrayList<>();
        for (String[] parts : CatalogData.lines(FILE)) {
            List<String> keys = new ArrayList<>();
            List<String> unless = new ArrayList<>();
            for (int i = 4; i < parts.length; i++) {
                if (parts[i].startsWith(UNLESS)) {
                    unless.add(parts[i].substring(UNLESS.length()));
                } else {
                    keys.add(parts[i]);
                }
            }
            if (parts.length < 5 || keys.isEmpty()) {
                throw new IllegalStateException(CatalogData.shown(FILE)
                        + ": expected framework, library, from, until and keys: " + String.join(" ", parts));
            }
            lines.add(new Line(parts[0], parts[1], parts[2], parts[3], List.copyOf(keys), List.copyOf(unless)));
        }
        return List.copyOf(lines);
    }
}
