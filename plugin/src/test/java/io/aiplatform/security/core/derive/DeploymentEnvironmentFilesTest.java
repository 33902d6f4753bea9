package io.aiplatform.security.core.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which files hold a platform's deployment environment (compose files, workload manifests). */
class DeploymentEnvironmentFilesTest {

    @TempDir
    Path dir;

    private void write(Path file) throws Exception {
        Files.createDirectories(file.getParent());
        Files.writeString(file, "services: {}\n");
    }

    @Test
    void buildOutputDependenciesAndTestsAreLeftOutButAProjectBelowAFolderNamedTargetIsRead() throws Exception {
        Path root = dir.resolve("target/it/platform"); // as a Maven invoker build runs a project
        write(root.resolve("docker-compose.yml"));
        write(root.resolve("k8s/web.yaml"));
        write(root.resolve("orders/target/classes/application.yml"));
        write(root.resolve("web/node_modules/x/compose.yaml"));
        write(root.resolve(".git/x.yml"));
        write(root.resolve("orders/src/main/resources/application.yml"));
        write(root.resolve("orders/src/test/resources/compose.yml"));
        write(root.resolve("a/b/c/d/deep.yml")); // below the depth searched
        assertEquals(List.of(root.resolve("docker-compose.yml"), root.resolve("k8s/web.yaml")),
                DeploymentEnvironment.files(root));
    }

    @Test
    void aKustomizationWithoutExtensionAndTheFilesItsGeneratorsReadAreFound() throws Exception {
        Files.createDirectories(dir.resolve("k8s/base"));
        Files.writeString(dir.resolve("k8s/base/Kustomization"), "configMapGenerator:\n  - name: web\n"
                + "    envs: [web.env]\n    files: [conf=files/app.conf, ../../outside.txt]\n");
        assertEquals(List.of(dir.resolve("k8s/base/Kustomization")), DeploymentEnvironment.files(dir));
        assertEquals(List.of(dir.resolve("k8s/base/files/app.conf").toAbsolutePath(),
                dir.resolve("k8s/base/web.env").toAbsolutePath()),
                DeploymentEnvironment.generatorFiles(DeploymentEnvironment.files(dir)));
    }

    @Test
    void aHelmChartIsNoPlainYamlButAChartFoundAtTheDepthsChartsAreKeptAt() throws Exception {
        write(dir.resolve("k8s/web.yaml"));
        for (String chart : List.of("helm/shop", "charts/billing", "deploy/helm/shop", "orders/src/main/helm/orders")) {
            write(dir.resolve(chart).resolve("Chart.yaml"));
            write(dir.resolve(chart).resolve("values.yaml"));
            write(dir.resolve(chart).resolve("templates/deployment.yaml"));
        }
        write(dir.resolve("helm/shop/charts/redis/Chart.yaml")); // a dependency, rendered with its chart
        write(dir.resolve("target/ai-security/helm/ai-security/Chart.yaml")); // the plugin's own chart
        write(dir.resolve("orders/src/main/resources/helm/Chart.yaml"));
        assertEquals(List.of(dir.resolve("k8s/web.yaml")), DeploymentEnvironment.files(dir));
        assertEquals(List.of(dir.resolve("charts/billing"), dir.resolve("deploy/helm/shop"), dir.resolve("helm/shop"),
                dir.resolve("orders/src/main/helm/orders")), HelmCharts.below(dir));
    }
}
