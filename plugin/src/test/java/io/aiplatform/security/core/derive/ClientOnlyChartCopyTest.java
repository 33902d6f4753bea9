package io.aiplatform.security.core.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aiplatform.security.core.support.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A chart that calls {@code lookup} or holds a packaged dependency is rendered from a copy in which the
 * archives are unpacked and every {@code lookup} is the empty map of {@code helm template}; the repository's
 * chart is left as it is, and a chart with neither is rendered where it is.
 */
class ClientOnlyChartCopyTest {

    @TempDir
    Path dir;

    private Path chart() throws Exception {
        Path chart = dir.resolve("helm/orders");
        Files.createDirectories(chart.resolve("templates"));
        Files.createDirectories(chart.resolve("charts"));
        Files.writeString(chart.resolve("Chart.yaml"), "apiVersion: v2\nname: orders\nversion: 1.0.0\n"
                + "dependencies:\n  - name: db\n    version: 1.0.0\n    repository: https://charts.example.com\n");
        Files.writeString(chart.resolve("templates/deployment.yaml"), "kind: Deployment\n");
        return chart;
    }

    /** What Helm was given: each template's text by path below the chart it rendered. */
    private static final class Recorder implements HelmDeployment.Renderer {
        final List<String> seen = new ArrayList<>();
        Path rendered;

        @Override
        public String unavailable() {
            return null;
        }

        @Override
        public String render(Path chart, String release, String namespace, List<Path> valuesFiles) {
            rendered = chart;
            try (var files = Files.walk(chart)) {
                files.filter(Files::isRegularFile).sorted().forEach(file -> {
                    try {
                        seen.add(chart.relativize(file) + ": " + Files.readString(file).strip());
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return "";
        }
    }

    private Recorder render() {
        Recorder helm = new Recorder();
        List<Problem> problems = new ArrayList<>();
        HelmDeployment.read(dir, HelmSettings.DEFAULTS, helm, (file, doc) -> { }, problems::add);
        assertEquals(List.of(), problems.stream().map(Problem::message).toList());
        return helm;
    }

    @Test
    void aPackagedDependencyIsUnpackedAndItsLookupCallsAreEmptyMaps() throws Exception {
        Path chart = chart();
        ChartArchiveTest.tgz(chart.resolve("charts/db-1.0.0.tgz"), "db/Chart.yaml", "apiVersion: v2\nname: db\nversion: 1.0.0",
                "db/templates/secret.yaml", "{{- if not (lookup \"v1\" \"Secret\" .Release.Namespace \"db\") }}\nkind: Secret\n{{- end }}");
        Files.writeString(chart.resolve("templates/config.yaml"),
                "{{- $old := (lookup \"v1\" \"ConfigMap\" .Release.Namespace \"orders\").data }}\nkind: ConfigMap");
        Recorder helm = render();
        assertEquals(List.of(
                "Chart.yaml: apiVersion: v2\nname: orders\nversion: 1.0.0\ndependencies:\n  - name: db\n    version: 1.0.0\n"
                        + "    repository: https://charts.example.com",
                "charts/db/Chart.yaml: apiVersion: v2\nname: db\nversion: 1.0.0",
                "charts/db/templates/secret.yaml: {{- if not (pick (dict) \"v1\" \"Secret\" .Release.Namespace \"db\") }}\n"
                        + "kind: Secret\n{{- end }}",
                "templates/config.yaml: {{- $old := (pick (dict) \"v1\" \"ConfigMap\" .Release.Namespace \"orders\").data }}\n"
                        + "kind: ConfigMap",
                "templates/deployment.yaml: kind: Deployment"), helm.seen);
        assertFalse(helm.rendered.startsWith(dir), "rendered from a copy, not from the repository");
        assertFalse(Files.exists(helm.rendered), "the copy is deleted after rendering");
        assertTrue(Files.isRegularFile(chart.resolve("charts/db-1.0.0.tgz")), "the repository keeps its archive");
        assertTrue(Files.readString(chart.resolve("templates/config.yaml")).contains("(lookup "), "and its template");
    }

    @Test
    void aChartWithNeitherIsRenderedWhereItIs() throws Exception {
        Path chart = chart();
        Files.writeString(chart.resolve("templates/note.yaml"), "# lookup is not called here\nkind: ConfigMap");
        Files.createDirectories(chart.resolve("charts/db/templates"));
        Files.writeString(chart.resolve("charts/db/Chart.yaml"), "apiVersion: v2\nname: db\nversion: 1.0.0\n");
        assertFalse(ClientOnlyChartCopy.needed(chart));
        assertEquals(chart, render().rendered);
    }

    @Test
    void aLookupInAVendoredFolderDependencyAloneMakesTheCopy() throws Exception {
        Path chart = chart();
        Files.createDirectories(chart.resolve("charts/db/templates"));
        Files.writeString(chart.resolve("charts/db/Chart.yaml"), "apiVersion: v2\nname: db\nversion: 1.0.0\n");
        Files.writeString(chart.resolve("charts/db/templates/_helpers.tpl"),
                "{{- define \"db.password\" -}}{{ (lookup \"v1\" \"Secret\" \"n\" \"db\").data }}{{- end }}");
        assertTrue(ClientOnlyChartCopy.needed(chart));
        Recorder helm = render();
        assertTrue(helm.seen.contains("charts/db/templates/_helpers.tpl: {{- define \"db.password\" -}}"
                + "{{ (pick (dict) \"v1\" \"Secret\" \"n\" \"db\").data }}{{- end }}"), helm.seen.toString());
    }

    @Test
    void anArchiveThatCannotBeUnpackedIsOneWarningNamingTheChart() throws Exception {
        Path chart = chart();
        Files.writeString(chart.resolve("charts/db-1.0.0.tgz"), "not gzip");
        List<Problem> problems = new ArrayList<>();
        HelmDeployment.read(dir, HelmSettings.DEFAULTS, new Recorder(), (file, doc) -> { }, problems::add);
        assertEquals(List.of("helm/orders/Chart.yaml: the Helm chart orders cannot be copied to render it with the"
                        + " charts it depends on vendored or unpacked (ZipException: Not in GZIP format); the connections that its"
                        + " workloads, ConfigMaps and Secrets set are not derived"),
                problems.stream().map(p -> dir.relativize(p.file()) + ": " + p.message()).toList());
    }
}
