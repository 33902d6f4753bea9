package io.aiplatform.security.core.graph;

import static io.aiplatform.security.core.Fixtures.dep;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.aiplatform.security.core.Fixtures;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The OpenTelemetry Java agent's OTLP endpoint variables are client URLs only in a container that loads the agent. */
class OpenTelemetryAgentEndpointsTest {

    private static final String AGENT = "-javaagent:/workspace/agent/opentelemetry-javaagent.jar -Xmx400m";

    @TempDir
    Path dir;

    @Test
    void theAgentsEndpointVariableIsAClientUrl() throws Exception {
        SourceRun.write(dir, "docker-compose.yml", "services:\n  orders:\n    environment:\n"
                + "      - OTEL_EXPORTER_OTLP_ENDPOINT=http://collector:4318\n"
                + "      - JAVA_TOOL_OPTIONS=" + AGENT + "\n"
                + "  billing:\n    environment:\n"
                + "      OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: http://collector:4317\n"
                + "      JAVA_OPTS: -Dotel.exporter.otlp.metrics.endpoint=http://collector:4318/v1/metrics " + AGENT + "\n");
        SourceRun run = run();
        assertEquals(Map.of("billing->collector", List.of(4317, 4318), "orders->collector", List.of(4318)), run.ports());
        assertEquals(List.of("docker-compose.yml:4 OTEL_EXPORTER_OTLP_ENDPOINT (OpenTelemetry Java agent, loaded by"
                + " docker-compose.yml:5 JAVA_TOOL_OPTIONS) names collector"), run.edges().get("orders->collector"));
        assertEquals(List.of("docker-compose.yml:8 OTEL_EXPORTER_OTLP_TRACES_ENDPOINT (OpenTelemetry Java agent, loaded by"
                + " docker-compose.yml:9 JAVA_OPTS) names collector", "docker-compose.yml:9 JAVA_OPTS"
                + " -Dotel.exporter.otlp.*endpoint (OpenTelemetry Java agent, loaded by docker-compose.yml:9 JAVA_OPTS)"
                + " names collector"), run.edges().get("billing->collector"));
    }

    @Test
    void theDockerfileOfTheBuildMayLoadTheAgent() throws Exception {
        SourceRun.write(dir, "orders/Dockerfile", "FROM eclipse-temurin:21\nCOPY agent.jar /otel/opentelemetry-javaagent.jar\n"
                + "ENTRYPOINT [\"java\", \"-javaagent:/otel/opentelemetry-javaagent.jar\", \"-jar\", \"/app.jar\"]\n");
        SourceRun.write(dir, "docker-compose.yml", "services:\n  orders:\n    build: ./orders\n    environment:\n"
                + "      OTEL_EXPORTER_OTLP_ENDPOINT: http://collector:4318\n");
        assertEquals(List.of("docker-compose.yml:5 OTEL_EXPORTER_OTLP_ENDPOINT (OpenTelemetry Java agent, loaded by"
                + " orders/Dockerfile:3) names collector"), run().edges().get("orders->collector"));
    }

    @Test
    void aKubernetesWorkloadTakesTheAgentAndItsEndpointFromAConfigMap() throws Exception {
        writeWorkload("/app/libs/opentelemetry-javaagent-1.32.0.jar");
        SourceRun run = run();
        assertEquals(Map.of("orders->collector", List.of(4317)), run.ports());
        String via = " (Deployment orders-deployment runs orders: Service orders selects its pods)";
        assertEquals(List.of("k8s/orders.yml:6 ConfigMap shared key OTEL_EXPORTER_OTLP_ENDPOINT" + via
                + " (OpenTelemetry Java agent, loaded by k8s/orders.yml:5 ConfigMap shared key JAVA_TOOL_OPTIONS" + via
                + ") names collector"), run.edges().get("orders->collector"));
    }

    @Test
    void aKubernetesWorkloadWithoutTheAgentReadsNoEndpointFromAConfigMap() throws Exception {
        writeWorkload("/app/libs/other-agent.jar");
        assertEquals(Map.of(), run().edges());
    }

    private void writeWorkload(String agentJar) throws Exception {
        SourceRun.write(dir, "k8s/orders.yml", """
                apiVersion: v1
                kind: ConfigMap
                metadata: {name: shared}
                data:
                  JAVA_TOOL_OPTIONS: "-javaagent:AGENT"
                  OTEL_EXPORTER_OTLP_ENDPOINT: http://collector:4317
                ---
                apiVersion: v1
                kind: Service
                metadata: {name: orders}
                spec:
                  selector: {app: orders}
                  ports: [{port: 8080}]
                ---
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: orders-deployment}
                spec:
                  template:
                    metadata: {labels: {app: orders}}
                    spec:
                      containers:
                        - name: orders
                          env:
                            - name: JAVA_TOOL_OPTIONS
                              valueFrom: {configMapKeyRef: {name: shared, key: JAVA_TOOL_OPTIONS}}
                            - name: OTEL_EXPORTER_OTLP_ENDPOINT
                              valueFrom: {configMapKeyRef: {name: shared, key: OTEL_EXPORTER_OTLP_ENDPOINT}}
                """.replace("AGENT", agentJar));
    }

    @Test
    void withoutTheAgentTheVariablesAreReadByNothing() throws Exception {
        SourceRun.write(dir, "docker-compose.yml", "services:\n  orders:\n    environment:\n"
                + "      - OTEL_EXPORTER_OTLP_ENDPOINT=http://collector:4318\n"
                + "      - JAVA_TOOL_OPTIONS=-javaagent:/workspace/agent/other-agent.jar\n");
        assertEquals(Map.of(), run().edges());
    }

    private SourceRun run() throws Exception {
        return SourceRun.of(dir, new Fixtures(dir)
                .service("orders", "ports: [{name: http, port: 8080}]\n", dep("org.springframework.boot:spring-boot-starter-web"))
                .service("billing", "ports: [{name: http, port: 8080}]\n", dep("org.springframework.boot:spring-boot-starter-web"))
                .service("collector", "ports: [{name: grpc, port: 4317}, {name: http, port: 4318}]\n").modules(),
                new ConfiguredHosts(), new OpenTelemetryAgentEndpoints());
    }
}
