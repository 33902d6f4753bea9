package io.aiplatform.security.core.graph;

import static io.aiplatform.security.core.Fixtures.dep;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aiplatform.security.core.Fixtures;
import io.aiplatform.security.core.derive.ConfigValue;
import io.aiplatform.security.core.derive.EndpointBuiltClients;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * From Spring Boot 3.2 the OTLP span exporter of opentelemetry-exporter-otlp is auto-configured only when
 * management.otlp.tracing.endpoint has a value: a service that carries the library and sets no endpoint (not in its
 * files, not in its Compose environment) exports nothing and is no edge to the platform's OTLP collector; an endpoint
 * set anywhere, an earlier or unknown Spring Boot version, or the OpenTelemetry Spring Boot starter keep the edge.
 */
class EndpointBuiltClientsTest {

    private static final String HTTP = "ports: [{name: http, port: 8080}]\n";
    private static final String COLLECTOR = "role: monitoring\nports: [{name: otlp-grpc, port: 4317}, {name: otlp-http,"
            + " port: 4318}]\nprovides: [otlp]\n";
    private static final String EXPORTER = "io.opentelemetry:opentelemetry-exporter-otlp";
    private static final String EXPLAINED = "shop -/-> otlp (io.opentelemetry:opentelemetry-exporter-otlp): not a"
            + " connection: Spring Boot 3.3.6 builds io.opentelemetry:opentelemetry-exporter-otlp's client only when"
            + " management.otlp.tracing.endpoint or management.otlp.logging.endpoint is set, and the configuration (its"
            + " files, its deployment's environment) sets none [shop/pom.xml]";

    @TempDir
    Path dir;

    private SourceRun run(FrameworkVersions versions, String... libraries) throws Exception {
        List<ModuleDependency> deps = new ArrayList<>();
        deps.add(dep("org.springframework.boot:spring-boot-starter-actuator"));
        deps.add(dep("io.micrometer:micrometer-tracing-bridge-otel"));
        deps.add(dep(EXPORTER));
        for (String l : libraries) {
            deps.add(dep(l));
        }
        Fixtures f = new Fixtures(dir).service("collector", COLLECTOR)
                .service("shop", HTTP, deps.toArray(ModuleDependency[]::new));
        return SourceRun.of(dir, SourceRun.withFrameworks(f.modules(), "shop", versions), new ConfiguredHosts(), new PomDependencies());
    }

    @Test
    void springBoot32AndLaterWithoutAnEndpointExportNothing() throws Exception {
        SourceRun run = run(FrameworkVersions.springBoot("3.3.6"));
        assertEquals(Map.of(), run.edges());
        assertEquals(List.of(EXPLAINED), run.omissions().stream().filter(o -> o.product().equals("otlp"))
                .map(Omission::describe).toList());
        assertEquals(List.of(), run.warnings());
    }

    @Test
    void anEndpointInTheFilesIsTheEdgeOnItsPort() throws Exception {
        SourceRun.write(dir, "shop/src/main/resources/application.yml",
                "management:\n  otlp:\n    tracing:\n      endpoint: http://collector:4318/v1/traces\n");
        SourceRun run = run(FrameworkVersions.springBoot("3.3.6"));
        assertEquals(Map.of("shop->collector", List.of(4318)), run.ports());
        assertTrue(run.omissions().stream().noneMatch(o -> o.describe().contains("builds")), run.omissions().toString());
    }

    @Test
    void anEndpointInTheComposeEnvironmentCountsByItsVariableName() throws Exception {
        SourceRun.write(dir, "docker-compose.yml", """
                services:
                  shop:
                    build: ./shop
                    environment:
                      MANAGEMENT_OTLP_TRACING_ENDPOINT: http://collector:4318/v1/traces
                  collector:
                    image: otel/opentelemetry-collector-contrib
                """);
        SourceRun run = run(FrameworkVersions.springBoot("3.3.6"));
        assertEquals(Map.of("shop->collector", List.of(4318)), run.ports());
    }

    @Test
    void anEarlierOrUnknownVersionAndTheOpenTelemetryStarterKeepTheLibraryEdge() throws Exception {
        assertEquals(Map.of("shop->collector", List.of(4317)), run(FrameworkVersions.springBoot("3.1.5")).ports());
        assertEquals(Map.of("shop->collector", List.of(4317)), run(FrameworkVersions.UNKNOWN).ports());
        assertEquals(Map.of("shop->collector", List.of(4317)), run(FrameworkVersions.springBoot("3.3.6"),
                "io.opentelemetry.instrumentation:opentelemetry-spring-boot-starter").ports());
    }

    @Test
    void theCatalogNamesTheExporterAndItsRange() {
        List<ConfigValue> none = List.of();
        assertTrue(EndpointBuiltClients.unbuilt("spring-boot", "3.2.0", EXPORTER, Set.of(), none).isPresent());
        assertEquals(Optional.empty(), EndpointBuiltClients.unbuilt("spring-boot", "4.0.0", EXPORTER, Set.of(), none),
                "Spring Boot 4 is not listed");
        assertEquals(Optional.empty(), EndpointBuiltClients.unbuilt("spring-boot", "3.3.6",
                "io.micrometer:micrometer-registry-otlp", Set.of(), none), "the metrics registry is not listed");
        assertEquals(Optional.empty(), EndpointBuiltClients.unbuilt("spring-boot", "3.4.1", EXPORTER, Set.of(),
                List.of(new ConfigValue("management.otlp.logging.endpoint", "http://collector:4318/v1/logs",
                        Path.of("application.properties"), 3))), "the log exporter's endpoint builds the client");
    }
}
