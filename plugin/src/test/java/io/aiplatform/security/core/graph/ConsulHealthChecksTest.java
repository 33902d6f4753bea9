package io.aiplatform.security.core.graph;

import static io.aiplatform.security.core.Fixtures.dep;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.aiplatform.security.core.Fixtures;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A service that registers in Consul with an HTTP check is polled by Consul: Micronaut's discovery client with
 * consul.client.registration.check.http, Spring Cloud Consul by default; a TTL check or no registration is no edge.
 */
class ConsulHealthChecksTest {

    private static final String HTTP = "ports: [{name: http, port: 8080}]\n";
    private static final String MICRONAUT = "io.micronaut:micronaut-discovery-client";
    private static final String SPRING = "org.springframework.cloud:spring-cloud-starter-consul-discovery";

    @TempDir
    Path dir;

    @Test
    void consulPollsTheServicesThatRegisterAnHttpCheck() throws Exception {
        String zone = "consul:\n  client:\n    default-zone: consul:8500\n";
        SourceRun.write(dir, "polled/src/main/resources/application.yml", zone
                + "    registration:\n      check:\n        http: true\n");
        SourceRun.write(dir, "ttl/src/main/resources/application.yml", zone);
        SourceRun.write(dir, "unregistered/src/main/resources/application.yml", zone
                + "    registration:\n      enabled: false\n      check:\n        http: true\n");
        SourceRun.write(dir, "boot/src/main/resources/application.yml", "spring.cloud.consul.host: consul\n");
        SourceRun.write(dir, "heartbeat/src/main/resources/application.yml",
                "spring.cloud.consul.host: consul\nspring.cloud.consul.discovery.heartbeat.enabled: true\n");
        SourceRun run = SourceRun.of(dir, new Fixtures(dir)
                .service("consul", "role: registry\nports: [{name: http, port: 8500}]\nprovides: [consul]\n")
                .service("polled", HTTP, dep(MICRONAUT)).service("ttl", HTTP, dep(MICRONAUT))
                .service("unregistered", HTTP, dep(MICRONAUT))
                .service("boot", HTTP, dep(SPRING)).service("heartbeat", HTTP, dep(SPRING)).modules(),
                new ConfiguredHosts(), new ConfiguredClientLibraries(), new SoleRegistryClients(),
                new ConsulHealthChecks());
        assertEquals(List.of("boot->consul", "consul->boot", "consul->polled", "heartbeat->consul", "polled->consul",
                "ttl->consul", "unregistered->consul"), List.copyOf(run.edges().keySet()));
        assertEquals(List.of("polled/src/main/resources/application.yml:6 consul.client.registration.check.http registers an"
                + " HTTP check in Consul: consul polls the health endpoint of polled, which registers there"),
                run.edges().get("consul->polled"));
        assertEquals(List.of("boot/pom.xml declares org.springframework.cloud:spring-cloud-starter-consul-discovery,"
                + " which registers an HTTP check in Consul by default: consul polls the health endpoint of boot, which"
                + " registers there"), run.edges().get("consul->boot"));
        assertEquals(List.of(8080), run.ports().get("consul->polled"));
    }
}
