package io.aiplatform.security.core.derive;

import io.aiplatform.security.core.support.Problem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * One walk of a folder of the root that finds what three walks would: the deployment files ({@link DeploymentFiles},
 * with the folders it cannot read), the Helm charts' {@code Chart.yaml} files ({@link HelmCharts}) and the Kafka
 * Connect connector files ({@link KafkaConnectors}, which are looked for where the deployment files are). Each
 * folder is entered when either the deployment files' or the charts' walk would enter it, and what it holds counts
 * for each of them only when that one would have entered it too, so the outcome is the same as the separate walks'.
 * They search the same depth; a platform of thousands of modules has as many folders, and each is listed once
 * instead of three times. A folder that both walks skip (a module's sources and resources) is not listed at all
 * ({@link FolderWalk}).
 */
final class DeploymentWalk extends SimpleFileVisitor<Path> {

    /** Which of the two walks would be inside a folder. */
    private record Inside(boolean deployment, boolean helm) {
    }

    /**
     * The candidate deployment files, the folders holding a Chart.yaml there, the paths that could not be read, and
     * the connector files (in the order walked).
     */
    record Found(List<Path> files, List<Path> deploymentCharts, List<Path> chartFiles, List<Problem> problems,
                 List<Path> connectorFiles) {
    }

    private final Path root;
    private final Deque<Inside> folders = new ArrayDeque<>();
    private final List<Path> files = new ArrayList<>();
    private final List<Path> deploymentCharts = new ArrayList<>();
    private final List<Path> chartFiles = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();
    private final List<Path> connectorFiles = new ArrayList<>();

    private DeploymentWalk(Path root) {
        this.root = root;
    }

    /**
     * What the walks of {@code start} (a child of {@code root}) find within {@code maxDepth}, or null when the walk
     * stopped early (a folder whose listing failed half-way): the two walks are then made one after the other, as
     * each stops at a different place.
     */
    static Found of(Path root, Path start, int maxDepth) {
        DeploymentWalk walk = new DeploymentWalk(root);
        try {
            FolderWalk.walk(start, maxDepth, walk, walk::skips);
        } catch (IOException | UncheckedIOException e) {
            return null;
        }
        return new Found(walk.files, walk.deploymentCharts, walk.chartFiles, walk.problems, walk.connectorFiles);
    }

    /** Where the entries being visited are: in the folder last entered, or at the start (the child of the root). */
    private Inside here(Path entry) {
        return folders.isEmpty() ? new Inside(true, !HelmCharts.skipped(root.relativize(entry))) : folders.peek();
    }

    @Override
    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes a) {
        Inside inside = inside(dir);
        if (!inside.deployment() && !inside.helm()) {
            return FileVisitResult.SKIP_SUBTREE;
        }
        folders.push(inside);
        return FileVisitResult.CONTINUE;
    }

    /** Which of the two walks would be inside folder {@code dir}, entered from where the walk is. */
    private Inside inside(Path dir) {
        Inside parent = here(dir);
        Path relative = root.relativize(dir);
        return new Inside(parent.deployment() && !DeploymentFiles.skipped(dir, relative),
                parent.helm() && !HelmCharts.skipped(relative));
    }

    /** True when neither walk would enter folder {@code dir} ({@link #preVisitDirectory} skips it). */
    private boolean skips(Path dir) {
        Inside inside = inside(dir);
        return !inside.deployment() && !inside.helm();
    }

    @Override
    public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
        folders.pop();
        if (e != null) {
            throw e;
        }
        return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult visitFile(Path file, BasicFileAttributes a) {
        Inside inside = here(file);
        boolean chart = a.isRegularFile() && HelmCharts.CHART_FILE.equals(String.valueOf(file.getFileName()));
        if (inside.deployment() && chart) {
            deploymentCharts.add(file.getParent());
        } else if (inside.deployment() && a.isRegularFile() && DeploymentFiles.candidate(root.relativize(file))) {
            files.add(file);
        }
        if (inside.helm() && chart) {
            chartFiles.add(file);
        }
        if (inside.deployment() && KafkaConnectors.candidate(file, a)) {
            connectorFiles.add(file);
        }
        return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult visitFileFailed(Path file, IOException e) {
        if (here(file).deployment() && (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
                || DeploymentFiles.candidate(root.relativize(file)))) {
            problems.add(DeploymentFiles.notWalked(file, e)); // a folder, or a file that would have been read
        }
        return FileVisitResult.CONTINUE;
    }
}
