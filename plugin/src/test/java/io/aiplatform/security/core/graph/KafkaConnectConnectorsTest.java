package io.aiplatform.security.core.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aiplatform.security.core.Fixtures;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KafkaConnectConnectorsTest {

    private static final String PASSWORD = "s3cr3t-Pl4nted";
    private static final String PLATFORM = """
            services:
              - {name: debezium, ports: [{name: http, port: 8083}]}
              - {name: order-db, ports: [{name: pg, port: 5432}]}
              - {name: customer-db, ports: [{name: pg, port: 5432}]}
              - {name: search, ports: [{name: http, port: 9200}]}
              - {name: mongo, ports: [{name: mongo, port: 27017}]}
            """;
    private static final String COMPOSE = """
            services:
              %s:
                image: %s
              order_db:
                image: postgres:16
              customer-db:
                image: postgres:16
            """;
    private static final String ORDERS = """
            {
              "name": "outbox-orders",
              "config": {
                "connector.class": "io.debezium.connector.postgresql.PostgresConnector",
                "database.hostname": "order_db",
                "database.port": "5432",
                "database.user": "postgres",
                "database.password": "%s"
              }
            }
            """.formatted(PASSWORD);

    @TempDir
    Path dir;

    private SourceRun run() throws Exception {
        return SourceRun.of(dir, new Fixtures(dir).platformFile(PLATFORM).modules(), new KafkaConnectConnectors());
    }

    @Test
    void theServiceRunningADebeziumImageConnectsToTheHostsItsConnectorsName() throws Exception {
        SourceRun.write(dir, "compose.yml", COMPOSE.formatted("debezium", "quay.io/debezium/connect:2.7"));
        SourceRun.write(dir, "connectors/orders.json", ORDERS);
        // the bare config object, no port: the PostgreSQL connector's default
        SourceRun.write(dir, "connectors/customers.json", """
                {"connector.class": "io.debezium.connector.postgresql.PostgresConnector",
                 "database.hostname": "customer-db", "database.password": "%s"}
                """.formatted(PASSWORD));
        SourceRun.write(dir, "connectors/sink.properties", """
                name=search-sink
                connector.class=io.confluent.connect.elasticsearch.ElasticsearchSinkConnector
                connection.url=http://search:9200
                connection.password=%s
                """.formatted(PASSWORD));
        SourceRun.write(dir, "connectors/mongo.json", """
                {"config": {"connector.class": "io.debezium.connector.mongodb.MongoDbConnector",
                  "mongodb.connection.string": "mongodb://mongo:27017/?replicaSet=rs0"}}
                """);
        SourceRun run = run();
        assertEquals(Map.of(
                "debezium->customer-db", List.of("connectors/customers.json:2 database.hostname names customer-db"),
                "debezium->mongo", List.of("connectors/mongo.json:2 config.mongodb.connection.string names mongo"),
                "debezium->order-db", List.of("connectors/orders.json:5 config.database.hostname names order_db"
                        + " (Compose service order_db of compose.yml runs order-db)"),
                "debezium->search", List.of("connectors/sink.properties:3 connection.url names search")), run.edges());
        assertEquals(List.of(5432), run.ports().get("debezium->customer-db"));
        assertEquals(List.of(), run.warnings());
        assertFalse(run.edges().toString().contains(PASSWORD));
    }

    @Test
    void aJdbcSinkUrlAndAConfluentImageNamedOtherwiseCount() throws Exception {
        SourceRun.write(dir, "compose.yml", COMPOSE.formatted("debezium", "confluentinc/cp-kafka-connect:7.6.0"));
        SourceRun.write(dir, "connect/jdbc-sink.json", """
                {"name": "jdbc-sink", "config": {
                  "connector.class": "io.confluent.connect.jdbc.JdbcSinkConnector",
                  "connection.url": "jdbc:postgresql://customer-db:5432/customers?user=app&password=%s"}}
                """.formatted(PASSWORD));
        SourceRun run = run();
        assertEquals(List.of("debezium->customer-db"), List.copyOf(run.edges().keySet()));
        assertFalse(run.edges().toString().contains(PASSWORD), run.edges().toString());
    }

    @Test
    void theMongoDbConnectorsConnectionUriCounts() throws Exception {
        SourceRun.write(dir, "compose.yml", COMPOSE.formatted("debezium", "debezium/connect:2.7"));
        SourceRun.write(dir, "connect/mongodb-sink.json", """
                {"name": "sink", "config": {
                  "connector.class": "com.mongodb.kafka.connect.MongoSinkConnector",
                  "connection.uri": "mongodb://app:%s@mongo:27017", "database": "iot"}}
                """.formatted(PASSWORD));
        SourceRun run = run();
        assertEquals(Map.of("debezium->mongo", List.of("connect/mongodb-sink.json:3 config.connection.uri names mongo")),
                run.edges());
        assertEquals(List.of(27017), run.ports().get("debezium->mongo"));
        assertFalse(run.edges().toString().contains(PASSWORD), run.edges().toString());
    }

    @Test
    void theSamplesAConnectorPluginArchiveShipsAreNoConnectors() throws Exception {
        SourceRun.write(dir, "compose.yml", COMPOSE.formatted("debezium", "debezium/connect:2.7"));
        SourceRun.write(dir, "plugins/mongodb-kafka-connect-mongodb/manifest.json", "{\"name\": \"kafka-connect-mongodb\"}\n");
        SourceRun.write(dir, "plugins/mongodb-kafka-connect-mongodb/etc/MongoSinkConnector.properties", """
                name=mongo-sink
                connector.class=com.mongodb.kafka.connect.MongoSinkConnector
                connection.uri=mongodb://mongo1:27017,mongo2:27017
                """);
        SourceRun.write(dir, "etc/sink.properties", """
                name=mongo-sink
                connector.class=com.mongodb.kafka.connect.MongoSinkConnector
                connection.uri=mongodb://mongo:27017
                """);
        SourceRun run = run();
        assertEquals(List.of("debezium->mongo"), List.copyOf(run.edges().keySet()), "an etc/ folder of no archive counts");
        assertTrue(run.warnings().stream().noneMatch(w -> w.contains("mongo1")), run.warnings().toString());
    }

    @Test
    void filesWithoutAConnectorClassAndBuildOutputAreNoConnectors() throws Exception {
        SourceRun.write(dir, "compose.yml", COMPOSE.formatted("debezium", "debezium/connect:2.7"));
        SourceRun.write(dir, "package.json", "{\"config\": {\"database.hostname\": \"order-db\"}}");
        SourceRun.write(dir, "target/classes/orders.json", ORDERS);
        SourceRun.write(dir, "node_modules/x/orders.json", ORDERS);
        assertEquals(Map.of(), run().edges());
        assertEquals(List.of(), run().warnings());
    }

    @Test
    void noServiceRunningKafkaConnectIsOneWarningNamingTheFileAndNoEdge() throws Exception {
        SourceRun.write(dir, "compose.yml", COMPOSE.formatted("worker", "eclipse-temurin:21"));
        SourceRun.write(dir, "connectors/a.json", ORDERS);
        SourceRun.write(dir, "connectors/b.json", ORDERS);
        String platform = PLATFORM.replace("name: debezium", "name: worker");
        SourceRun run = SourceRun.of(dir, new Fixtures(dir).platformFile(platform).modules(),
                new KafkaConnectConnectors());
        assertEquals(Map.of(), run.edges());
        assertEquals(1, run.warnings().size(), run.warnings().toString());
        String warning = run.warnings().get(0);
        assertTrue(warning.startsWith("connectors/a.json:4: this Kafka Connect connector"
                + " (io.debezium.connector.postgresql.PostgresConnector) and 1 more is run by no service of the"
                + " platform"), warning);
        assertTrue(warning.contains("named connect, kafka-connect or debezium"), warning);
        assertFalse(warning.contains(PASSWORD));
    }

    @Test
    void twoKafkaConnectServicesAreOneWarningNamingBoth() throws Exception {
        SourceRun.write(dir, "compose.yml", COMPOSE.formatted("debezium", "debezium/connect:2.7")
                + "  connect:\n    image: confluentinc/cp-kafka-connect:7.6.0\n");
        SourceRun.write(dir, "connectors/orders.json", ORDERS);
        String platform = PLATFORM + "  - {name: connect, ports: [{name: http, port: 8083}]}\n";
        SourceRun run = SourceRun.of(dir, new Fixtures(dir).platformFile(platform).modules(),
                new KafkaConnectConnectors());
        assertEquals(Map.of(), run.edges());
        assertEquals(1, run.warnings().size(), run.warnings().toString());
        assertTrue(run.warnings().get(0).contains("is run by several services: connect, debezium;"),
                run.warnings().get(0));
    }

    @Test
    void aStrimziKafkaConnectorIsRunByTheServiceOfItsCluster() throws Exception {
        SourceRun.write(dir, "k8s/connectors.yaml", """
                apiVersion: kafka.strimzi.io/v1beta2
                kind: KafkaConnector
                metadata:
                  name: orders-outbox
                  labels:
                    strimzi.io/cluster: cdc
                spec:
                  class: io.debezium.connector.mysql.MySqlConnector
                  tasksMax: 1
                  config:
                    database.hostname: order-db
                    database.password: %s
                """.formatted(PASSWORD));
        String platform = PLATFORM.replace("name: debezium", "name: cdc-connect")
                .replace("{name: pg, port: 5432}]}\n  - {name: customer-db", "{name: mysql, port: 3306}]}\n  - {name: customer-db");
        SourceRun run = SourceRun.of(dir, new Fixtures(dir).platformFile(platform).modules(),
                new KafkaConnectConnectors());
        assertEquals(Map.of("cdc-connect->order-db", List.of("k8s/connectors.yaml:11 spec.config.database.hostname"
                + " names order-db")), run.edges());
        assertEquals(List.of(3306), run.ports().get("cdc-connect->order-db"), "the MySQL connector's default port");
        assertEquals(List.of(), run.warnings());
    }

    @Test
    void theServiceProvidingKafkaConnectRunsTheConnectorsAmongSeveralImages() throws Exception {
        SourceRun.write(dir, "compose.yml", COMPOSE.formatted("debezium", "debezium/connect:2.7")
                + "  connect:\n    image: confluentinc/cp-kafka-connect:7.6.0\n");
        SourceRun.write(dir, "connectors/orders.json", ORDERS);
        String platform = PLATFORM + "  - {name: connect, provides: [kafka-connect], ports: [{name: http, port: 8083}]}\n";
        SourceRun run = SourceRun.of(dir, new Fixtures(dir).platformFile(platform).modules(),
                new KafkaConnectConnectors());
        assertEquals(List.of("connect->order-db"), List.copyOf(run.edges().keySet()));
        assertEquals(List.of(), run.warnings());
    }
}
