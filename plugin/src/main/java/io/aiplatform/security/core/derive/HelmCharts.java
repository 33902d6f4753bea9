package io.aiplatform.security.core.derive;

import io.aiplatform.security.core.convention.Labels;
import io.aiplatform.security.core.io.OwnershipRecord;
import io.aiplatform.security.core.support.Parallel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The Helm charts of the repository: folders holding a {@code Chart.yaml} ({@code helm/shop},
 * {@code charts/shop}, {@code deploy/helm/shop}, a module's {@code src/main/helm/shop}), a little deeper
 * than the other deployment files are looked for. A chart inside another one (its {@code charts/}
 * sub-folder) is a dependency, rendered with the chart that holds it; build output ({@code target/},
 * where the plugin writes its own chart), dependencies, VCS and Java sources are not entered, and the
 * plugin's own chart is no chart of the services wherever its output is written.
 */
public final class HelmCharts {

    /** The file that makes a folder a chart. */
    public static final String CHART_FILE = "Chart.yaml";

    /** Folders below the root at which a chart's folder may be ({@code module/src/main/helm/shop} is 5). */
    private static final int MAX_DEPTH = 5;

    private HelmCharts() {
    }

    /** Why the bundled Helm cannot render charts on this machine, or null when it can (it is loaded now). */
    public static String helmUnavailable() {
        return HelmTemplate.unavailable();
    }

    /** Whether {@code dir} is a chart's folder. */
    public static boolean isChart(Path dir) {
        return Files.isRegularFile(dir.resolve(CHART_FILE));
    }

    /**
     * The charts' folders below {@code root}, sorted; folders that cannot be walked are left out (a chart
     * in them is not rendered, and the walk of the other deployment files reports them).
     */
    public static List<Path> below(Path root) {
        List<Path> top;
        try (Stream<Path> children = Files.list(root)) {
            top = children.filter(child -> !skipped(root.relativize(child))).sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            return List.of();
        }
        // each folder of the root walked on its own, in parallel when there are many (as the deployment files are)
        return of(Parallel.stream(top).flatMap(child -> chartFiles(root, child).stream()).toList());
    }

    /**
     * The charts' folders of these {@code Chart.yaml} files (as the walk below the root finds them, in any order),
     * sorted: a chart below another one and the plugin's own chart left out.
     */
    static List<Path> of(List<Path> chartFiles) {
        List<Path> found = new ArrayList<>(chartFiles.stream().map(Path::getParent).toList());
        found.sort(null);
        List<Path> charts = new ArrayList<>();
        for (Path chart : found) {
            // a chart below another chart (its charts/ folder) is a dependency, rendered with its parent
            if (charts.stream().noneMatch(chart::startsWith) && !generatedByThePlugin(chart)) {
                charts.add(chart);
            }
        }
        return charts;
    }

    /**
     * The {@code Chart.yaml} files at or below {@code start} (a child of {@code root}) within the searched depth: a
     * chart is told by that file among the entries the walk lists anyway, not by a look-up in every folder.
     */
    static List<Path> chartFiles(Path root, Path start) {
        List<Path> found = new ArrayList<>();
        try {
            Files.walkFileTree(start, Set.of(), MAX_DEPTH, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes a) {
                    return skipped(root.relativize(dir)) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes a) {
                    if (a.isRegularFile() && CHART_FILE.equals(String.valueOf(file.getFileName()))) {
                        found.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // what was found before the folder that could not be walked is rendered
        }
        return found;
    }

    /**
     * Whether the chart is the plugin's own security chart ({@code <outputDirectory>/helm/<platform>-security},
     * or its copy in {@code checkDirectory}): the folder two levels up holds the plugin's ownership record, or
     * the chart says it is generated by the plugin. It holds the layer derived from the services, no setting of them.
     */
    private static boolean generatedByThePlugin(Path chart) {
        Path layer = chart.getParent() == null ? null : chart.getParent().getParent();
        if (layer != null && Files.exists(layer.resolve(OwnershipRecord.FILE))) {
            return true;
        }
        try {
            return Files.size(chart.resolve(CHART_FILE)) < 64 * 1024 && Files.readString(chart.resolve(CHART_FILE))
                    .contains("generated by " + Labels.MANAGED_BY_PLUGIN + " from its service modules");
        } catch (IOException | UncheckedIOException e) {
            return false;
        }
    }

    /** Build output, dependencies, VCS, and the sources and resources of a module. */
    static boolean skipped(Path relative) {
        String name = relative.getFileName().toString();
        if (name.equals("target") || name.equals("node_modules") || name.startsWith(".")) {
            return true;
        }
        String path = "/" + relative.toString().replace('\\', '/');
        return path.endsWith("/src/test") || path.endsWith("/src/main/java") || path.endsWith("/src/main/kotlin")
                || path.endsWith("/src/main/resources");
    }
}
