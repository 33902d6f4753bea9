package io.aiplatform.security.core.graph;

import static io.aiplatform.security.core.Fixtures.dep;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.aiplatform.security.core.Fixtures;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A client its configuration switches off (Spring Boot's tracing off: no Zipkin exporter) opens no connection. */
class ClientSwitchesTest {

    private static final String HTTP = "ports: [{name: http, port: 8080}]\n";
    private static final String TEMPO = "role: monitoring\nports: [{name: http, port: 3200}, {name: zipkin, port: 9411}]\n"
            + "provides: [zipkin]\n";
    private static final String ENDPOINT = "management.zipkin.tracing.endpoint=http://tempo:9411/api/v2/spans\n";

    @TempDir
    Path dir;

    @Test
    void tracingSwitchedOffIsNoEdgeFromTheLibraryNorFromTheEndpoint() throws Exception {
        SourceRun.write(dir, "web/src/main/resources/application.properties",
                ENDPOINT + "management.tracing.enabled=false\n");
        SourceRun run = run();
        assertEquals(Map.of(), run.edges());
        assertEquals(List.of("web -/-> tempo (management.zipkin.tracing.endpoint): not a connection:"
                        + " web/src/main/resources/application.properties:2 management.tracing.enabled is false, which"
                        + " switches its client off [web/src/main/resources/application.properties:1]",
                "web -/-> zipkin (io.opentelemetry:opentelemetry-exporter-zipkin): its configuration switches the zipkin"
                        + " client off: web/src/main/resources/application.properties:2 management.tracing.enabled is"
                        + " false [web/pom.xml]"),
                run.omissions().stream().filter(o -> !o.product().equals("(scraped)")).map(Omission::describe).toList());
        assertEquals(List.of(), run.warnings());
    }

    @Test
    void theDeploymentsEnvironmentSwitchesItOffOverTheFiles() throws Exception {
        SourceRun.write(dir, "web/src/main/resources/application.properties",
                ENDPOINT + "management.tracing.enabled=true\n");
        SourceRun.write(dir, "docker-compose.yml", "services:\n  web:\n    build: ./web\n    environment:\n"
                + "      - MANAGEMENT_TRACING_ENABLED=false\n");
        assertEquals(Map.of(), run().edges());
    }

    @Test
    void tracingOnOrNotSetKeepsTheEdge() throws Exception {
        SourceRun.write(dir, "web/src/main/resources/application.properties",
                ENDPOINT + "management.tracing.enabled=true\n");
        assertEquals(Map.of("web->tempo", List.of(9411)), run().ports());
        SourceRun.write(dir, "web/src/main/resources/application.properties", ENDPOINT);
        assertEquals(Map.of("web->tempo", List.of(9411)), run().ports());
    }

    private SourceRun run() throws Exception {
        return SourceRun.of(dir, new Fixtures(dir).service("tempo", TEMPO).service("web", HTTP,
                dep("org.springframework.boot:spring-boot-starter-actuator"),
                dep("io.micrometer:micrometer-tracing-bridge-otel"),
                dep("io.opentelemetry:opentelemetry-exporter-zipkin")).modules(),
                new ConfiguredHosts(), new PomDependencies());
    }
}
