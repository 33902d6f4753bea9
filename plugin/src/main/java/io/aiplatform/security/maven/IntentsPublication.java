package io.aiplatform.security.maven;

import io.aiplatform.security.core.command.IntentsCommand;
import io.aiplatform.security.core.convention.OutputFolders;
import io.aiplatform.security.core.graph.ServiceGraph;
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

    /** The intents command of this build: the project that publishes them (the one the goal runs in), its modules' versions. */
    IntentsCommand command() {
        Map<String, String> versions = new TreeMap<>();
        reactor.forEach(p -> versions.put(p.getGroupId() + ":" + p.getArtifactId(), p.getVersion()));
        return new IntentsCommand(project.getGroupId(), project.getArtifactId(), project.getVersion(), versions);
    }

    /** What the intents depend on beyond the derivation's inputs: the coordinates they name. */
    String inputs() {
        return command().inputs();
    }

    /** Writes the intents of {@code graph} to {@code outputDirectory/intents.yaml}; the file. */
    Path write(ServiceGraph graph, Path outputDirectory) throws IOException {
        return command().write(graph, outputDirectory);
    }

    /** Attaches {@code outputDirectory/intents.yaml} to the project, when it exists; false when it does not. */
    boolean attach(MavenProjectHelper helper, Path outputDirectory) {
        Path file = outputDirectory.resolve(OutputFolders.INTENTS);
        if (!Files.isRegularFile(file)) {
            return false;
        }
        helper.attachArtifact(project, TYPE, CLASSIFIER, file.toFile());
        return true;
    }
}
