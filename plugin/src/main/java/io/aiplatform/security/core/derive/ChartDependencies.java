package io.aiplatform.security.core.derive;

import io.aiplatform.security.core.support.Problem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The charts a Helm chart depends on ({@code dependencies:} of its {@code Chart.yaml}, or of a v1 chart's
 * {@code requirements.yaml}) and whether each is vendored in its {@code charts/} folder, as a folder or
 * as the archive {@code helm dependency build} downloads. A dependency that is not there cannot be
 * fetched (the build does not go to the network): it is one warning naming it, and the chart is rendered
 * without it.
 */
final class ChartDependencies {

    /** A dependency that is not vendored, with where it is declared. */
    record Missing(String name, Path file, int line) {
    }

    private ChartDependencies() {
    }

    /** The dependencies of {@code chart} that are not in its {@code charts/} folder, each after a warning. */
    static List<Missing> missing(Path chart, Consumer<Problem> warnings) {
        List<Missing> missing = new ArrayList<>();
        for (String file : List.of(HelmCharts.CHART_FILE, "requirements.yaml")) {
            Path declared = chart.resolve(file);
            if (!Files.isRegularFile(declared)) {
                continue;
            }
            for (Map<String, ConfigValue> doc : ConfigFiles.readKeysAsWritten(declared, warnings)) {
                for (int i = 0; doc.containsKey("dependencies[" + i + "].name"); i++) {
                    ConfigValue name = doc.get("dependencies[" + i + "].name");
                    if (!vendored(chart, name.value())) {
                        missing.add(new Missing(name.value(), declared, name.line()));
                        warnings.accept(Problem.at(declared, name.line(), "the Helm chart " + chart.getFileName()
                                + " depends on chart " + name.value() + ", which is not in its charts/ folder and is"
                                + " not downloaded during the build; the chart is rendered without it, so connections"
                                + " that its templates set are not derived (run helm dependency build and keep"
                                + " charts/" + name.value() + " in the repository, or add 'calls:')"));
                    }
                }
            }
        }
        return missing;
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
