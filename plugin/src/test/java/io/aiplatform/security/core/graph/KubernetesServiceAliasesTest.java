package io.aiplatform.security.core.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aiplatform.security.core.Fixtures;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A Kubernetes Service named otherwise than the service whose workload's pods it selects is a host name of that service. */
class KubernetesServiceAliasesTest {

    private static final String MANIFESTS = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: config-server-app
            spec:
              template:
                metadata:
                  labels: {app: config-server-app, tier: backend}
                spec:
                  containers:
                    - name: config-server-app
                      image: shop/configserver
            ---
            apiVersion: v1
            kind: Service
            metadata:
              name: config-server-svc
            spec:
              selector: {app: config-server-app}
              ports: [{port: 80, targetPort: 9296}]
            ---
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: orders
            spec:
              template:
                metadata:
                  labels: {app: orders, tier: backend}
                spec:
                  containers:
                    - name: orders
                      image: shop/orders
                      env:
                        - {name: CONFIG_SERVER_URL, value: "http://config-server-svc"}
                        - {name: BACKEND_URL, value: "http://backend:8080"}
            ---
            apiVersion: v1
            kind: Service
            metadata:
              name: backend
            spec:
              selector: {tier: backend}
              ports: [{port: 8080}]
            """;

    @TempDir
    Path dir;

    @Test
    void theServiceSelectingTheWorkloadOfAServiceByItsOwnNameNamesIt() throws Exception {
        SourceRun.write(dir, "k8s/shop.yaml", MANIFESTS);
        SourceRun.write(dir, "orders/src/main/resources/application.yaml",
                "spring:\n  config:\n    import: configserver:${CONFIG_SERVER_URL:http://localhost:9296}\n"
                        + "backend:\n  url: ${BACKEND_URL:http://localhost:8080}\n");
        SourceRun run = SourceRun.of(dir, new Fixtures(dir)
                .service("configserver", "name: config-server-app\nports: [{name: http, port: 9296}]\n")
                .service("orders", "ports: [{name: http, port: 8080}]\n").modules(), new ConfiguredHosts());
        assertEquals(List.of("orders->config-server-app"), List.copyOf(run.edges().keySet()));
        String evidence = run.edges().get("orders->config-server-app").get(0);
        assertTrue(evidence.contains("names config-server-svc (k8s/shop.yaml:17 Service config-server-svc selects the pods"
                + " of Deployment config-server-app, which runs config-server-app)"), evidence);
        assertEquals(List.of(9296), run.ports().get("orders->config-server-app"));
        assertTrue(run.warnings().stream().noneMatch(w -> w.contains("config-server-svc")), run.warnings().toString());
        assertTrue(run.warnings().stream().anyMatch(w -> w.contains("the Kubernetes Service backend selects the pods of"
                + " services config-server-app, orders")), run.warnings().toString());
    }
}
