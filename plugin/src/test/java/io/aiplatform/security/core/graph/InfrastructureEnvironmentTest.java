package io.aiplatform.security.core.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.aiplatform.security.core.Fixtures;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InfrastructureEnvironmentTest {

    private static final String PLATFORM = """
            services:
              - {name: zookeeper, ports: [{name: client, port: 2181}]}
              - {name: kafka, role: broker, ports: [{name: internal, port: 29092}, {name: external, port: 9092}]}
              - {name: schema-registry, ports: [{name: http, port: 8081}]}
              - {name: kafka-ui, ports: [{name: http, port: 8080}]}
              - {name: keycloak, ports: [{name: http, port: 8080}]}
              - {name: postgres, role: database, ports: [{port: 5432}]}
            """;

    @TempDir
    Path dir;

    @Test
    void theEnvironmentOfThirdPartyComposeServicesNamesTheirCallees() throws Exception {
        SourceRun.write(dir, "docker-compose.yml", """
                services:
                  zookeeper:
                    image: confluentinc/cp-zookeeper:7.6.1
                    environment:
                      ZOOKEEPER_CLIENT_PORT: 2181
                  kafka:
                    image: confluentinc/cp-kafka:7.6.1
                    environment:
                      KAFKA_ZOOKEEPER_CONNECT: zookeeper:2181
                      KAFKA_LISTENERS: PLAINTEXT://0.0.0.0:29092,PLAINTEXT_HOST://0.0.0.0:9092
                      KAFKA_ADVERTISED_LISTENERS: PLAINTEXT://kafka:29092,PLAINTEXT_HOST://localhost:9092
                  schema-registry:
                    image: confluentinc/cp-schema-registry:7.6.1
                    environment:
                      - SCHEMA_REGISTRY_HOST_NAME=schema-registry
                      - SCHEMA_REGISTRY_KAFKASTORE_BOOTSTRAP_SERVERS=PLAINTEXT://kafka:29092
                      - SCHEMA_REGISTRY_LISTENERS=http://0.0.0.0:8081
                  kafka-ui:
                    image: provectuslabs/kafka-ui:v0.7.2
                    environment:
                      KAFKA_CLUSTERS_0_NAME: local
                      KAFKA_CLUSTERS_0_BOOTSTRAPSERVERS: kafka:29092
                      KAFKA_CLUSTERS_0_SCHEMAREGISTRY: http://schema-registry:8081
                  keycloak:
                    image: quay.io/keycloak/keycloak:25.0
                    environment:
                      KC_DB: postgres
                      KC_DB_URL_HOST: postgres
                      KC_DB_USERNAME: postgres
                      KC_HOSTNAME: keycloak
                """);
        SourceRun run = SourceRun.of(dir, new Fixtures(dir).platformFile(PLATFORM).modules(), new InfrastructureEnvironment());
        assertEquals(Map.of(
                "kafka->zookeeper", List.of("docker-compose.yml:9 KAFKA_ZOOKEEPER_CONNECT names zookeeper"),
                "schema-registry->kafka", List.of("docker-compose.yml:16 SCHEMA_REGISTRY_KAFKASTORE_BOOTSTRAP_SERVERS"
                        + " names kafka"),
                "kafka-ui->kafka", List.of("docker-compose.yml:22 KAFKA_CLUSTERS_0_BOOTSTRAPSERVERS names kafka"),
                "kafka-ui->schema-registry", List.of("docker-compose.yml:23 KAFKA_CLUSTERS_0_SCHEMAREGISTRY names"
                        + " schema-registry"),
                "keycloak->postgres", List.of("docker-compose.yml:28 KC_DB_URL_HOST names postgres")), run.edges());
        assertEquals(List.of(29092), run.ports().get("schema-registry->kafka"));
        assertEquals(List.of(), run.warnings());
    }

    @Test
    void aKubernetesWorkloadsUrlAndHostWithItsPortCount() throws Exception {
        SourceRun.write(dir, "k8s/frontend.yaml", """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: frontend}
                spec:
                  template:
                    spec:
                      containers:
                        - name: nginx
                          image: nginx:1.27
                          env:
                            - {name: GATEWAY_URL, value: "http://gateway:8080"}
                            - {name: DB_HOST, value: postgres}
                            - {name: DB_PORT, value: "5432"}
                            - {name: POSTGRES_USER, value: postgres}
                """);
        SourceRun run = SourceRun.of(dir, new Fixtures(dir).service("frontend", "ports: [{port: 80}]\n")
                .service("gateway", "ports: [{port: 8080}]\n").platformFile(PLATFORM).modules(),
                new InfrastructureEnvironment());
        assertEquals(Map.of("frontend->gateway", List.of("k8s/frontend.yaml:11 GATEWAY_URL names gateway"),
                "frontend->postgres", List.of("k8s/frontend.yaml:12 DB_HOST names postgres")), run.edges());
    }

    @Test
    void aJavaModulesEnvironmentIsLeftToItsConfiguration() throws Exception {
        SourceRun.write(dir, "orders/src/main/java/shop/Orders.java", "package shop;\nclass Orders {}\n");
        SourceRun.write(dir, "docker-compose.yml", """
                services:
                  orders:
                    build: ./orders
                    environment:
                      UNRELATED_URL: http://keycloak:8080
                """);
        SourceRun run = SourceRun.of(dir, new Fixtures(dir).service("orders", "ports: [{port: 8080}]\n")
                .platformFile(PLATFORM).modules(), new InfrastructureEnvironment());
        assertEquals(Map.of(), run.edges());
    }

    @Test
    void aYamlOrJsonDocumentInAVariableNamesItsCalleesByTheirHostAndPort() throws Exception {
        SourceRun.write(dir, "docker-compose.yml", """
                services:
                  kafka-ui:
                    image: docker.redpanda.com/redpandadata/console:v2.7.0
                    environment:
                      CONFIG_FILEPATH: /tmp/config.yml
                      CONSOLE_CONFIG_FILE: |
                        kafka:
                          brokers: ["kafka:29092"]
                          schemaRegistry:
                            enabled: true
                            urls: ["http://schema-registry:8081"]
                        server:
                          listenPort: 8080
                        connect:
                          clusters: [{name: keycloak, url: keycloak}]
                  schema-registry:
                    image: confluentinc/cp-schema-registry:7.6.1
                    environment:
                      SCHEMA_REGISTRY_OPTS: '{"store": {"hosts": ["kafka:29092"]}, "db": "postgres"}'
                """);
        SourceRun run = SourceRun.of(dir, new Fixtures(dir).platformFile(PLATFORM).modules(), new InfrastructureEnvironment());
        assertEquals(Map.of(
                "kafka-ui->kafka", List.of("docker-compose.yml:6 CONSOLE_CONFIG_FILE kafka.brokers[0] names kafka"),
                "kafka-ui->schema-registry", List.of("docker-compose.yml:6 CONSOLE_CONFIG_FILE"
                        + " kafka.schemaRegistry.urls[0] names schema-registry"),
                "schema-registry->kafka", List.of("docker-compose.yml:19 SCHEMA_REGISTRY_OPTS store.hosts[0] names kafka")),
                run.edges(), "bare words (keycloak, postgres) are no host inside a document");
        assertEquals(List.of(29092), run.ports().get("kafka-ui->kafka"));
        assertEquals(List.of(8081), run.ports().get("kafka-ui->schema-registry"));
        assertEquals(List.of(), run.warnings());
    }

    @Test
    void aMultiLineValueThatIsNoDocumentOrAMalformedOneNamesNothingAndWarnsNothing() throws Exception {
        SourceRun.write(dir, "docker-compose.yml", """
                services:
                  kafka-ui:
                    image: provectuslabs/kafka-ui:v0.7.2
                    environment:
                      STARTUP_SCRIPT: |
                        echo kafka
                        sleep 5
                      BROKEN: '{"kafka": ["kafka:29092"'
                """);
        SourceRun run = SourceRun.of(dir, new Fixtures(dir).platformFile(PLATFORM).modules(), new InfrastructureEnvironment());
        assertEquals(Map.of(), run.edges());
        assertEquals(List.of(), run.warnings());
    }
    @Test
    void keycloaksCommandLineOptionsAreItsVariables() throws Exception {
        SourceRun.write(dir, "docker-compose.yml", """
                services:
                  keycloak:
                    image: quay.io/keycloak/keycloak:26.0.0
                    command: start-dev --db=postgres --db-url=jdbc:postgresql://postgres:5432/keycloak --db-username=${DB_USER}
                  legacy:
                    image: jboss/keycloak:14.0.0
                    command: -b 0.0.0.0 --db-url=jdbc:postgresql://postgres:5432/keycloak
                """);
        SourceRun run = SourceRun.of(dir, new Fixtures(dir).platformFile(PLATFORM
                + "  - {name: legacy, ports: [{name: http, port: 8080}]}\n").modules(), new InfrastructureEnvironment());
        assertEquals(Map.of("keycloak->postgres", List.of("docker-compose.yml:4 KC_DB_URL names postgres")), run.edges());
        assertEquals(List.of(5432), run.ports().get("keycloak->postgres"));
    }
}
