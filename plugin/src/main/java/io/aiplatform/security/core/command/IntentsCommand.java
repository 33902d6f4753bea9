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

    /** Writes the intents of {@code graph} to {@code outputDirectory/intents.yaml}; the file. */
    public Path write(ServiceGraph graph, Path outputDirectory) throws IOException {
        return IntentsFile.write(outputDirectory, intents(graph));
    }
}
