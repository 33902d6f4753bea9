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
 * OpenTelemetry's SDK autoconfiguration creates no exporter while {@code otel.sdk.disabled} is true (Micronaut Tracing
 * builds its SDK with it; Quarkus reads {@code quarkus.otel.sdk.disabled}): neither the OTLP exporter library nor
 * {@code otel.exporter.otlp.endpoint} is a connection, nor a warning.
 */
class OpenTelemetrySdkSwitchTest {

    private static final String HTTP = "ports: [{name: http, port: 8080}]\n";
    private static final String COLLECTOR = "role: monitoring\nports: [{name: otlp-grpc, port: 4317}]\nprovides: [otlp]\n";
    private static final String CONFIG = "otel:\n  exporter:\n    otlp:\n      endpoint: http://%s:4317\n";

    @TempDir
    Path dir;

    @Test
    void aDisabledSdkIsNoEdgeAndNoWarning() throws Exception {
        SourceRun.write(dir, "carts/src/main/resources/application.yml",
                CONFIG.formatted("jaeger-collector") + "  sdk:\n    disabled: true\n");
        SourceRun run = run(false);
        assertEquals(Map.of(), run.edges());
        assertEquals(List.of(), run.warnings());
        assertEquals(List.of("carts -/-> jaeger-collector (otel.exporter.otlp.endpoint): not a connection:"
                        + " carts/src/main/resources/application.yml:6 otel.sdk.disabled is true, which switches its client"
                        + " off [carts/src/main/resources/application.yml:4]",
                "carts -/-> otlp (io.opentelemetry:opentelemetry-exporter-otlp): its configuration switches the otlp"
                        + " client off: carts/src/main/resources/application.yml:6 otel.sdk.disabled is true [carts/pom.xml]"),
                run.omissions().stream().filter(o -> !o.product().equals("(scraped)")).map(Omission::describe).toList());
    }

    @Test
    void anEnabledSdkKeepsTheWarningAndTheEdge() throws Exception {
        SourceRun.write(dir, "carts/src/main/resources/application.yml",
                CONFIG.formatted("jaeger-collector") + "  sdk:\n    disabled: false\n");
        SourceRun run = run(false);
        assertEquals(1, run.warnings().stream().filter(w -> w.contains("names host 'jaeger-collector'")).count(),
                run.warnings().toString());
        SourceRun.write(dir, "carts/src/main/resources/application.yml", CONFIG.formatted("collector"));
        assertEquals(Map.of("carts->collector", List.of(4317)), run(true).ports());
    }

    @Test
    void micronautsOwnSwitchTurnsTheIntegrationOff() throws Exception {
        SourceRun.write(dir, "carts/src/main/resources/application.yml",
                CONFIG.formatted("collector") + "micronaut:\n  otel:\n    enabled: false\n");
        assertEquals(Map.of(), run(true).edges());
    }

    private SourceRun run(boolean collector) throws Exception {
        Fixtures f = new Fixtures(dir).service("carts", HTTP, dep("io.micronaut:micronaut-http-server-netty"),
                dep("io.micronaut.tracing:micronaut-tracing-opentelemetry-http"),
                dep("io.opentelemetry:opentelemetry-exporter-otlp"));
        if (collector) {
            f = f.service("collector", COLLECTOR);
        }
        return SourceRun.of(dir, f.modules(), new ConfiguredHosts(), new PomDependencies());
    }
}
