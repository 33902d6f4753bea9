package io.aiplatform.security.core.graph;

import static io.aiplatform.security.core.Fixtures.dep;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aiplatform.security.core.Fixtures;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Spring Boot's {@code management.opentelemetry.*} export keys (3.4+ logging, 4 tracing) are read by its OTLP
 * exporter: they configure a connection only when an OTLP client is on the classpath, as {@code management.otlp.*}.
 */
class OtlpExporterKeysTest {

    private static final String HTTP = "ports: [{name: http, port: 8080}]\n";
    private static final String CONFIG = """
            management:
              opentelemetry:
                tracing.export.otlp.endpoint: http://lgtm:4318/v1/traces
                logging.export.otlp.endpoint: http://lgtm:4318/v1/logs
            """;

    @TempDir
    Path dir;

    @Test
    void theKeysCountWithAnOtlpExporter() throws Exception {
        SourceRun.write(dir, "orders/src/main/resources/application.yml", CONFIG);
        SourceRun run = run(dep("org.springframework.boot:spring-boot-starter-opentelemetry"));
        assertEquals(List.of("orders->lgtm"), List.copyOf(run.edges().keySet()));
        assertEquals(List.of("orders/src/main/resources/application.yml:3 management.opentelemetry.tracing.export.otlp.endpoint"
                + " names lgtm", "orders/src/main/resources/application.yml:4"
                + " management.opentelemetry.logging.export.otlp.endpoint names lgtm"), run.edges().get("orders->lgtm"));
        assertEquals(List.of(4318), run.ports().get("orders->lgtm"));
    }

    @Test
    void theKeysAreNoEdgeWithoutOne() throws Exception {
        SourceRun.write(dir, "orders/src/main/resources/application.yml", CONFIG);
        SourceRun run = run(dep("org.springframework.boot:spring-boot-starter-web"));
        assertEquals(List.of(), List.copyOf(run.edges().keySet()));
        assertTrue(run.omissions().stream().anyMatch(o -> o.describe().startsWith("orders -/-> lgtm"
                + " (management.opentelemetry.tracing.export.otlp.endpoint): not a connection: no library on the classpath"
                + " of orders reads management.opentelemetry.*")), run.omissions().toString());
    }

    private SourceRun run(io.aiplatform.security.core.graph.ModuleDependency dep) throws Exception {
        return SourceRun.of(dir, new Fixtures(dir).service("orders", HTTP, dep)
                .service("lgtm", "ports: [{name: grafana, port: 3000}, {name: otlp-http, port: 4318}]\n").modules(),
                new ConfiguredHosts());
    }
}
