package io.aiplatform.security.core.command;

import io.aiplatform.security.core.graph.ServiceGraph;
import io.aiplatform.security.core.intents.Coordinates;
import io.aiplatform.security.core.intents.GraphIntents;
import io.aiplatform.security.core.intents.IntentsFile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * The intents of a service repository without Maven: from the graph {@code generate-security} derived, written
 * to {@code intents.yaml} in the output folder.
 *
 * @param moduleVersions the version of each module of the build, by {@code groupId:artifactId}
 */
public record IntentsCommand(String groupId, String artifactId, String version, Map<String, String> moduleVersions) {

    public IntentsCommand {
        moduleVersions = new TreeMap<>(moduleVersions);
    }

    /** What the intents depend on beyond the derivation's inputs: the coordinates they name. */
    public String inputs() {
        return "intents " + groupId + ":" + artifactId + ":" + version + " " + moduleVersions;
    }

    /** The intents of {@code graph}. */
    public io.aiplatform.security.core.intents.ServiceIntents intents(ServiceGraph graph) {
        return GraphIntents.of(graph, new Coordinates(groupId, artifactId, version), moduleVersions);
    }

    /**
     * In a service repository, what the build log says instead of {@code warning} when the warning is a host that names
     * no service here ({@code DERIVE-UNKNOWN-HOST}) and the intents keep it as a call to that service; else empty.
     */
    public static java.util.Optional<String> keptAsCall(ServiceGraph graph, io.aiplatform.security.core.support.Problem warning) {
        if (warning.rule() != io.aiplatform.security.core.support.DerivationRule.UNKNOWN_HOST || warning.service() == null) {
            return java.util.Optional.empty();
        }
        return graph.unresolvedCalls().stream()
                .filter(c -> c.service() != null && c.from().equals(warning.service())
                        && c.evidence().endsWith(" names " + c.service())
                        && warning.message().startsWith(c.evidence().substring(0, c.evidence().length() - c.service().length())
                                + "host '" + c.service() + "'"))
                .findFirst()
                .map(c -> "service '" + c.from() + "': " + c.evidence() + ", a service of another repository: kept in "
                        + io.aiplatform.security.core.convention.OutputFolders.INTENTS + " as a call to " + c.service()
                        + (c.ports().isEmpty() ? "" : ":" + c.ports().get(0)) + " [" + warning.rule().id() + "]");
    }

    /** Writes the intents of {@code graph} to {@code outputDirectory/intents.yaml}; the file. */
    public Path write(ServiceGraph graph, Path outputDirectory) throws IOException {
        return IntentsFile.write(outputDirectory, intents(graph));
    }
}
