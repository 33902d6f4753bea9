package io.aiplatform.security.core.derive;

import io.aiplatform.security.core.support.Problem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The charts a Helm chart depends on ({@code dependencies:} of its {@code Chart.yaml}, or of a v1 chart's
 * {@code requirements.yaml}) and how each is found: vendored in its {@code charts/} folder (as a folder or
 * as the archive {@code helm dependency build} downloads), or a chart of the repository that the
 * dependency's {@code repository: file://<path>} names, which {@code helm dependency build} would copy in.
 * Any other dependency cannot be fetched (the build does not go to the network): it is one warning naming
 * it, and the chart is rendered without it.
 */
final class ChartDependencies {

    private static final String FILE_REPOSITORY = "file://";

    /** A dependency that is not vendored, with where it is declared. */
    record Missing(String name, Path file, int line) {
    }

    /**
     * The dependencies of a chart that are not vendored: those left out ({@code missing}) and those taken
     * from a chart of the repository ({@code local}, folder by dependency name).
     */
    record Unvendored(List<Missing> missing, SortedMap<String, Path> local) {

        /** Whether every dependency is vendored. */
        boolean none() {
            return missing.isEmpty() && local.isEmpty();
        }
    }

    private ChartDependencies() {
    }

    /**
     * The dependencies of {@code chart} that are not in its {@code charts/} folder: one whose
     * {@code file://} repository is one of {@code charts} (the charts of the repository, whose files the
     * build reads) is taken from there; any other is left out after a warning.
     */
    static Unvendored of(Path chart, Collection<Path> charts, Consumer<Problem> warnings) {
        List<Missing> missing = new ArrayList<>();
        SortedMap<String, Path> local = new TreeMap<>();
        for (String file : List.of(HelmCharts.CHART_FILE, "requirements.yaml")) {
            Path declared = chart.resolve(file);
            if (!Files.isRegularFile(declared)) {
                continue;
            }
            for (Map<String, ConfigValue> doc : ConfigFiles.readKeysAsWritten(declared, warnings)) {
                for (int i = 0; doc.containsKey("dependencies[" + i + "].name"); i++) {
                    ConfigValue name = doc.get("dependencies[" + i + "].name");
                    if (vendored(chart, name.value())) {
                        continue;
                    }
                    ConfigValue repository = doc.get("dependencies[" + i + "].repository");
                    Path folder = localChart(chart, repository, charts);
                    if (folder != null) {
                        local.put(name.value(), folder);
                    } else {
                        missing.add(new Missing(name.value(), declared, name.line()));
                        warnings.accept(Problem.at(declared, name.line(), notVendored(chart, name.value(), repository)));
                    }
                }
            }
        }
        return new Unvendored(List.copyOf(missing), local);
    }

    private static String notVendored(Path chart, String name, ConfigValue repository) {
        String message = "the Helm chart " + chart.getFileName() + " depends on chart " + name;
        if (repository != null && repository.value().startsWith(FILE_REPOSITORY)) {
            message += ", whose repository " + repository.value() + " is no chart folder of this repository";
        } else {
            message += ", which is not in its charts/ folder and is not downloaded during the build";
        }
        return message + "; the chart is rendered without it, so connections that its templates set are not derived"
                + " (run helm dependency build and keep charts/" + name + " in the repository, or add 'calls:')";
    }

    /** The chart of {@code charts} that a {@code file://} repository names, relative to {@code chart}; else null. */
    private static Path localChart(Path chart, ConfigValue repository, Collection<Path> charts) {
        if (repository == null || !repository.value().startsWith(FILE_REPOSITORY)) {
            return null;
        }
        String path = repository.value().substring(FILE_REPOSITORY.length());
        try {
            Path folder = chart.resolve(path); // an absolute path stays itself
            Path normalized = folder.toAbsolutePath().normalize();
            return charts.stream().filter(c -> c.toAbsolutePath().normalize().equals(normalized)
                    && !normalized.equals(chart.toAbsolutePath().normalize())).findFirst().orElse(null);
        } catch (java.nio.file.InvalidPathException e) {
            return null;
        }
    }

    /** Whether {@code charts/<name>/Chart.yaml} or an archive {@code charts/<name>-<version>.tgz} is there. */
    static boolean vendored(Path chart, String name) {
        Path charts = chart.resolve("charts");
        if (HelmCharts.isChart(charts.resolve(name))) {
            return true;
        }
        if (!Files.isDirectory(charts)) {
            return false;
        }
        try (DirectoryStream<Path> archives = Files.newDirectoryStream(charts, name + "-*.tgz")) {
            return archives.iterator().hasNext();
        } catch (IOException | UncheckedIOException e) {
            return false;
        }
    }
}
