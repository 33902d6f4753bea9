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
 * A key under a framework namespace that holds only the framework's own settings (Spring Boot's
 * {@code management.tracing.*}) names no peer the framework connects to, whatever its value: Spring Boot 3's Zipkin
 * endpoint is {@code management.zipkin.tracing.endpoint}, Spring Boot 4's {@code management.tracing.export.zipkin.endpoint}.
 */
class FrameworkSettingsKeysTest {

    private static final String HTTP = "ports: [{name: http, port: 8080}]\n";
    private static final String ZIPKIN = "role: monitoring\nports: [{name: http, port: 9411}]\nprovides: [zipkin]\n";
    private static final String COMPOSE = "services:\n  web:\n    build: ./web\n  zipkin:\n    image: openzipkin/zipkin\n";
    private static final String CONFIG = "web/src/main/resources/application.yml";

    @TempDir
    Path dir;

    @Test
    void anEndpointUnderManagementTracingIsReadByNothingAndTheReporterKeepsItsDefault() throws Exception {
        SourceRun.write(dir, CONFIG, "management:\n  tracing:\n    sampling:\n      probability: 1.0\n"
                + "    zipkin:\n      tracing:\n        endpoint: http://zipkin:9411/api/v2/spans\n");
        SourceRun.write(dir, "docker-compose.yml", COMPOSE);
        SourceRun run = run();
        assertEquals(Map.of(), run.edges());
        assertEquals(List.of("web -/-> zipkin (management.tracing.zipkin.tracing.endpoint): not a connection: the"
                        + " framework reads no address under management.tracing.*, only its own settings"
                        + " [web/src/main/resources/application.yml:7]"),
                run.omissions().stream().filter(o -> !o.product().equals("(scraped)")).map(Omission::describe).toList());
        assertEquals(1, run.warnings().size(), run.warnings().toString());
        assertEquals(true, run.warnings().get(0).contains("io.zipkin.reporter2:zipkin-reporter-brave, a client of"
                + " 'zipkin', connects to Spring Boot's default localhost:9411"), run.warnings().toString());
    }

    @Test
    void springBoot4sExportEndpointLocatesZipkin() throws Exception {
        SourceRun.write(dir, CONFIG, "management.tracing.export.zipkin.endpoint: http://zipkin:9411/api/v2/spans\n");
        SourceRun.write(dir, "docker-compose.yml", COMPOSE);
        SourceRun run = run();
        assertEquals(Map.of("web->zipkin", List.of(9411)), run.ports());
        assertEquals(true, run.edges().get("web->zipkin").stream().anyMatch(r -> r.equals(
                "web/src/main/resources/application.yml:1 management.tracing.export.zipkin.endpoint names zipkin")),
                run.edges().toString());
        assertEquals(List.of(), run.warnings());
    }

    @Test
    void springBoot4sExporterSwitchTurnsTheClientOff() throws Exception {
        SourceRun.write(dir, CONFIG, "management.tracing.export.zipkin.endpoint: http://zipkin:9411/api/v2/spans\n"
                + "management.tracing.export.zipkin.enabled: false\n");
        SourceRun.write(dir, "docker-compose.yml", COMPOSE);
        assertEquals(Map.of(), run().edges());
    }

    @Test
    void springBoot3sEndpointStillLocatesZipkin() throws Exception {
        SourceRun.write(dir, CONFIG, "management.zipkin.tracing.endpoint: http://zipkin:9411/api/v2/spans\n"
                + "management.tracing.sampling.probability: 1.0\n");
        SourceRun.write(dir, "docker-compose.yml", COMPOSE);
        assertEquals(Map.of("web->zipkin", List.of(9411)), run().ports());
    }

    private SourceRun run() throws Exception {
        return SourceRun.of(dir, new Fixtures(dir).service("zipkin", ZIPKIN).service("web", HTTP,
                dep("org.springframework.boot:spring-boot-starter-actuator"),
                dep("io.micrometer:micrometer-tracing-bridge-brave"),
                dep("io.zipkin.reporter2:zipkin-reporter-brave")).modules(),
                new ConfiguredHosts(), new PomDependencies());
    }
}
