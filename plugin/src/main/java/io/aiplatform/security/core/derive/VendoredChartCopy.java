package io.aiplatform.security.core.derive;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * A copy of a chart, in a temporary folder, as {@code helm dependency build} would leave it with the
 * repository alone: the charts its {@code file://} dependencies name copied into its {@code charts/}
 * folder, and its {@code Chart.yaml} and {@code requirements.yaml} no longer declaring the dependencies
 * that are still missing (Helm refuses to render a chart whose dependencies are missing, and what is there
 * is still worth reading). Closing it deletes the copy.
 */
final class VendoredChartCopy implements AutoCloseable {

    private final Path folder;
    private final Path chart;

    private VendoredChartCopy(Path folder, Path chart) {
        this.folder = folder;
        this.chart = chart;
    }

    /**
     * Copies {@code chart} (regular files only, no links) with {@code dependencies}' local charts in its
     * {@code charts/} folder, less the dependencies that are missing.
     */
    static VendoredChartCopy of(Path chart, ChartDependencies.Unvendored dependencies) throws IOException {
        Path folder = Files.createTempDirectory("ai-security-chart");
        Path copy = folder.resolve(chart.getFileName().toString());
        VendoredChartCopy result = new VendoredChartCopy(folder, copy);
        try {
            copyTree(chart, copy);
            for (Map.Entry<String, Path> local : dependencies.local().entrySet()) {
                copyTree(local.getValue(), copy.resolve("charts").resolve(local.getKey()));
            }
            Set<String> left = new TreeSet<>();
            dependencies.missing().forEach(missing -> left.add(missing.name()));
            for (String file : List.of(HelmCharts.CHART_FILE, "requirements.yaml")) {
                if (Files.isRegularFile(copy.resolve(file))) {
                    rewrite(copy.resolve(file), left);
                }
            }
            Files.deleteIfExists(copy.resolve("Chart.lock"));
            Files.deleteIfExists(copy.resolve("requirements.lock"));
        } catch (IOException | RuntimeException e) {
            result.close();
            throw e;
        }
        return result;
    }

    /** Copies the regular files and folders below {@code from} to {@code to}, following no link. */
    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.sorted().toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
                    Files.createDirectories(target);
                } else if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                    Files.copy(file, target);
                }
            }
        }
    }

    /** The copy's folder, to render. */
    Path chart() {
        return chart;
    }

    private static void rewrite(Path file, Set<String> left) throws IOException {
        Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
        Object loaded = yaml.load(Files.readString(file, StandardCharsets.UTF_8));
        if (!(loaded instanceof Map<?, ?> map) || !(map.get("dependencies") instanceof List<?> dependencies)) {
            return;
        }
        List<Object> kept = new ArrayList<>();
        for (Object d : dependencies) {
            if (!(d instanceof Map<?, ?> dependency && left.contains(String.valueOf(dependency.get("name"))))) {
                kept.add(d);
            }
        }
        Map<Object, Object> rewritten = new LinkedHashMap<>(map);
        rewritten.put("dependencies", kept);
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        Files.writeString(file, new Yaml(options).dump(rewritten), StandardCharsets.UTF_8);
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
