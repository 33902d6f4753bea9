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
 * The name of a Compose service running a service named otherwise ({@code order_db} for {@code order-db}) is a host
 * name of that service for every source: the configuration, the infrastructure's environment.
 */
class ComposeServiceAliasesTest {

    private static final String PLATFORM = """
            services:
              - {name: order-db, role: database, ports: [{port: 5432}], provides: [postgresql]}
              - {name: kafka-manager, ports: [{port: 9000}]}
              - {name: zoo-keeper, ports: [{port: 2181}]}
            """;

    @TempDir
    Path dir;

    private SourceRun run(String compose) throws Exception {
        SourceRun.write(dir, "docker-compose.yml", compose);
        SourceRun.write(dir, "orders/src/main/resources/application.properties",
                "spring.datasource.url=jdbc:postgresql://order_db:5432/orders\n");
        return SourceRun.of(dir, new Fixtures(dir)
                .service("orders", "ports: [{name: http, port: 8080}]\n", Fixtures.dep("org.postgresql:postgresql"))
                .platformFile(PLATFORM).modules(), new ConfiguredHosts(), new InfrastructureEnvironment());
    }

    @Test
    void aComposeNameWithAnUnderscoreNamesTheServiceItRuns() throws Exception {
        SourceRun run = run("""
                services:
                  order_db:
                    image: postgres:16
                  zoo_keeper:
                    image: zookeeper:3.9
                  kafka_manager:
                    image: hlebalbau/kafka-manager
                    environment:
                      ZK_HOSTS: "zoo_keeper:2181"
                  orders:
                    build: ./orders
                """);
        assertEquals(Map.of(
                "kafka-manager->zoo-keeper", List.of("docker-compose.yml:9 ZK_HOSTS names zoo_keeper (Compose service"
                        + " zoo_keeper of docker-compose.yml runs zoo-keeper)"),
                "orders->order-db", List.of("orders/src/main/resources/application.properties:1 spring.datasource.url"
                        + " names order_db (Compose service order_db of docker-compose.yml runs order-db)")), run.edges());
        assertEquals(List.of(), run.warnings());
    }

    @Test
    void aComposeNameThatRunsNoServiceNamesNone() throws Exception {
        SourceRun run = run("""
                services:
                  order_database:
                    image: postgres:16
                  orders:
                    build: ./orders
                """);
        assertEquals(Map.of(), run.edges());
        assertTrue(run.warnings().stream().anyMatch(w -> w.contains("names host 'order_db', which is no service")),
                run.warnings().toString());
    }

    @Test
    void aComposeNameOfTwoServicesNamesNeither() throws Exception {
        SourceRun.write(dir, "other/docker-compose.yml", """
                services:
                  order_db:
                    image: postgres:16
                    container_name: order-db-2
                """);
        SourceRun run = run("""
                services:
                  order_db:
                    image: postgres:16
                  orders:
                    build: ./orders
                """);
        assertEquals(Map.of("orders->order-db", List.of("orders/src/main/resources/application.properties:1"
                + " spring.datasource.url names order_db (Compose service order_db of docker-compose.yml runs order-db)")),
                run.edges(), "the same service in two Compose files is one name");
    }
}
