package io.aiplatform.security.maven;

import io.aiplatform.security.core.graph.ServiceGraph;
import io.aiplatform.security.core.intents.Coordinates;
import io.aiplatform.security.core.intents.GraphIntents;
import io.aiplatform.security.core.intents.IntentsFile;
import io.aiplatform.security.core.intents.ServiceIntents;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;
import org.apache.maven.project.MavenProjectHelper;

/**
 * The intents of a service repository as Maven sees them: which kind of repository the build is, the
 * coordinates of the project and its modules, and the attached artifact (type {@code yaml}, classifier
 * {@code ai-security-intents}) that {@code mvn deploy} publishes beside the jar.
 */
final class IntentsPublication {

    /** The classifier of the intents artifact. */
    static final String CLASSIFIER = "ai-security-intents";
    static final String TYPE = "yaml";

    /** A platform repository (its layer only) or a service repository (its layer and its intents). */
    enum RepositoryKind {
        PLATFORM, SERVICE;

        static RepositoryKind of(String value) throws MojoFailureException {
            String v = value == null ? "platform" : value.strip();
            return switch (v) {
                case "platform", "" -> PLATFORM;
                case "service" -> SERVICE;
                default -> throw new MojoFailureException("ai-security: repositoryKind '" + v + "' is neither platform"
                        + " (the repository that deploys the platform: it writes the layer) nor service (a repository of"
                        + " one service or a team's few: it also writes and attaches intents.yaml);"
                        + " e.g. -Dai-security.repositoryKind=service");
            };
        }
    }

    private final MavenProject project;
    private final List<MavenProject> reactor;

    IntentsPublication(MavenProject project, List<MavenProject> reactor) {
        this.project = project;
        this.reactor = List.copyOf(reactor);
    }

    /** The project that publishes the intents (the one the goal runs in). */
    Coordinates source() {
        return new Coordinates(project.getGroupId(), project.getArtifactId(), project.getVersion());
    }

    /** The version of each module of the reactor, by {@code groupId:artifactId}, sorted. */
    Map<String, String> moduleVersions() {
        Map<String, String> versions = new TreeMap<>();
        reactor.forEach(p -> versions.put(p.getGroupId() + ":" + p.getArtifactId(), p.getVersion()));
        return versions;
    }

    /** What the intents depend on beyond the derivation's inputs: the coordinates they name. */
    String inputs() {
        return "intents " + source() + " " + moduleVersions();
    }

    /** Writes the intents of {@code graph} to {@code outputDirectory/intents.yaml}; the file. */
    Path write(ServiceGraph graph, Path outputDirectory) throws IOException {
        return IntentsFile.write(outputDirectory, GraphIntents.of(graph, source(), moduleVersions()));
    }

    /** Attaches {@code outputDirectory/intents.yaml} to the project, when it exists; false when it does not. */
    boolean attach(MavenProjectHelper helper, Path outputDirectory) {
        Path file = outputDirectory.resolve(ServiceIntents.FILE);
        if (!Files.isRegularFile(file)) {
            return false;
        }
        helper.attachArtifact(project, TYPE, CLASSIFIER, file.toFile());
        return true;
    }
}
