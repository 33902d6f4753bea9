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
import java.util.stream.Stream;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * A copy of a chart, in a temporary folder, whose {@code Chart.yaml} and {@code requirements.yaml} no
 * longer declare the dependencies that are not vendored: Helm refuses to render a chart whose
 * dependencies are missing, and what is there is still worth reading. Closing it deletes the copy.
 */
final class ChartWithoutDependencies implements AutoCloseable {

    private final Path folder;
    private final Path chart;

    private ChartWithoutDependencies(Path folder, Path chart) {
        this.folder = folder;
        this.chart = chart;
    }

    /** Copies {@code chart} (regular files only, no links) less the dependencies named {@code left}. */
    static ChartWithoutDependencies of(Path chart, Set<String> left) throws IOException {
        Path folder = Files.createTempDirectory("ai-security-chart");
        Path copy = folder.resolve(chart.getFileName().toString());
        try (Stream<Path> files = Files.walk(chart)) {
            for (Path file : files.sorted().toList()) {
                Path target = copy.resolve(chart.relativize(file).toString());
                if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
                    Files.createDirectories(target);
                } else if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                    Files.copy(file, target);
                }
            }
        }
        ChartWithoutDependencies result = new ChartWithoutDependencies(folder, copy);
        for (String file : List.of(HelmCharts.CHART_FILE, "requirements.yaml")) {
            if (Files.isRegularFile(copy.resolve(file))) {
                rewrite(copy.resolve(file), left);
            }
        }
        Files.deleteIfExists(copy.resolve("Chart.lock"));
        Files.deleteIfExists(copy.resolve("requirements.lock"));
        return result;
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
