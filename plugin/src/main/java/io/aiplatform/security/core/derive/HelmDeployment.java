package io.aiplatform.security.core.derive;

import io.aiplatform.security.core.support.FileErrors;
import io.aiplatform.security.core.support.Problem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

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
            String unavailable = helm.unavailable();
            if (unavailable != null) {
                warnings.accept(Problem.at(chart.resolve(HelmCharts.CHART_FILE), 0, "the Helm chart "
                        + chart.getFileName() + " is not rendered: " + unavailable + "; " + NOT_DERIVED + " (render it"
                        + " with helm template into a folder the build reads, or add 'calls:')"));
                continue;
            }
            ChartDependencies.Unvendored dependencies = ChartDependencies.of(chart, charts, warnings);
            String rendered = render(chart, dependencies, rendering, warnings);
            if (rendered != null) {
                ChartValues values = new ChartValues(chart, settings.valuesFiles(), problem -> { });
                RenderedChart.documents(root, chart, rendered, values, dependencies.local(), warnings)
                        .forEach(doc -> documents.accept(chart.resolve(HelmCharts.CHART_FILE), doc));
                RenderedChart.parts(chart, rendered, dependencies.local()).forEach((template, text) -> templates.accept(
                        new ChartTemplate(template, text)));
            }
        }
    }

    /** The chart rendered with {@code dependencies} vendored or left out, or null after a warning naming it. */
    private static String render(Path chart, ChartDependencies.Unvendored dependencies, Rendering rendering,
                                 Consumer<Problem> warnings) {
        Path chartFile = chart.resolve(HelmCharts.CHART_FILE);
        HelmSettings settings = rendering.settings();
        String release = release(chart);
        try {
            if (dependencies.none()) {
                return withoutCluster(chart, release, rendering);
            }
            try (VendoredChartCopy copy = VendoredChartCopy.of(chart, dependencies)) {
                return withoutCluster(copy.chart(), release, rendering);
            }
        } catch (IOException | UncheckedIOException e) {
            IOException cause = e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
            warnings.accept(Problem.at(chartFile, 0, "the Helm chart " + chart.getFileName() + " cannot be copied"
                    + " to render it with the charts it depends on vendored or unpacked (" + FileErrors.reason(cause)
                    + "); " + NOT_DERIVED));
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

    /**
     * {@code chart} rendered as {@code helm template} does, without a cluster: from a {@link ClientOnlyChartCopy}
     * when it holds packaged dependencies or calls {@code lookup}, which the bundled Helm would otherwise send
     * to the API server of the machine's kubeconfig.
     */
    private static String withoutCluster(Path chart, String release, Rendering rendering) throws IOException {
        HelmSettings settings = rendering.settings();
        if (!ClientOnlyChartCopy.needed(chart)) {
            return rendering.helm().render(chart, release, settings.namespace(), settings.valuesFiles());
        }
        try (ClientOnlyChartCopy copy = ClientOnlyChartCopy.of(chart)) {
            return rendering.helm().render(copy.chart(), release, settings.namespace(), settings.valuesFiles());
        }
    }

    /**
     * The release name: the chart's {@code name}, as {@code helm install shop ./helm/shop} names it, made a valid
     * release name when it is none ({@link HelmReleaseName}).
     */
    private static String release(Path chart) {
        List<Map<String, ConfigValue>> docs = ConfigFiles.readKeysAsWritten(chart.resolve(HelmCharts.CHART_FILE),
                problem -> { });
        ConfigValue name = docs.isEmpty() ? null : docs.get(0).get("name");
        return HelmReleaseName.of(name == null || name.value().isBlank() ? chart.getFileName().toString()
                : name.value());
    }
}
