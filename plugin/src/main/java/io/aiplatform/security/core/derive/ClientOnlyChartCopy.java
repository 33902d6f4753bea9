package io.aiplatform.security.core.derive;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A copy of a chart, in a temporary folder, that the bundled Helm renders as {@code helm template} does,
 * without a cluster: the packaged charts of its {@code charts/} folders ({@code postgresql-12.1.2.tgz})
 * unpacked into folders ({@link ChartArchive}), and every call of {@code lookup} in its templates and theirs
 * made the empty map that {@code helm template} documents ({@link HelmLookupCalls}). Helm loads a dependency
 * from a folder as from its archive, and lines keep their numbers, so what renders and the evidence are
 * those of the chart as it is. Closing it deletes the copy.
 */
final class ClientOnlyChartCopy implements AutoCloseable {

    private static final String CHARTS = "charts";
    private static final String TEMPLATES = "templates";
    private static final String ARCHIVE = ".tgz";
    /** How deep packaged charts may hold packaged charts: Bitnami's hold their common chart as a folder. */
    private static final int MAX_NESTING = 8;

    private final Path folder;
    private final Path chart;

    private ClientOnlyChartCopy(Path folder, Path chart) {
        this.folder = folder;
        this.chart = chart;
    }

    /** Whether {@code chart} holds a packaged dependency or a template that calls {@code lookup}. */
    static boolean needed(Path chart) throws IOException {
        for (Path file : files(chart)) {
            if (isArchive(file) || isTemplate(chart, file) && HelmLookupCalls.present(text(file))) {
                return true;
            }
        }
        return false;
    }

    /** A copy of {@code chart} with its packaged dependencies unpacked and its {@code lookup} calls made empty. */
    static ClientOnlyChartCopy of(Path chart) throws IOException {
        Path folder = Files.createTempDirectory("ai-security-chart");
        Path copy = folder.resolve(chart.getFileName().toString());
        ClientOnlyChartCopy result = new ClientOnlyChartCopy(folder, copy);
        try {
            VendoredChartCopy.copyTree(chart, copy);
            unpackArchives(copy);
            for (Path file : files(copy)) {
                if (isTemplate(copy, file)) {
                    String text = text(file);
                    String rewritten = HelmLookupCalls.rewritten(text);
                    if (!rewritten.equals(text)) {
                        Files.writeString(file, rewritten, StandardCharsets.UTF_8);
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            result.close();
            throw e;
        }
        return result;
    }

    /** The copy's folder, to render. */
    Path chart() {
        return chart;
    }

    private static void unpackArchives(Path copy) throws IOException {
        for (int level = 0; level < MAX_NESTING; level++) {
            List<Path> archives = files(copy).stream().filter(ClientOnlyChartCopy::isArchive).toList();
            if (archives.isEmpty()) {
                return;
            }
            for (Path archive : archives) {
                ChartArchive.unpack(archive, archive.getParent());
                Files.delete(archive);
            }
        }
    }

    /** A packaged chart in a {@code charts/} folder, as Helm loads it. */
    private static boolean isArchive(Path file) {
        Path parent = file.getParent();
        return file.getFileName().toString().endsWith(ARCHIVE) && parent != null
                && CHARTS.equals(parent.getFileName().toString());
    }

    /** A file in a {@code templates/} folder of the chart or of a chart it holds: Helm renders each. */
    private static boolean isTemplate(Path chart, Path file) {
        for (Path part : chart.relativize(file)) {
            if (TEMPLATES.equals(part.toString())) {
                return true;
            }
        }
        return false;
    }

    /** The file's text, or "" for one that is no UTF-8 text (Helm would not render it either). */
    private static String text(Path file) throws IOException {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (MalformedInputException e) {
            return "";
        }
    }

    /** The regular files below {@code dir}, sorted, following no link. */
    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(file -> Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)).sorted().toList();
        }
    }

    @Override
    public void close() throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }
}
