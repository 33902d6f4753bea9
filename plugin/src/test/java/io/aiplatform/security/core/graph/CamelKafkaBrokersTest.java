package io.aiplatform.security.core.graph;

import static io.aiplatform.security.core.Fixtures.dep;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aiplatform.security.core.Fixtures;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Apache Camel's Kafka component connects to the brokers of camel.component.kafka.brokers. */
class CamelKafkaBrokersTest {

    private static final String HTTP = "ports: [{name: http, port: 8080}]\n";
    private static final String ROUTES = "package x;\nclass Routes {\n    String uri() { return \"kafka:orders\"; }\n}\n";
    private static final String CONFIG = "bootstrap.servers=kafka:29092\ncamel.component.kafka.brokers=${bootstrap.servers}\n";

    @TempDir
    Path dir;

    @Test
    void theBrokersOfCamelsKafkaComponentAreItsConnection() throws Exception {
        SourceRun.write(dir, "orders/src/main/resources/application.properties", CONFIG);
        SourceRun.write(dir, "orders/src/main/java/x/Routes.java", ROUTES);
        SourceRun run = run(fixtures().service("orders", HTTP, dep("org.apache.camel.quarkus:camel-quarkus-kafka")));
        assertEquals(List.of("orders->kafka"), List.copyOf(run.edges().keySet()));
        assertTrue(run.edges().get("orders->kafka").contains("orders/src/main/resources/application.properties:2"
                + " camel.component.kafka.brokers names kafka"), run.edges().toString());
    }

    @Test
    void theKeyCountsForCamelsOwnComponentToo() throws Exception {
        SourceRun.write(dir, "orders/src/main/resources/application.properties", CONFIG);
        SourceRun.write(dir, "orders/src/main/java/x/Routes.java", ROUTES);
        SourceRun run = run(fixtures().service("orders", HTTP, dep("org.apache.camel:camel-kafka")));
        assertEquals(List.of("orders->kafka"), List.copyOf(run.edges().keySet()));
    }

    @Test
    void withoutACamelKafkaLibraryTheKeyIsReadByNothing() throws Exception {
        SourceRun.write(dir, "orders/src/main/resources/application.properties", CONFIG);
        SourceRun.write(dir, "orders/src/main/java/x/Routes.java", ROUTES);
        SourceRun run = run(fixtures().service("orders", HTTP, dep("io.quarkus:quarkus-rest")));
        assertEquals(List.of(), List.copyOf(run.edges().keySet()), run.edges().toString());
        assertTrue(run.omissions().stream().anyMatch(o -> o.describe().startsWith(
                "orders -/-> kafka (camel.component.kafka.brokers): not a connection: no library on the classpath of"
                + " orders reads camel.component.kafka.*")), run.omissions().toString());
    }

    private Fixtures fixtures() {
        return new Fixtures(dir).service("kafka", "ports: [{name: kafka, port: 9092}, {name: internal, port: 29092}]\n"
                + "provides: [kafka]\n");
    }

    private SourceRun run(Fixtures f) throws Exception {
        return SourceRun.of(dir, f.modules(), new ConfiguredHosts());
    }
}
