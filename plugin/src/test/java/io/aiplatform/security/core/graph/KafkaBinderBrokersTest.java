package io.aiplatform.security.core.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.aiplatform.security.core.Fixtures;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Spring Cloud Stream's Kafka binder connects to {@code spring.cloud.stream.kafka.binder.brokers}, a list of
 * {@code host[:port]}: each names the broker, on its port.
 */
class KafkaBinderBrokersTest {

    @TempDir
    Path dir;

    @Test
    void theBindersBrokerListNamesTheBrokerOnItsPort() throws Exception {
        SourceRun.write(dir, "orders/src/main/resources/application.yml",
                "spring.cloud.stream.kafka.binder.brokers: kafka:29092,other:9092\n");
        SourceRun run = SourceRun.of(dir, new Fixtures(dir)
                .service("orders", "ports: [{name: http, port: 8080}]\n",
                        Fixtures.dep("org.springframework.cloud:spring-cloud-stream-binder-kafka"))
                .service("kafka", "role: broker\nports: [{name: internal, port: 29092}, {name: external, port: 9092}]\n"
                        + "provides: [kafka]\n").modules(), new ConfiguredHosts());
        assertEquals(Map.of("orders->kafka", List.of("orders/src/main/resources/application.yml:1"
                + " spring.cloud.stream.kafka.binder.brokers names kafka")), run.edges());
        assertEquals(Map.of("orders->kafka", List.of(29092)), run.ports());
    }
}
