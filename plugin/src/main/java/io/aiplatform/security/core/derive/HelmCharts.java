package io.aiplatform.security.core.derive;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The Helm charts of the repository: folders holding a {@code Chart.yaml} ({@code helm/shop},
 * {@code charts/shop}, {@code deploy/helm/shop}, a module's {@code src/main/helm/shop}), a little deeper
 * than the other deployment files are looked for. A chart inside another one (its {@code charts/}
 * sub-folder) is a dependency, rendered with the chart that holds it; build output ({@code target/},
 * where the plugin writes its own chart), dependencies, VCS and Java sources are not entered.
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
        List<Path> charts = new ArrayList<>();
        if (!Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
            return charts;
        }
        try {
            Files.walkFileTree(root, Set.of(), MAX_DEPTH + 1, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes a) {
                    if (!dir.equals(root) && skipped(root.relativize(dir))) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    if (isChart(dir)) {
                        charts.add(dir);
                        return FileVisitResult.SKIP_SUBTREE; // its charts/ are its dependencies
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException | UncheckedIOException e) {
            return charts.stream().sorted().toList();
        }
        return charts.stream().sorted().toList();
    }

    /** Build output, dependencies, VCS, and the sources and resources of a module. */
    private static boolean skipped(Path relative) {
        String name = relative.getFileName().toString();
        if (name.equals("target") || name.equals("node_modules") || name.startsWith(".")) {
            return true;
        }
        String path = "/" + relative.toString().replace('\\', '/');
        return path.endsWith("/src/test") || path.endsWith("/src/main/java") || path.endsWith("/src/main/kotlin")
                || path.endsWith("/src/main/resources");
    }
}
