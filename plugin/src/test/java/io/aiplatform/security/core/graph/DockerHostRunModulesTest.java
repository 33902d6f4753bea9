package io.aiplatform.security.core.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aiplatform.security.core.Fixtures;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code host.docker.internal:P} that no Compose file publishes is the Docker host's own port P: the module started on
 * the host (no container of the repository runs it) that listens on P, as when a Compose file runs only the
 * infrastructure and its Prometheus scrapes the services on the host.
 */
class DockerHostRunModulesTest {

    private static final String COMPOSE = """
            services:
              postgres:
                image: postgres:16
                ports: ["51010:5432"]
              prometheus:
                image: prom/prometheus
                volumes: ["./prometheus.yml:/etc/prometheus/prometheus.yml"]
                extra_hosts: ["host.docker.internal:host-gateway"]
            """;

    private static final String PLATFORM = """
            services:
              - {name: postgres, role: database, ports: [{port: 5432}], provides: [postgresql]}
              - {name: prometheus, role: monitoring, ports: [{name: http, port: 9090}]}
            """;

    @TempDir
    Path dir;

    private SourceRun run(String targets, String... ordersPorts) throws Exception {
        SourceRun.write(dir, "docker-compose.yml", COMPOSE);
        SourceRun.write(dir, "prometheus.yml", "scrape_configs:\n  - job_name: apps\n    static_configs:\n"
                + "      - targets: [" + targets + "]\n");
        Fixtures fixtures = new Fixtures(dir)
                .service("orders", "ports: [{name: http, port: " + ordersPorts[0] + "}]\n")
                .service("payments", "ports: [{name: http, port: 40020}]\n")
                .platformFile(PLATFORM);
        for (int i = 1; i < ordersPorts.length; i++) {
            fixtures.service("orders" + i, "ports: [{name: http, port: " + ordersPorts[i] + "}]\n");
        }
        return SourceRun.of(dir, fixtures.modules(), new PrometheusScrapes());
    }

    @Test
    void aPortNoComposeServicePublishesIsTheHostRunModuleListeningOnIt() throws Exception {
        SourceRun run = run("'host.docker.internal:40010', 'host.docker.internal:40020'", "40010");
        assertEquals(Map.of("prometheus->orders", List.of("prometheus.yml:4 scrape_configs[0].static_configs[0]"
                        + ".targets[0] (host.docker.internal:40010: the Docker host, where orders listens on 40010: no"
                        + " Compose service or workload of the repository runs it) names orders"),
                "prometheus->payments", List.of("prometheus.yml:4 scrape_configs[0].static_configs[0].targets[1]"
                        + " (host.docker.internal:40020: the Docker host, where payments listens on 40020: no Compose"
                        + " service or workload of the repository runs it) names payments")), run.edges());
        assertEquals(Map.of("prometheus->orders", List.of(40010), "prometheus->payments", List.of(40020)), run.ports());
        assertEquals(List.of(), run.warnings());
    }

    @Test
    void aPortNothingListensOnStaysAHostOutsideThePlatform() throws Exception {
        SourceRun run = run("'host.docker.internal:50010'", "40010");
        assertEquals(Map.of(), run.edges());
        assertTrue(run.warnings().stream().anyMatch(w -> w.contains("targets[0] names host 'host.docker.internal',"
                + " which is no service of the platform")), run.warnings().toString());
    }

    @Test
    void twoHostRunModulesOnThePortNameNone() throws Exception {
        SourceRun run = run("'host.docker.internal:40010'", "40010", "40010");
        assertEquals(Map.of(), run.edges());
        assertTrue(run.warnings().stream().anyMatch(w -> w.contains("names host 'host.docker.internal'")),
                run.warnings().toString());
    }

    @Test
    void aModuleAComposeServiceRunsIsNotTheHostsOwnPort() throws Exception {
        SourceRun.write(dir, "compose.app.yml", "services:\n  orders:\n    build: ./orders\n");
        SourceRun run = run("'host.docker.internal:40010'", "40010");
        assertEquals(Map.of(), run.edges());
    }
}
