package io.aiplatform.security.core.derive;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reporter libraries that send nothing until a framework gives them a sender (catalog data:
 * {@code reporter-senders.txt}): Zipkin's {@code zipkin-reporter}, which Brave brings into every Spring Cloud Sleuth
 * service, reports spans under Spring Boot 2 only with {@code spring-cloud-sleuth-zipkin}; Spring Boot configures it
 * itself from 3.0.
 */
public final class ReporterSenders {

    private static final String FILE = "reporter-senders.txt";

    private record Line(String framework, String library, String until, List<String> configurers) {
    }

    private static final List<Line> LINES = load();

    private ReporterSenders() {
    }

    /**
     * Why {@code library} opens no connection in a module built with {@code framework} at {@code version} whose runtime
     * classpath is {@code classpath} ("io.zipkin.reporter2:zipkin-reporter has no sender under Spring Boot 2.6.3: …");
     * empty when it is a client as the catalog says (a later version, a configuring library on the classpath, a
     * library the file does not name).
     */
    public static Optional<String> unsent(String framework, String version, String library, Set<String> classpath) {
        for (Line line : LINES) {
            if (line.framework().equals(framework) && line.library().equals(library)
                    && VersionedKeys.compare(version, line.until()) < 0
                    && line.configurers().stream().noneMatch(classpath::contains)) {
                return Optional.of(library + " has no sender under " + VersionedKeys.frameworkName(framework) + " "
                        + version + ": before "
                        + line.until() + " only " + String.join(" or ", line.configurers())
                        + " makes it report, and none of them is on the classpath");
            }
        }
        return Optional.empty();
    }

    private static List<Line> load() {
        List<Line> lines = new ArrayList<>();
        for (String[] parts : CatalogData.lines(FILE)) {
            if (parts.length < 4) {
                throw new IllegalStateException(CatalogData.shown(FILE)
                        + ": expected framework, library, until and configuring libraries: " + String.join(" ", parts));
            }
            lines.add(new Line(parts[0], parts[1], parts[2], List.of(parts).subList(3, parts.length)));
        }
        return List.copyOf(lines);
    }
}
