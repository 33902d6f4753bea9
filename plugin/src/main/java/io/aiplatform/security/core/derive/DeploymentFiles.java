package io.aiplatform.security.core.derive;

import io.aiplatform.security.core.support.FileErrors;
import io.aiplatform.security.core.support.Parallel;
import io.aiplatform.security.core.support.Problem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The files that may hold a platform's deployment (Compose files, Kubernetes workloads, ConfigMaps,
 * Secrets, Services and kustomizations): YAML (and kustomize's {@code Kustomization}) below the root, within
 * a bounded depth, outside build output, dependencies, VCS, sources and resources, and outside Helm charts
 * (their templates are rendered, see {@link HelmCharts}).
 */
final class DeploymentFiles {

    /**
     * How deep below the root deployment files are looked for: six folders and the file, enough for
     * {@code docker/grafana/provisioning/datasources/all.yml} and {@code deploy/k8s/overlays/prod/x.yaml}.
     */
    static final int MAX_DEPTH = 6;

    private DeploymentFiles() {
    }

    /** The candidate files, sorted; a folder or file that cannot be read is a warning to {@code warnings}. */
    static List<Path> below(Path root, Consumer<Problem> warnings) {
        return listing(root, warnings).files();
    }

    /**
     * The candidate files below the root (sorted), the {@code Chart.yaml} files {@link HelmCharts} looks for there,
     * and the Kafka Connect connector files ({@link KafkaConnectors}, sorted).
     */
    record Listing(List<Path> files, List<Path> chartFiles, List<Path> connectorFiles) {
    }

    /**
     * The candidate files, the Chart.yaml files and the connector files below {@code root}, found in one walk
     * ({@link DeploymentWalk}); a folder or file that cannot be read is a warning to {@code warnings}.
     */
    static Listing listing(Path root, Consumer<Problem> warnings) {
        List<Path> top;
        try (Stream<Path> children = Files.list(root)) {
            top = children.sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            warnings.accept(notWalked(root, e));
            return new Listing(List.of(), List.of(), List.of());
        }
        // each folder of the root walked on its own, in parallel when there are many: a platform of thousands of
        // modules has as many; the problems are handed on in the order of the folders, so the same on every run
        List<Walked> walked = Parallel.stream(top).map(child -> walkBoth(root, child)).toList();
        walked.forEach(w -> w.problems().forEach(warnings));
        return new Listing(walked.stream().flatMap(w -> w.files().stream()).sorted().toList(),
                walked.stream().flatMap(w -> w.chartFiles().stream()).toList(),
                walked.stream().flatMap(w -> w.connectorFiles().stream()).sorted().toList());
    }

    /**
     * The candidate files, and the paths that could not be read there; the Chart.yaml files of {@link HelmCharts}; the
     * connector files of {@link KafkaConnectors}.
     */
    private record Walked(List<Path> files, List<Problem> problems, List<Path> chartFiles, List<Path> connectorFiles) {
    }

    /**
     * What the walk of {@code start}, {@link HelmCharts}'s walk of it and the search for connector files find, in one
     * walk when it goes through.
     */
    private static Walked walkBoth(Path root, Path start) {
        DeploymentWalk.Found found = DeploymentWalk.of(root, start, MAX_DEPTH - 1);
        if (found == null) { // stopped early: each walk on its own, as each stops at its own place
            Walked deployment = walk(root, start);
            List<Path> charts = HelmCharts.skipped(root.relativize(start)) ? List.of() : HelmCharts.chartFiles(root, start);
            return new Walked(deployment.files(), deployment.problems(), charts, KafkaConnectors.below(root, start));
        }
        return new Walked(outsideCharts(found.files(), found.deploymentCharts()), sorted(found.problems()),
                found.chartFiles(), found.connectorFiles());
    }

    /** The candidate files at or below {@code start} (a child of {@code root}), within the searched depth. */
    private static Walked walk(Path root, Path start) {
        List<Path> found = new ArrayList<>();
        List<Path> charts = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        try {
            // folders that never hold them (build output, dependencies, VCS) are not entered at all
            Files.walkFileTree(start, Set.of(), MAX_DEPTH - 1, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes a) {
                    return skipped(dir, root.relativize(dir)) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes a) {
                    if (a.isRegularFile() && HelmCharts.CHART_FILE.equals(String.valueOf(file.getFileName()))) {
                        charts.add(file.getParent());
                    } else if (a.isRegularFile() && candidate(root.relativize(file))) {
                        found.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || candidate(root.relativize(file))) {
                        problems.add(notWalked(file, e)); // a folder, or a file that would have been read
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException | UncheckedIOException e) {
            problems.add(notWalked(start, e));
        }
        return new Walked(outsideCharts(found, charts), sorted(problems), List.of(), List.of());
    }

    /**
     * A Helm chart's templates are Go templates, not YAML: the chart is rendered instead (HelmCharts); a chart is
     * told by its Chart.yaml among the files listed anyway, not by a look-up in every folder.
     */
    private static List<Path> outsideCharts(List<Path> found, List<Path> charts) {
        found.removeIf(file -> charts.stream().anyMatch(file::startsWith));
        return found;
    }

    /** The problems in the order of their files, not the order folders are listed in. */
    private static List<Problem> sorted(List<Problem> problems) {
        problems.sort(Comparator.comparing(p -> p.file().toString()));
        return problems;
    }

    /** Folders that never hold deployment files (build output, dependencies, VCS, sources): not entered at all. */
    static boolean skipped(Path dir, Path relative) {
        String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
        return name.equals("target") || name.equals("node_modules") || name.equals(".git") || sourcesOrTests(relative);
    }

    static Problem notWalked(Path path, Exception e) {
        IOException cause = e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
        return Problem.at(path, 0, "cannot read this path while looking for Compose and Kubernetes files ("
                + FileErrors.reason(cause) + "); the environment they would give services is not read");
    }

    /**
     * A module's sources, resources, tests or the plugin's own descriptors ({@code src/main/ai-security}): they hold
     * no deployment file (configuration and descriptors are read as such).
     */
    private static boolean sourcesOrTests(Path relative) {
        String path = "/" + relative.toString().replace('\\', '/');
        return path.endsWith("/src/main/java") || path.endsWith("/src/main/kotlin") || path.endsWith("/src/main/resources")
                || path.endsWith("/src/main/ai-security") || path.endsWith("/src/test");
    }

    /** @param p a path relative to the project root (folders above it, such as a build's own target/, do not count) */
    static boolean candidate(Path p) {
        String path = "/" + p.toString().replace('\\', '/');
        if (path.contains("/target/") || path.contains("/node_modules/") || path.contains("/.git/")
                || path.contains("/src/main/resources/") || path.contains("/src/test/")) {
            return false;
        }
        String name = p.getFileName().toString();
        return name.endsWith(".yml") || name.endsWith(".yaml") || name.equals("Kustomization");
    }
}
