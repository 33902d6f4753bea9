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
 * A client library whose configuration points it at a host outside the platform (a Kafka cluster of another
 * namespace, a managed database) connects there: the library is no call of the platform's provider of its product.
 */
class ClientLocatedOutsideTest {

    private static final String HTTP = "ports: [{name: http, port: 8080}]\n";
    private static final String KAFKA = "role: broker\nports: [{name: kafka, port: 9092}]\nprovides: [kafka]\n";

    @TempDir
    Path dir;

    private SourceRun run(String bootstrapServers) throws Exception {
        SourceRun.write(dir, "cart/src/main/resources/application.yml", "spring.application.name: cart\n"
                + (bootstrapServers == null ? "" : "spring.kafka.bootstrap-servers: " + bootstrapServers + "\n"));
        return SourceRun.of(dir, new Fixtures(dir).service("cart", HTTP, dep("org.springframework.kafka:spring-kafka"))
                .service("kafka", KAFKA).modules(), new ConfiguredHosts(), new PomDependencies());
    }

    @Test
    void aClientPointedAtAnUnknownHostIsNoCallOfThePlatformsProvider() throws Exception {
        SourceRun run = run("kafka-cluster-kafka-brokers.streaming.example.org:9092");
        assertEquals(Map.of(), run.edges());
        assertEquals(List.of("cart -/-> kafka (org.springframework.kafka:spring-kafka): its configuration points the"
                        + " client outside the platform: cart/src/main/resources/application.yml:2"
                        + " spring.kafka.bootstrap-servers names kafka-cluster-kafka-brokers.streaming.example.org"
                        + " (declare that destination under 'egress:') [cart/pom.xml]"),
                run.omissions().stream().map(Omission::describe).toList());
        assertTrue(run.warnings().stream().anyMatch(w -> w.contains("names host"
                + " 'kafka-cluster-kafka-brokers.streaming.example.org', which is no service of the platform")),
                run.warnings().toString());
    }

    @Test
    void aClientPointedAtThePlatformsProviderStillCallsIt() throws Exception {
        SourceRun run = run("kafka:9092");
        assertEquals(List.of("kafka"), run.edges().keySet().stream().map(e -> e.substring(e.indexOf("->") + 2)).toList());
        assertEquals(List.of(), run.omissions());
    }

    @Test
    void aClientPointedBothWaysCallsTheProvider() throws Exception {
        SourceRun run = run("kafka:9092,kafka-2.streaming.example.org:9092");
        assertEquals(List.of("cart->kafka"), List.copyOf(run.edges().keySet()));
        assertEquals(List.of(), run.omissions());
    }

    @Test
    void aClientThatNothingLocatesStaysACallOfTheProvider() throws Exception {
        SourceRun run = run(null);
        assertEquals(Map.of("cart->kafka", List.of("cart/pom.xml declares org.springframework.kafka:spring-kafka"
                + " (catalog: kafka, provided by kafka)")), run.edges());
    }
}
