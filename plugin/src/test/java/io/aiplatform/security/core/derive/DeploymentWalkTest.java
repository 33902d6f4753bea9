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
 * One walk finds the deployment files and the Helm charts as two walks would, though each enters folders the other
 * does not: hidden folders (Helm skips them all, the deployment files only {@code .git}) and the descriptors'
 * folder (skipped by the deployment files only).
 */
class DeploymentWalkTest {

    @TempDir
    Path dir;

    private void write(String file) throws Exception {
        Files.createDirectories(dir.resolve(file).getParent());
        Files.writeString(dir.resolve(file), "kind: ConfigMap\n");
    }

    private void layout() throws Exception {
        write("k8s/web.yaml");
        write("helm/shop/Chart.yaml");
        write("helm/shop/templates/deployment.yaml");
        write(".github/workflows/ci.yml"); // a deployment file candidate; Helm never looks into hidden folders
        write(".deploy/chart/Chart.yaml"); // no chart for Helm; a chart's folder for the deployment files
        write(".deploy/chart/templates/x.yaml");
        write(".deploy/plain.yaml");
        write("orders/src/main/ai-security/chart/Chart.yaml"); // a chart only Helm's walk reaches
        write("orders/src/main/ai-security/service.yaml");
        write("orders/src/main/resources/application.yml");
        write("target/out.yaml");
        write("Chart.yaml.bak");
    }

    @Test
    void oneWalkFindsTheDeploymentFilesAndTheChartsBothWalksFind() throws Exception {
        layout();
        List<Problem> warnings = new ArrayList<>();
        DeploymentFiles.Listing listing = DeploymentFiles.listing(dir, warnings::add);
        assertEquals(List.of(dir.resolve(".deploy/plain.yaml"), dir.resolve(".github/workflows/ci.yml"),
                dir.resolve("k8s/web.yaml")), listing.files());
        assertEquals(List.of(dir.resolve("helm/shop"), dir.resolve("orders/src/main/ai-security/chart")),
                HelmCharts.of(listing.chartFiles()));
        assertEquals(HelmCharts.below(dir), HelmCharts.of(listing.chartFiles()));
        assertEquals(List.of(), warnings);
    }

    @Test
    void aChartFileAtTheRootIsAChartForBoth() throws Exception {
        write("Chart.yaml");
        write("values.yaml");
        DeploymentFiles.Listing listing = DeploymentFiles.listing(dir, problem -> { });
        assertEquals(List.of(dir.resolve("values.yaml")), listing.files());
        assertEquals(HelmCharts.below(dir), HelmCharts.of(listing.chartFiles()));
        assertEquals(List.of(dir), HelmCharts.of(listing.chartFiles()));
    }

    @Test
    void theSameWalkFindsTheConnectorFilesWhereDeploymentFilesAreLookedFor() throws Exception {
        layout();
        String connector = "{\"connector.class\": \"io.debezium.connector.postgresql.PostgresConnector\"}";
        for (String file : List.of("connector.json", "connect/orders.json", "connect/sink.properties",
                ".deploy/connect.json", "helm/shop/connectors/orders.json", "a/b/c/d/e/deep.json", "a/b/c/d/e/f/deeper.json",
                "target/orders.json", "orders/src/main/resources/orders.json", "orders/src/main/ai-security/orders.json",
                ".git/orders.json", "node_modules/x/orders.json")) {
            Files.createDirectories(dir.resolve(file).getParent());
            Files.writeString(dir.resolve(file), connector);
        }
        Files.writeString(dir.resolve("connect/package.json"), "{\"name\": \"no connector\"}");
        Files.writeString(dir.resolve("connect/orders.yaml"), connector);
        DeploymentFiles.Listing listing = DeploymentFiles.listing(dir, problem -> { });
        assertEquals(List.of(dir.resolve(".deploy/connect.json"), dir.resolve("a/b/c/d/e/deep.json"),
                dir.resolve("connect/orders.json"), dir.resolve("connect/sink.properties"), dir.resolve("connector.json"),
                dir.resolve("helm/shop/connectors/orders.json")), listing.connectorFiles());
        assertEquals(listing.connectorFiles(), DeploymentEnvironment.inputs(dir).connectorFiles());
        assertEquals(HelmCharts.below(dir), DeploymentEnvironment.inputs(dir).charts());
        assertEquals(DeploymentEnvironment.files(dir), DeploymentEnvironment.inputs(dir).files());
    }
}
