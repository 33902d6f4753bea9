package io.aiplatform.security.core.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.aiplatform.security.core.support.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A chart that cannot be rendered on this machine (helm-java has no native Helm for it, or the library does not
 * load) is one warning naming the chart, never an exception; the other charts are still read. Runs everywhere:
 * the renderer stands in for the native library.
 */
class HelmDeploymentTest {

    @TempDir
    Path dir;

    private void chart(String folder) throws Exception {
        Files.createDirectories(dir.resolve(folder).resolve("templates"));
        Files.writeString(dir.resolve(folder).resolve("Chart.yaml"), "apiVersion: v2\nname: x\nversion: 1.0.0\n");
    }

    private static HelmDeployment.Renderer renderer(String unavailable, Error error) {
        return new HelmDeployment.Renderer() {
            @Override
            public String unavailable() {
                return unavailable;
            }

            @Override
            public String render(Path chart, String release, String namespace, List<Path> valuesFiles) {
                throw error;
            }
        };
    }

    private List<String> warnings(HelmDeployment.Renderer helm) {
        List<Problem> problems = new ArrayList<>();
        List<String> documents = new ArrayList<>();
        HelmDeployment.read(dir, HelmSettings.DEFAULTS, helm, (file, doc) -> documents.add(file.toString()),
                problems::add);
        assertEquals(List.of(), documents);
        return problems.stream().map(p -> dir.relativize(p.file()) + ": " + p.message()).toList();
    }

    @Test
    void aMachineWithoutNativeHelmGetsOneWarningPerChartNamingIt() throws Exception {
        chart("helm/shop");
        chart("charts/billing");
        assertEquals(List.of("charts/billing/Chart.yaml: the Helm chart billing is not rendered: helm-java has no native"
                        + " Helm library for SunOS sparcv9; the connections that its workloads, ConfigMaps and Secrets"
                        + " set are not derived (render it with helm template into a folder the build reads, or add"
                        + " 'calls:')",
                "helm/shop/Chart.yaml: the Helm chart shop is not rendered: helm-java has no native Helm library for"
                        + " SunOS sparcv9; the connections that its workloads, ConfigMaps and Secrets set are not derived"
                        + " (render it with helm template into a folder the build reads, or add 'calls:')"),
                warnings(renderer("helm-java has no native Helm library for SunOS sparcv9", null)));
    }

    @Test
    void aNativeLibraryThatFailsWhileRenderingIsAWarningNotAnError() throws Exception {
        chart("helm/shop");
        assertEquals(List.of("helm/shop/Chart.yaml: the Helm chart shop is not rendered: the native Helm library does"
                + " not load (UnsatisfiedLinkError); the connections that its workloads, ConfigMaps and Secrets set are"
                + " not derived"), warnings(renderer(null, new UnsatisfiedLinkError("libhelm.so: cannot open"))));
    }

    @Test
    void withoutAChartHelmIsNeverAsked() throws Exception {
        Files.createDirectories(dir.resolve("k8s"));
        Files.writeString(dir.resolve("k8s/app.yaml"), "kind: ConfigMap\n");
        HelmDeployment.Renderer counting = new HelmDeployment.Renderer() {
            @Override
            public String unavailable() {
                throw new AssertionError("the native library is looked for only when there is a chart");
            }

            @Override
            public String render(Path chart, String release, String namespace, List<Path> valuesFiles) {
                throw new AssertionError("nothing to render");
            }
        };
        assertEquals(List.of(), warnings(counting));
    }
}
