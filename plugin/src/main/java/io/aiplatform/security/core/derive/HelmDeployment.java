package io.aiplatform.security.core.derive;

import io.aiplatform.security.core.support.FileErrors;
import io.aiplatform.security.core.support.Problem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The Kubernetes objects of the repository's Helm charts ({@link HelmCharts}): each chart rendered as
 * {@code helm template <chart name> <chart> -n <namespace> -f <helmValues>…} would, by helm-java's bundled
 * Helm, and read like the plain manifests. A chart that cannot be rendered (Helm cannot run here, a
 * template fails) is one warning naming it; its dependencies that are not vendored are left out.
 */
final class HelmDeployment {

    private static final String NOT_DERIVED = "the connections that its workloads, ConfigMaps and Secrets set are"
            + " not derived";

    private HelmDeployment() {
    }

    /** What renders a chart: helm-java's bundled Helm ({@link HelmTemplate}), or another in tests. */
    interface Renderer {

        /** Why charts cannot be rendered on this machine, or null when they can. */
        String unavailable();

        /** The chart rendered, or an {@link IllegalStateException} with Helm's message. */
        String render(Path chart, String release, String namespace, List<Path> valuesFiles);
    }

    /** The bundled Helm, loaded on first use. */
    static final Renderer BUNDLED_HELM = new Renderer() {
        @Override
        public String unavailable() {
            return HelmTemplate.unavailable();
        }

        @Override
        public String render(Path chart, String release, String namespace, List<Path> valuesFiles) {
            return HelmTemplate.render(chart, release, namespace, valuesFiles);
        }
    };

    /** Every rendered document of the charts below {@code root} to {@code documents}, with the chart's Chart.yaml. */
    static void read(Path root, HelmSettings settings, Renderer helm,
                     BiConsumer<Path, Map<String, ConfigValue>> documents, Consumer<Problem> warnings) {
        read(root, HelmCharts.below(root), new Rendering(settings, helm), documents, template -> { }, warnings);
    }

    /** How the charts are rendered: with these settings, by this Helm. */
    record Rendering(HelmSettings settings, Renderer helm) {
    }

    /**
     * Every rendered document of {@code charts} (the charts below {@code root}, {@link HelmCharts#below}) to
     * {@code documents}, with the chart's Chart.yaml; and each template's rendered text to {@code templates}.
     */
    static void read(Path root, List<Path> charts, Rendering rendering,
                     BiConsumer<Path, Map<String, ConfigValue>> documents, Consumer<ChartTemplate> templates,
                     Consumer<Problem> warnings) {
        HelmSettings settings = rendering.settings();
        Renderer helm = rendering.helm();
        for (Path chart : charts) {
            String rendered = render(chart, settings, helm, warnings);
            if (rendered != null) {
                ChartValues values = new ChartValues(chart, settings.valuesFiles(), problem -> { });
                RenderedChart.documents(root, chart, rendered, values, warnings)
                        .forEach(doc -> documents.accept(chart.resolve(HelmCharts.CHART_FILE), doc));
                RenderedChart.parts(chart, rendered).forEach((template, text) -> templates.accept(
                        new ChartTemplate(template, text)));
            }
        }
    }

    /** The chart rendered, or null after a warning naming it. */
    private static String render(Path chart, HelmSettings settings, Renderer helm, Consumer<Problem> warnings) {
        Path chartFile = chart.resolve(HelmCharts.CHART_FILE);
        String unavailable = helm.unavailable();
        if (unavailable != null) {
            warnings.accept(Problem.at(chartFile, 0, "the Helm chart " + chart.getFileName() + " is not rendered: "
                    + unavailable + "; " + NOT_DERIVED + " (render it with helm template into a folder the build"
                    + " reads, or add 'calls:')"));
            return null;
        }
        Set<String> missing = ChartDependencies.missing(chart, warnings).stream()
                .map(ChartDependencies.Missing::name).collect(Collectors.toSet());
        String release = release(chart);
        try {
            if (missing.isEmpty()) {
                return helm.render(chart, release, settings.namespace(), settings.valuesFiles());
            }
            try (ChartWithoutDependencies copy = ChartWithoutDependencies.of(chart, missing)) {
                return helm.render(copy.chart(), release, settings.namespace(), settings.valuesFiles());
            }
        } catch (IOException | UncheckedIOException e) {
            IOException cause = e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
            warnings.accept(Problem.at(chartFile, 0, "the Helm chart " + chart.getFileName() + " cannot be copied"
                    + " to render it without its missing dependencies (" + FileErrors.reason(cause) + "); "
                    + NOT_DERIVED));
        } catch (LinkageError e) {
            warnings.accept(Problem.at(chartFile, 0, "the Helm chart " + chart.getFileName() + " is not rendered: the"
                    + " native Helm library does not load (" + e.getClass().getSimpleName() + "); " + NOT_DERIVED));
        } catch (RuntimeException e) {
            String reason = new ChartValues(chart, settings.valuesFiles(), problem -> { })
                    .masked(String.valueOf(e.getMessage())).strip();
            warnings.accept(Problem.at(chartFile, 0, "Helm cannot render the chart " + chart.getFileName() + " ("
                    + reason + "); " + NOT_DERIVED + " (fix the template or the values)"));
        }
        return null;
    }

    /** The release name: the chart's {@code name}, as {@code helm install shop ./helm/shop} names it. */
    private static String release(Path chart) {
        List<Map<String, ConfigValue>> docs = ConfigFiles.readKeysAsWritten(chart.resolve(HelmCharts.CHART_FILE),
                problem -> { });
        ConfigValue name = docs.isEmpty() ? null : docs.get(0).get("name");
        return name == null || name.value().isBlank() ? chart.getFileName().toString() : name.value();
    }
}
