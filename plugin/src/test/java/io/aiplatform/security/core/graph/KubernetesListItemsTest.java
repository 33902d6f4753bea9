package io.aiplatform.security.core.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.aiplatform.security.core.Fixtures;
import io.aiplatform.security.core.derive.ConfigValue;
import io.aiplatform.security.core.derive.KubernetesListItems;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The objects of a Kubernetes list ({@code kind: List}, {@code ServiceList}) are read like documents of their own. */
class KubernetesListItemsTest {

    @TempDir
    Path dir;

    private SourceRun run() throws Exception {
        SourceRun.write(dir, "web/src/main/resources/application.properties", "reports.url=${REPORTS_URL:http://localhost}\n");
        return SourceRun.of(dir, new Fixtures(dir).service("web", "ports: [{name: http, port: 8080}]\n")
                .service("jsreport", "ports: [{name: http, port: 5488}]\n").modules(), new ConfiguredHosts());
    }

    @Test
    void aServiceAndADeploymentInAListAreReadWithTheirOwnLines() throws Exception {
        SourceRun.write(dir, "deploy/all.yml", """
                apiVersion: v1
                kind: List
                items:
                  - apiVersion: v1
                    kind: Service
                    metadata: {name: jsreport}
                    spec:
                      selector: {app: jsreport}
                      ports:
                        - {name: http, port: 80, targetPort: 5488}
                  - apiVersion: apps/v1
                    kind: Deployment
                    metadata: {name: web}
                    spec:
                      template:
                        spec:
                          containers:
                            - name: web
                              env:
                                - {name: REPORTS_URL, value: "http://jsreport:80/api"}
                """);
        SourceRun run = run();
        assertEquals(Map.of("web->jsreport", List.of(5488)), run.ports());
        assertEquals(List.of("deploy/all.yml:20 reports.url names jsreport; Service jsreport"
                + " (deploy/all.yml:10) maps port 80 to targetPort 5488"), run.edges().get("web->jsreport"));
        assertEquals(List.of(), run.warnings());
    }

    @Test
    void theItemsOfATypedListTakeItsKind() throws Exception {
        SourceRun.write(dir, "deploy/services.yml", """
                apiVersion: v1
                kind: ServiceList
                items:
                  - metadata: {name: jsreport}
                    spec:
                      ports:
                        - {port: 80, targetPort: 5488}
                """);
        SourceRun.write(dir, "web/src/main/resources/application.properties", "reports.url=http://jsreport:80/api\n");
        SourceRun run = SourceRun.of(dir, new Fixtures(dir).service("web", "ports: [{name: http, port: 8080}]\n")
                .service("jsreport", "ports: [{name: http, port: 5488}]\n").modules(), new ConfiguredHosts());
        assertEquals(Map.of("web->jsreport", List.of(5488)), run.ports());
        assertEquals(List.of("web/src/main/resources/application.properties:1 reports.url names jsreport; Service jsreport"
                + " (deploy/services.yml:7) maps port 80 to targetPort 5488"), run.edges().get("web->jsreport"));
        assertEquals(List.of(), run.warnings());
    }

    @Test
    void aDocumentThatIsNoManifestIsLeftWhole() {
        Map<String, ConfigValue> doc = Map.of("kind", new ConfigValue("kind", "ShoppingList", null, 1),
                "items[0].name", new ConfigValue("items[0].name", "milk", null, 2));
        assertEquals(List.of(doc), KubernetesListItems.of(doc));
    }
}
