package io.aiplatform.security.core.graph;

import static io.aiplatform.security.core.Fixtures.dep;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.aiplatform.security.core.Fixtures;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A module deployed under another of its names: Compose runs it as its service name, Kubernetes as its artifactId;
 * the Kubernetes Service that selects that Deployment names the service too.
 */
class KubernetesHostNamesTest {

    private static final String CLIENT = "org.springframework.cloud:spring-cloud-starter-netflix-eureka-client";

    @TempDir
    Path dir;

    @Test
    void theServiceSelectingTheModulesWorkloadIsAHostNameOfTheService() throws Exception {
        SourceRun.write(dir, "docker-compose.yml", "services:\n  naming-server:\n    image: registry:1\n"
                + "    environment:\n      SERVER_PORT: 8761\n");
        SourceRun.write(dir, "k8s/registry.yaml", """
                apiVersion: v1
                kind: Service
                metadata:
                  name: discovery
                spec:
                  ports: [{port: 8761, targetPort: 8761}]
                  selector: {app: service-registry}
                ---
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: service-registry
                spec:
                  template:
                    metadata:
                      labels: {app: service-registry}
                    spec:
                      containers:
                        - name: registry
                          image: registry:1
                          env: [{name: APP_ORDERS_URL, value: "http://orders:8080"}]
                """);
        SourceRun.write(dir, "orders/src/main/resources/application.properties",
                "eureka.client.service-url.default-zone=http://discovery:8761/eureka/\n");
        SourceRun run = run();
        assertEquals(List.of("orders/src/main/resources/application.properties:1 eureka.client.service-url.default-zone"
                + " names discovery (k8s/registry.yaml:4 Service discovery selects the pods of Deployment service-registry,"
                + " which runs module service-registry)"), run.edges().get("orders->naming-server"));
        assertEquals(List.of(), run.warnings());
        assertEquals(List.of(), run.notices(), "Deployment service-registry runs naming-server");
    }

    @Test
    void withoutADeploymentOfTheModuleTheServiceNamesNothing() throws Exception {
        SourceRun.write(dir, "k8s/registry.yaml", "apiVersion: v1\nkind: Service\nmetadata:\n  name: discovery\n"
                + "spec:\n  ports: [{port: 8761}]\n  selector: {app: other}\n");
        SourceRun.write(dir, "orders/src/main/resources/application.properties",
                "eureka.client.service-url.default-zone=http://discovery:8761/eureka/\n");
        SourceRun run = run();
        assertEquals(List.of(), List.copyOf(run.edges().keySet()));
        assertEquals(1, run.warnings().stream().filter(w -> w.contains("names host 'discovery', which is no service"))
                .count(), run.warnings().toString());
    }

    @Test
    void aServiceSelectingTheWorkloadOfTheServicesOwnNameIsAHostNameToo() throws Exception {
        SourceRun.write(dir, "jaeger/all-in-one.yml", """
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: jaeger
                spec:
                  template:
                    metadata:
                      labels: {app.kubernetes.io/name: jaeger}
                    spec:
                      containers: [{name: jaeger, image: jaegertracing/all-in-one}]
                ---
                apiVersion: v1
                kind: Service
                metadata:
                  name: jaeger-agent
                spec:
                  clusterIP: None
                  ports: [{name: agent-compact, port: 6831, protocol: UDP, targetPort: 6831}]
                  selector: {app.kubernetes.io/name: jaeger}
                """);
        SourceRun.write(dir, "orders/src/main/resources/application.properties", "orders.tracing.agent.host=jaeger-agent\n"
                + "orders.tracing.agent.port=6831\n");
        SourceRun run = SourceRun.of(dir, new Fixtures(dir)
                .platformFile("services:\n  - name: jaeger\n    ports: [{name: agent-compact, port: 6831, protocol: UDP}]\n")
                .service("orders", "ports: [{name: http, port: 8080}]\n").modules(), new ConfiguredHosts());
        assertEquals(List.of("orders/src/main/resources/application.properties:1 orders.tracing.agent.host names"
                + " jaeger-agent (jaeger/all-in-one.yml:15 Service jaeger-agent selects the pods of Deployment jaeger,"
                + " which runs jaeger)"), run.edges().get("orders->jaeger"));
        assertEquals(List.of(), run.warnings());
    }

    private SourceRun run() throws Exception {
        return SourceRun.of(dir, new Fixtures(dir)
                .service("service-registry", "name: naming-server\nports: [{name: http, port: 8761}]\n")
                .service("orders", "ports: [{name: http, port: 8080}]\n", dep(CLIENT)).modules(),
                new ConfiguredHosts());
    }
}
