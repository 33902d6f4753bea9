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
    @Test
    void aChartWhoseNameIsNoValidReleaseNameIsRenderedUnderOneHelmAccepts() throws Exception {
        chart("helm/EoloPlanner", "EoloPlanner", "");
        chart("helm/shop", "shop", "");
        List<String> releases = new ArrayList<>();
        HelmDeployment.Renderer recording = new HelmDeployment.Renderer() {
            @Override
            public String unavailable() {
                return null;
            }

            @Override
            public String render(Path chart, String release, String namespace, List<Path> valuesFiles) {
                releases.add(dir.relativize(chart) + " as " + release);
                return "";
            }
        };
        assertEquals(List.of(), warnings(recording));
        assertEquals(List.of("helm/EoloPlanner as eoloplanner", "helm/shop as shop"), releases);
    }

    private void chart(String folder, String name, String dependencies) throws Exception {
        Files.createDirectories(dir.resolve(folder).resolve("templates"));
        Files.writeString(dir.resolve(folder).resolve("Chart.yaml"), "apiVersion: v2\nname: " + name
                + "\nversion: 1.0.0\n" + dependencies);
    }

    /** Renders what {@code helm template} prints for a chart whose charts/ folder holds {@code backend}. */
    private static HelmDeployment.Renderer vendoredBackend(List<String> seen) {
        return new HelmDeployment.Renderer() {
            @Override
            public String unavailable() {
                return null;
            }

            @Override
            public String render(Path chart, String release, String namespace, List<Path> valuesFiles) {
                Path backend = chart.resolve("charts/backend/templates/deployment.yaml");
                seen.add(release + ": " + Files.isRegularFile(backend) + " " + Files.isRegularFile(
                        chart.resolve("charts/backend/Chart.yaml")));
                return Files.isRegularFile(backend) ? "---\n# Source: " + release
                        + "/charts/backend/templates/deployment.yaml\nkind: Deployment\nmetadata:\n  name: " + release
                        + "\n" : "";
            }
        };
    }

    @Test
    void aFileRepositoryNamingAChartOfTheRepositoryIsVendoredLikeHelmDependencyBuildWould() throws Exception {
        chart("k8s/charts/backend", "backend", "");
        Files.writeString(dir.resolve("k8s/charts/backend/templates/deployment.yaml"), "kind: Deployment\n");
        chart("k8s/charts/cart", "cart", "dependencies:\n  - name: backend\n    version: 1.0.0\n"
                + "    repository: file://../backend\n");
        List<String> seen = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        List<String> documents = new ArrayList<>();
        HelmDeployment.read(dir, HelmSettings.DEFAULTS, vendoredBackend(seen),
                (file, doc) -> documents.add(dir.relativize(file) + " " + dir.relativize(doc.get("kind").file())),
                problems::add);
        assertEquals(List.of(), problems.stream().map(Problem::message).toList());
        // backend is rendered on its own (nothing vendored into it) and as cart's dependency, from a copy
        assertEquals(List.of("backend: false false", "cart: true true"), seen);
        assertEquals(List.of("k8s/charts/cart/Chart.yaml k8s/charts/backend/templates/deployment.yaml"), documents);
        assertEquals(false, Files.exists(dir.resolve("k8s/charts/cart/charts")), "the repository is left as it was");
    }

    @Test
    void aFileRepositoryOutsideTheChartsOfTheRepositoryIsLeftOutWithAWarningNamingIt() throws Exception {
        Files.createDirectories(dir.resolve("lib/backend"));
        Files.writeString(dir.resolve("lib/backend/Chart.yaml"), "apiVersion: v2\nname: backend\nversion: 1.0.0\n");
        chart("k8s/charts/cart", "cart", "dependencies:\n  - name: backend\n    version: 1.0.0\n"
                + "    repository: file://../../../outside/backend\n");
        List<String> seen = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        HelmDeployment.read(dir, List.of(dir.resolve("k8s/charts/cart")),
                new HelmDeployment.Rendering(HelmSettings.DEFAULTS, vendoredBackend(seen)), (file, doc) -> { },
                template -> { }, problems::add);
        assertEquals(List.of("cart: false false"), seen);
        assertEquals(List.of("k8s/charts/cart/Chart.yaml:5: the Helm chart cart depends on chart backend, whose"
                + " repository file://../../../outside/backend is no chart folder of this repository; the chart is"
                + " rendered without it, so connections that its templates set are not derived (run helm dependency"
                + " build and keep charts/backend in the repository, or add 'calls:')"),
                problems.stream().map(p -> dir.relativize(p.file()) + ":" + p.line() + ": " + p.message()).toList());
    }

    @Test
    void aTemplateOfAVendoredLocalChartIsHandedOnInThatChartsOwnFolder() throws Exception {
        chart("k8s/charts/backend", "backend", "");
        Files.writeString(dir.resolve("k8s/charts/backend/templates/deployment.yaml"), "kind: Deployment\n");
        chart("k8s/charts/cart", "cart", "dependencies:\n  - name: backend\n    version: 1.0.0\n"
                + "    repository: file://../backend\n");
        List<String> templates = new ArrayList<>();
        HelmDeployment.read(dir, List.of(dir.resolve("k8s/charts/backend"), dir.resolve("k8s/charts/cart")),
                new HelmDeployment.Rendering(HelmSettings.DEFAULTS, vendoredBackend(new ArrayList<>())), (file, doc) -> { },
                template -> templates.add(dir.relativize(template.template()).toString()), problem -> { });
        // a monitoring file mounted from the common chart's template is the template in backend's folder, as the
        // documents are; cart/charts/backend is no folder of the repository
        assertEquals(List.of("k8s/charts/backend/templates/deployment.yaml"), templates);
    }
}
