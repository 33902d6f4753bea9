package io.aiplatform.security.core.graph;

import static io.aiplatform.security.core.Fixtures.dep;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aiplatform.security.core.Fixtures;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Spring Boot 4.0 renamed the Zipkin exporter's management.zipkin.tracing.* to management.tracing.export.zipkin.*
 * (spring-boot#47958): a Boot 4 service reaches what the new key names, a Boot 3 one what the old key names, and one
 * of unknown version both, as before.
 */
class ZipkinKeyVersionsTest {

    private static final String HTTP = "ports: [{name: http, port: 8080}]\n";

    @TempDir
    Path dir;

    @BeforeEach
    void compose() throws Exception {
        SourceRun.composeEnvironment(dir, "cart", "MANAGEMENT_ZIPKIN_TRACING_ENDPOINT: http://old-zipkin:9411/api/v2/spans",
                "MANAGEMENT_TRACING_EXPORT_ZIPKIN_ENDPOINT: http://new-zipkin:9411/api/v2/spans");
    }

    private SourceRun run(FrameworkVersions versions) throws Exception {
        Fixtures f = new Fixtures(dir).service("cart", HTTP, dep("org.springframework.boot:spring-boot-starter-web"),
                dep("org.springframework.boot:spring-boot-starter-actuator"),
                dep("io.zipkin.reporter2:zipkin-reporter-brave"))
                .service("old-zipkin", "ports: [{port: 9411}]\n").service("new-zipkin", "ports: [{port: 9411}]\n");
        return SourceRun.of(dir, SourceRun.withFrameworks(f.modules(), "cart", versions), new ConfiguredHosts());
    }

    @Test
    void springBoot4ReadsOnlyTheNewKey() throws Exception {
        SourceRun run = run(FrameworkVersions.springBoot("4.0.1"));
        assertEquals(List.of("cart->new-zipkin"), List.copyOf(run.edges().keySet()));
        assertTrue(run.omissions().stream().anyMatch(o -> o.describe().equals("cart -/-> old-zipkin"
                + " (management.zipkin.tracing.endpoint): not a connection: management.zipkin.tracing.endpoint is not"
                + " read by Spring Boot 4.0.1 (management.zipkin.* became management.tracing.export.zipkin.* in 4.0)"
                + " [docker-compose.yml:4]")), run.omissions().toString());
    }

    @Test
    void springBoot3ReadsOnlyTheOldKey() throws Exception {
        SourceRun run = run(FrameworkVersions.springBoot("3.5.0"));
        assertEquals(List.of("cart->old-zipkin"), List.copyOf(run.edges().keySet()));
        assertTrue(run.omissions().stream().anyMatch(o -> o.describe().contains("management.tracing.export.zipkin"
                + ".endpoint is not read by Spring Boot 3.5.0 (management.tracing.export.zipkin.* is read from 4.0 on;"
                + " before, management.zipkin.tracing.*)")), run.omissions().toString());
    }

    @Test
    void anUnknownVersionReadsBothAsBefore() throws Exception {
        assertEquals(List.of("cart->new-zipkin", "cart->old-zipkin"),
                List.copyOf(run(FrameworkVersions.UNKNOWN).edges().keySet()));
    }
}
