package io.aiplatform.security.core.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.aiplatform.security.core.Fixtures;
import io.aiplatform.security.core.derive.ComposePublishedPorts;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A service run on the host (no Compose service or workload runs it) reaches {@code localhost:<port>} where a Compose
 * file publishes that port: the Compose service's container port. Compose names with underscores are the services
 * named with dashes (as kompose names them).
 */
class PublishedPortReferencesTest {

    private static final String COMPOSE = """
            services:
              order_db:
                image: postgres:16
                ports: ["5432:5432"]
              customer_db:
                image: postgres:16
                ports:
                  - "127.0.0.1:5433:5432"
              consul:
                image: hashicorp/consul
                ports:
                  - target: 8500
                    published: "${CONSUL_PORT:-8500}"
                    protocol: tcp
            """;

    @TempDir
    Path dir;

    private SourceRun run(String properties) throws Exception {
        SourceRun.write(dir, "orders/src/main/resources/application.properties", properties);
        return SourceRun.of(dir, new Fixtures(dir)
                .service("orders", "ports: [{name: http, port: 8080}]\n",
                        Fixtures.dep("org.postgresql:postgresql"),
                        Fixtures.dep("org.springframework.cloud:spring-cloud-starter-consul-discovery"))
                .platformFile("""
                        services:
                          - {name: order-db, role: database, ports: [{port: 5432}], provides: [postgresql]}
                          - {name: customer-db, role: database, ports: [{port: 5432}], provides: [postgresql]}
                          - {name: consul, role: registry, ports: [{port: 8500}], provides: [consul]}
                        """).modules(), new ConfiguredHosts());
    }

    @Test
    void aLoopbackUrlOfAServiceRunOnTheHostNamesTheComposeServicePublishingItsPort() throws Exception {
        SourceRun.write(dir, "compose.yml", COMPOSE);
        SourceRun run = run("spring.datasource.url=jdbc:postgresql://localhost:5433/customers\n"
                + "spring.cloud.consul.host=localhost\n");
        assertEquals(Map.of("orders->consul", List.of("orders/src/main/resources/application.properties:2"
                        + " spring.cloud.consul.host (localhost:8500: compose.yml:13 publishes Compose service consul's port"
                        + " 8500 as the host's 8500, and orders runs on the host: no Compose service or workload of the"
                        + " repository runs it) names consul"),
                "orders->customer-db", List.of("orders/src/main/resources/application.properties:1"
                        + " spring.datasource.url (localhost:5433: compose.yml:8 publishes Compose service customer_db's"
                        + " port 5432 as the host's 5433, and orders runs on the host: no Compose service or workload of"
                        + " the repository runs it) names customer-db")), run.edges());
        assertEquals(Map.of("orders->consul", List.of(8500), "orders->customer-db", List.of(5432)), run.ports());
        assertEquals(List.of(), run.warnings());
    }

    @Test
    void twoComposeFilesPublishingThePortForOneServiceAreWaysOfRunningIt() throws Exception {
        SourceRun.write(dir, "compose.yml", COMPOSE);
        SourceRun.write(dir, "orders/docker/docker-compose.yml",
                "services:\n  consul:\n    image: consul:1.3.0\n    ports:\n      - \"8500:8500\"\n");
        SourceRun run = run("spring.cloud.consul.host=localhost\n");
        assertEquals(Map.of("orders->consul", List.of("orders/src/main/resources/application.properties:1"
                + " spring.cloud.consul.host (localhost:8500: compose.yml:13 publishes Compose service consul's port 8500"
                + " as the host's 8500, and orders runs on the host: no Compose service or workload of the repository"
                + " runs it) names consul")), run.edges());
        assertEquals(List.of(), run.warnings());
    }

    @Test
    void twoComposeFilesPublishingThePortForDifferentServicesLeaveItLoopback() throws Exception {
        SourceRun.write(dir, "compose.yml", COMPOSE);
        SourceRun.write(dir, "legacy/compose.yml",
                "services:\n  order_db:\n    image: postgres:16\n    ports: [\"5433:5432\"]\n");
        SourceRun run = run("spring.datasource.url=jdbc:postgresql://localhost:5433/customers\n");
        assertEquals(Map.of(), run.edges());
        assertEquals(1, run.warnings().stream().filter(w -> w.contains("names host 'localhost'")).count(),
                run.warnings().toString());
    }

    @Test
    void aServiceThatAComposeServiceRunsMeansItsOwnContainer() throws Exception {
        SourceRun.write(dir, "compose.yml", COMPOSE + "  orders:\n    build: ./orders\n");
        SourceRun run = run("spring.datasource.url=jdbc:postgresql://localhost:5433/customers\n");
        assertEquals(Map.of(), run.edges());
        assertEquals(1, run.warnings().stream().filter(w -> w.contains("names host 'localhost', the pod itself")).count(),
                run.warnings().toString());
    }

    @Test
    void aPortNoComposeServicePublishesStaysLoopback() throws Exception {
        SourceRun.write(dir, "compose.yml", COMPOSE);
        SourceRun run = run("spring.datasource.url=jdbc:postgresql://localhost:5434/customers\n");
        assertEquals(Map.of(), run.edges());
        assertEquals(1, run.warnings().size(), run.warnings().toString());
    }

    @Test
    void theShortAndLongSyntaxesAreRead() throws Exception {
        SourceRun.write(dir, "docker-compose.yml", """
                services:
                  a:
                    ports: ["8080", "9090-9091:8080-8081", "[::1]:7000:7001", "5353:53/udp", "6000:6001/tcp", "1-3:1-2"]
                  b:
                    ports:
                      - {target: 80, published: 8088}
                      - {target: 81, published: 8089, protocol: udp}
                      - {target: 82}
                """);
        List<String> read = new ArrayList<>();
        ComposePublishedPorts.of(List.of(dir.resolve("docker-compose.yml")), p -> read.add(p.toString()))
                .forEach(p -> read.add(p.composeService() + " " + p.hostPort() + "->" + p.containerPort()));
        assertEquals(List.of("a 9090->8080", "a 9091->8081", "a 7000->7001", "a 6000->6001", "b 8088->80"), read);
        read.clear();
        ComposePublishedPorts.udp(List.of(dir.resolve("docker-compose.yml")), p -> read.add(p.toString()))
                .forEach(p -> read.add(p.composeService() + " " + p.hostPort() + "->" + p.containerPort()));
        assertEquals(List.of("a 5353->53", "b 8089->81"), read);
    }
}
