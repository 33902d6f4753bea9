package io.aiplatform.security.core.graph;

import static io.aiplatform.security.core.Fixtures.dep;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aiplatform.security.core.Fixtures;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A module that only Compose services under a profile run is started on the host too: its own configuration's
 * loopback hosts reach the ports Compose publishes and the other modules started there, beside what the Compose
 * service's environment names. A module that a Compose service without profile runs is not on the host.
 */
class ProfiledComposeRunsTest {

    private static final String HTTP = "ports: [{name: http, port: 8082}]\n";
    private static final String CONFIG = "orders/src/main/resources/application.properties";
    private static final String KAFKA = "  kafka:\n    image: redpandadata/redpanda:v24.1.2\n    ports:\n      - \"9092:9092\"\n";

    @TempDir
    Path dir;

    @Test
    void aProfiledModuleRunsBothWays() throws Exception {
        SourceRun.write(dir, CONFIG, "kafka.bootstrap.servers=${KAFKA_URL:localhost:9092}\n");
        SourceRun run = run("services:\n  orders:\n    build: ./orders\n    profiles: [ \"apps\" ]\n    environment:\n"
                + "      - KAFKA_URL=kafka:29092\n" + KAFKA);
        assertEquals(Map.of("orders->kafka", List.of(9092, 29092)), run.ports());
        assertTrue(run.edges().get("orders->kafka").contains(CONFIG + ":1 kafka.bootstrap.servers (localhost:9092:"
                + " docker-compose.yml:10 publishes Compose service kafka's port 9092 as the host's 9092, and orders runs"
                + " on the host: only Compose services under a profile run it, which a plain docker compose up does not"
                + " start: docker-compose.yml:4 gives Compose service orders the profile apps) names kafka"),
                run.edges().toString());
    }

    @Test
    void aModuleThatAComposeServiceWithoutProfileRunsIsNotOnTheHost() throws Exception {
        SourceRun.write(dir, CONFIG, "kafka.bootstrap.servers=${KAFKA_URL:localhost:9092}\n");
        SourceRun run = run("services:\n  orders:\n    build: ./orders\n    environment:\n"
                + "      - KAFKA_URL=kafka:29092\n" + KAFKA);
        assertEquals(Map.of("orders->kafka", List.of(29092)), run.ports());
    }

    @Test
    void aProfiledModuleReachesAnotherModuleStartedOnTheHost() throws Exception {
        SourceRun.write(dir, CONFIG, "quarkus.rest-client.billing.url=${BILLING_URL:http://localhost:8083}\n");
        SourceRun.write(dir, "docker-compose.yml", "services:\n  orders:\n    build: ./orders\n    profiles: [apps]\n"
                + "  billing:\n    build: ./billing\n    profiles: [apps]\n" + KAFKA);
        SourceRun run = SourceRun.of(dir, new Fixtures(dir).service("kafka", "ports: [{name: kafka, port: 9092}]\n")
                .service("billing", "ports: [{name: http, port: 8083}]\n")
                .service("orders", HTTP, dep("io.quarkus:quarkus-rest-client")).modules(), new ConfiguredHosts());
        assertEquals(List.of("orders->billing"), List.copyOf(run.edges().keySet()));
        assertTrue(run.edges().get("orders->billing").get(0).contains("(localhost:8083: billing listens on 8083 on the"
                + " host, where orders runs too: orders: only Compose services under a profile run it"),
                run.edges().toString());
    }

    private SourceRun run(String compose) throws Exception {
        SourceRun.write(dir, "docker-compose.yml", compose);
        return SourceRun.of(dir, new Fixtures(dir).service("kafka", "ports: [{name: kafka, port: 9092}, {name: internal,"
                + " port: 29092}]\n").service("orders", HTTP, dep("io.quarkus:quarkus-messaging-kafka")).modules(),
                new ConfiguredHosts());
    }
}
