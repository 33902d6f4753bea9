package io.aiplatform.security.core.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * cp-kafka writes every KAFKA_* variable into the broker's server.properties, and Apache Kafka's broker has no schema
 * registry setting: KAFKA_SCHEMA_REGISTRY_URL beside KAFKA_ZOOKEEPER_CONNECT is no connection of the broker.
 */
class KafkaBrokerVariablesTest {

    private final Path file = Path.of("compose.yml");
    private final List<ConfigValue> env = List.of(new ConfigValue("KAFKA_ZOOKEEPER_CONNECT", "zookeeper:2181", file, 18),
            new ConfigValue("KAFKA_SCHEMA_REGISTRY_URL", "http://schema-registry:8081", file, 25));

    private List<String> references(String image) {
        Container kafka = new Container("kafka", file, List.of(image), null, null, env, List.of(), List.of(), Map.of());
        return ContainerVariables.references(kafka, Set.of("zookeeper", "schema-registry")::contains,
                p -> p.getFileName().toString()).stream().map(r -> r.host() + ":" + r.port() + " " + r.source()).toList();
    }

    @Test
    void theBrokerConnectsToZooKeeperButNotToTheSchemaRegistry() {
        assertEquals(List.of("zookeeper:2181 compose.yml:18 KAFKA_ZOOKEEPER_CONNECT"),
                references("confluentinc/cp-kafka:7.3.0"));
    }

    @Test
    void anotherImagesUrlVariableOfThatNameStillCounts() {
        assertEquals(List.of("zookeeper:2181 compose.yml:18 KAFKA_ZOOKEEPER_CONNECT",
                "schema-registry:8081 compose.yml:25 KAFKA_SCHEMA_REGISTRY_URL"), references("example/kafka-tool:1"));
    }
}
