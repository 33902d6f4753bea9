package io.aiplatform.security.core.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aiplatform.security.core.Fixtures;
import io.aiplatform.security.core.derive.ComposeHostNetwork;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Compose service with {@code network_mode: host} shares the host's network: its {@code localhost:P} is the service
 * that listens on P on the host network too, or the one whose Compose service publishes P.
 */
class HostNetworkReferencesTest {

    private static final String INFRASTRUCTURE = """
            services:
              order_db:
                image: postgres:16
                ports: ["5433:5432"]
              kafka:
                image: apache/kafka
                network_mode: host
              consul:
                image: hashicorp/consul
                network_mode: "${CONSUL_NETWORK:-host}"
            """;

    @TempDir
    Path dir;

    private SourceRun run(String compose, String properties, String extraPlatform) throws Exception {
        SourceRun.write(dir, "docker-compose.yml", compose);
        SourceRun.write(dir, "orders/src/main/resources/application.properties", properties);
        return SourceRun.of(dir, new Fixtures(dir)
                .service("orders", "ports: [{name: http, port: 8080}]\n",
                        Fixtures.dep("org.postgresql:postgresql"), Fixtures.dep("org.springframework.kafka:spring-kafka"),
                        Fixtures.dep("org.springframework.cloud:spring-cloud-starter-consul-discovery"))
                .platformFile("""
                        services:
                          - {name: order-db, role: database, ports: [{port: 5432}], provides: [postgresql]}
                          - {name: kafka, role: broker, ports: [{port: 9092}], provides: [kafka]}
                          - {name: consul, role: registry, provides: [consul]}
                        """ + extraPlatform).modules(), new ConfiguredHosts());
    }

    private static String orders(String networkMode) {
        return "  orders:\n    build: ./orders\n" + networkMode;
    }

    @Test
    void aLoopbackHostOfAHostNetworkServiceNamesTheServiceListeningOnOrPublishingThePort() throws Exception {
        SourceRun run = run(INFRASTRUCTURE + orders("    network_mode: host\n"),
                "spring.datasource.url=jdbc:postgresql://localhost:5433/orders\n"
                + "spring.kafka.bootstrap-servers=127.0.0.1:9092\n"
                + "spring.cloud.consul.host=localhost\n", "");
        String on = " on the host network: docker-compose.yml:13 runs Compose service orders with network_mode: host, and ";
        assertEquals(Map.of(
                "orders->consul", List.of("orders/src/main/resources/application.properties:3 spring.cloud.consul.host"
                        + " (localhost:8500" + on + "docker-compose.yml:10 runs Compose service consul with network_mode:"
                        + " host, which listens on 8500) names consul"),
                "orders->kafka", List.of("orders/src/main/resources/application.properties:2"
                        + " spring.kafka.bootstrap-servers (127.0.0.1:9092" + on + "docker-compose.yml:7 runs Compose"
                        + " service kafka with network_mode: host, which listens on 9092) names kafka"),
                "orders->order-db", List.of("orders/src/main/resources/application.properties:1 spring.datasource.url"
                        + " (localhost:5433" + on + "docker-compose.yml:4 publishes Compose service order_db's port 5432"
                        + " as the host's 5433) names order-db")), run.edges());
        assertEquals(Map.of("orders->consul", List.of(8500), "orders->kafka", List.of(9092),
                "orders->order-db", List.of(5432)), run.ports());
        assertEquals(List.of(), run.warnings());
    }

    @Test
    void aServiceOnItsOwnNetworkKeepsItsLoopbackWarning() throws Exception {
        SourceRun run = run(INFRASTRUCTURE + orders(""), "spring.kafka.bootstrap-servers=localhost:9092\n", "");
        assertEquals(Map.of(), run.edges());
        assertEquals(1, run.warnings().size(), run.warnings().toString());
        assertTrue(run.warnings().get(0).contains("names host 'localhost', the pod itself"), run.warnings().toString());
    }

    @Test
    void aListenerRunOnTheHostNetworkByOneComposeFileCountsThoughAnotherRunsItOnItsOwn() throws Exception {
        SourceRun.write(dir, "scripts/infra.yml", "services:\n  kafka:\n    image: apache/kafka\n");
        SourceRun run = run(INFRASTRUCTURE + orders("    network_mode: host\n"),
                "spring.kafka.bootstrap-servers=localhost:9092\n", "");
        assertEquals(List.of("orders->kafka"), List.copyOf(run.edges().keySet()));
        assertEquals(List.of(), run.warnings());
    }

    @Test
    void aCallerAlsoRunOnItsOwnNetworkKeepsItsLoopbackWarning() throws Exception {
        SourceRun.write(dir, "scripts/app.yml", "services:\n  orders:\n    build: ../orders\n");
        SourceRun run = run(INFRASTRUCTURE + orders("    network_mode: host\n"),
                "spring.kafka.bootstrap-servers=localhost:9092\n", "");
        assertEquals(Map.of(), run.edges());
        assertEquals(1, run.warnings().size(), run.warnings().toString());
    }

    @Test
    void aPortNothingListensOnStaysLoopback() throws Exception {
        SourceRun run = run(INFRASTRUCTURE + orders("    network_mode: host\n"),
                "spring.kafka.bootstrap-servers=localhost:9093\n", "");
        assertEquals(Map.of(), run.edges());
        assertEquals(1, run.warnings().size(), run.warnings().toString());
        assertTrue(run.warnings().get(0).contains("names host 'localhost', the pod itself"), run.warnings().toString());
    }

    @Test
    void severalServicesOnThePortAreOneWarningNamingThem() throws Exception {
        SourceRun run = run(INFRASTRUCTURE + orders("    network_mode: host\n")
                        + "  broker:\n    image: apache/kafka\n    ports: [\"9092:9092\"]\n",
                "spring.kafka.bootstrap-servers=localhost:9092\n",
                "  - {name: broker, role: broker, ports: [{port: 9092}]}\n");
        assertEquals(Map.of(), run.edges());
        assertEquals(List.of("service 'orders': orders/src/main/resources/application.properties:1"
                + " spring.kafka.bootstrap-servers names host 'localhost', which is the host's own network (orders runs"
                + " with network_mode: host), where several services listen on or publish port 9092: broker, kafka;"
                + " name the one it means, or add 'calls:'"), run.warnings());
    }

    @Test
    void anInfrastructureContainerOnTheHostNetworkReachesTheListenerItsLoopbackVariablesName() throws Exception {
        String compose = """
                services:
                  zookeeper:
                    image: zookeeper:3.9
                    network_mode: host
                  kafka_manager:
                    image: hlebalbau/kafka-manager
                    %s
                    environment:
                      ZK_HOSTS: "localhost:2181"
                      APPLICATION_URL: "http://localhost:9999"
                """;
        String platform = """
                services:
                  - {name: zookeeper, ports: [{port: 2181}]}
                  - {name: kafka-manager, ports: [{port: 9000}]}
                """;
        SourceRun.write(dir, "docker-compose.yml", compose.formatted("network_mode: host"));
        SourceRun run = SourceRun.of(dir, new Fixtures(dir).platformFile(platform).modules(), new InfrastructureEnvironment());
        assertEquals(Map.of("kafka-manager->zookeeper", List.of("docker-compose.yml:9 ZK_HOSTS (localhost:2181 on the"
                + " host network: docker-compose.yml:7 runs Compose service kafka_manager with network_mode: host, and"
                + " docker-compose.yml:4 runs Compose service zookeeper with network_mode: host, which listens on 2181)"
                + " names zookeeper")), run.edges());
        assertEquals(List.of(), run.warnings(), "a loopback variable reaching nothing is no warning, as before");

        SourceRun.write(dir, "docker-compose.yml", compose.formatted("hostname: manager"));
        run = SourceRun.of(dir, new Fixtures(dir).platformFile(platform).modules(), new InfrastructureEnvironment());
        assertEquals(Map.of(), run.edges());
        assertEquals(List.of(), run.warnings());
    }

    @Test
    void aHostNetworkContainersLoopbackVariableNamesTheModuleRunOnTheHostThatListensOnThePort() throws Exception {
        SourceRun.write(dir, "docker-compose.yml", """
                services:
                  kibana:
                    image: kibana:7.6.2
                    network_mode: host
                    environment:
                      ELASTICSEARCH_HOSTS: http://localhost:8080
                """);
        SourceRun run = SourceRun.of(dir, new Fixtures(dir).service("search", "ports: [{name: http, port: 8080}]\n")
                .platformFile("services:\n  - {name: kibana, ports: [{port: 5601}]}\n").modules(),
                new InfrastructureEnvironment());
        assertEquals(Map.of("kibana->search", List.of("docker-compose.yml:6 ELASTICSEARCH_HOSTS (localhost:8080 on the"
                + " host network: docker-compose.yml:4 runs Compose service kibana with network_mode: host, and search"
                + " listens on 8080 on the host, where it runs: no Compose service or workload of the repository runs"
                + " it) names search")), run.edges());
        assertEquals(List.of(), run.warnings());
    }

    @Test
    void theNetworkModeIsInterpolatedAndOnlyHostCounts() throws Exception {
        // a file of any name with services (docker compose -f scripts/app.yml)
        SourceRun.write(dir, "scripts/app.yml", """
                services:
                  a: {image: x, network_mode: host}
                  b: {image: x, network_mode: "${NET:-host}"}
                  c: {image: x, network_mode: bridge}
                  d: {image: x, network_mode: "service:a"}
                """);
        List<String> read = ComposeHostNetwork.of(List.of(dir.resolve("scripts/app.yml")), p -> { })
                .stream().map(h -> h.composeService() + ":" + h.line()).toList();
        assertEquals(List.of("a:2", "b:3"), read);
    }
}
