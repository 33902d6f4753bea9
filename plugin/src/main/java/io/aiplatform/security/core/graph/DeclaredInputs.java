package io.aiplatform.security.core.graph;

import io.aiplatform.security.core.derive.DeploymentEnvironment;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.ArrayList;
import java.util.List;

/**
 * What a {@link DerivationSource} reads for one project: files and folders (every file below a folder
 * counts, and so does its absence) and facts (values of the build, such as a module's dependencies).
 * The up-to-date digest of both goals is made of these, so a source cannot read what it does not declare here.
 */
public final class DeclaredInputs {

    /** A file or folder read, under a label that says what it is to the source. */
    public record FileInput(String label, Path path) {
    }

    /** A value read from the build rather than from a file. */
    public record Fact(String label, String value) {
    }

    private final List<FileInput> files = new ArrayList<>();
    private final List<Fact> facts = new ArrayList<>();
    private final Map<Path, DeploymentEnvironment.Inputs> deployment = new HashMap<>();

    /** Declares a file or folder (absent is a value too); a null path is none. */
    public DeclaredInputs file(String label, Path path) {
        if (path != null) {
            files.add(new FileInput(label, path.toAbsolutePath().normalize()));
        }
        return this;
    }

    /** Declares a fact. */
    public DeclaredInputs fact(String label, Object value) {
        facts.add(new Fact(label, String.valueOf(value)));
        return this;
    }

    /** The Compose files and Kubernetes workloads below {@code root} (sub-folders included), walked once. */
    List<Path> deploymentFiles(Path root) {
        return deployment.computeIfAbsent(root, DeploymentEnvironment::inputs).files();
    }

    /** The Helm charts' folders below {@code root}, found by the same walk. */
    List<Path> helmCharts(Path root) {
        return deployment.computeIfAbsent(root, DeploymentEnvironment::inputs).charts();
    }

    /** The Kafka Connect connector files below {@code root}, found by the same walk. */
    List<Path> connectorFiles(Path root) {
        return deployment.computeIfAbsent(root, DeploymentEnvironment::inputs).connectorFiles();
    }

    public List<FileInput> files() {
        return List.copyOf(files);
    }

    public List<Fact> facts() {
        return List.copyOf(facts);
    }
}
