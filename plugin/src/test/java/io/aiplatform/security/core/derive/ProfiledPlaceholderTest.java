package io.aiplatform.security.core.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A placeholder may name a key as a profile writes it: ${%prod.kafka.bootstrap.servers} is that line's value. */
class ProfiledPlaceholderTest {

    private static final String CONFIG = """
            %k8s.kafka.bootstrap.servers=my-cluster-kafka-bootstrap:9092
            %prod.kafka.bootstrap.servers=kafka:9092
            %dev.kafka.bootstrap.servers=localhost:29092
            %k8s.quarkus.kafka-streams.bootstrap-servers=${%k8s.kafka.bootstrap.servers}
            %prod.quarkus.kafka-streams.bootstrap-servers=${%prod.kafka.bootstrap.servers}
            app.dev-brokers=${%dev.kafka.bootstrap.servers}
            app.missing=${%test.kafka.bootstrap.servers}
            """;

    @TempDir
    Path dir;

    private ModuleConfiguration read(List<String> profiles) throws Exception {
        Files.writeString(dir.resolve("application.properties"), CONFIG);
        return ModuleConfiguration.read(dir, profiles, p -> { });
    }

    @Test
    void thePlaceholderTakesTheValueOfTheLineItNames() throws Exception {
        ModuleConfiguration config = read(List.of());
        assertEquals(Optional.of("kafka:9092"), config.value("quarkus.kafka-streams.bootstrap-servers"));
        assertEquals(Optional.of("localhost:29092"), config.value("app.dev-brokers"),
                "looked up as written, whichever profile is active");
        assertEquals(Optional.empty(), config.value("app.missing"), "no such line: unresolved");
    }

    @Test
    void aProfiledLineIsNoPropertyOfItsOwn() throws Exception {
        ModuleConfiguration config = read(List.of());
        assertTrue(config.variableOnly("%dev.kafka.bootstrap.servers"));
        assertFalse(config.variableOnly("kafka.bootstrap.servers"));
        assertEquals(Optional.of("kafka:9092"), config.value("kafka.bootstrap.servers"));
    }
}
