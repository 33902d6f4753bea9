package io.aiplatform.security.core.graph;

import static io.aiplatform.security.core.Fixtures.dep;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.aiplatform.security.core.Fixtures;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The keys that locate a tracing exporter's server ({@code config-keys.txt}) narrow the library's edge to the port the
 * configuration gives: Spring Boot 4's {@code management.opentelemetry.*} and Micronaut's {@code tracing.zipkin.*}.
 */
class ConfiguredExporterPortTest {

    private static final String HTTP = "ports: [{name: http, port: 8080}]\n";
    private static final String COLLECTOR = "role: monitoring\nports: [{name: otlp-grpc, port: 4317},"
            + " {name: otlp-http, port: 4318}]\nprovides: [otlp]\n";

    @TempDir
    Path dir;

    @Test
    void springBoot4sOpenTelemetryEndpointIsTheOnlyPortOfTheStartersEdge() throws Exception {
        SourceRun.write(dir, "web/src/main/resources/application.yml", """
                management:
                  opentelemetry:
                    tracing:
                      export:
                        otlp:
                          endpoint: http://alloy:4318/v1/traces
                """);
        SourceRun run = SourceRun.of(dir, new Fixtures(dir).service("alloy", COLLECTOR)
                .service("web", HTTP, dep("org.springframework.boot:spring-boot-starter-opentelemetry")).modules(),
                new ConfiguredHosts(), new PomDependencies());
        assertEquals(Map.of("web->alloy", List.of(4318)), run.ports(), "not the collector's gRPC port 4317 as well");
    }
}
