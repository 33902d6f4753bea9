package io.aiplatform.security.core.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A configuration folder listed once gives what its configuration's and its logging files' own readers give. */
class ConfigurationFolderTest {

    @TempDir
    Path dir;

    @Test
    void theOneListingGivesTheConfigurationAndTheLoggingFiles() throws Exception {
        Files.writeString(dir.resolve("application.yml"), "spring:\n  application:\n    name: orders\n");
        Files.writeString(dir.resolve("application-prod.properties"), "db.url=jdbc:postgresql://db:5432/orders\n");
        Files.writeString(dir.resolve("logback-spring.xml"), "<configuration/>\n");
        Files.writeString(dir.resolve("log4j2.yaml"), "Configuration: {}\n");
        Files.createDirectories(dir.resolve("logback-dir.xml")); // a folder, not a logging file
        List<String> warnings = new ArrayList<>();
        ConfigurationFolder folder = ConfigurationFolder.of(dir);
        assertEquals(List.of(dir.resolve("log4j2.yaml"), dir.resolve("logback-spring.xml")), folder.loggingFiles());
        assertEquals(LogAppenderEndpoints.files(dir), folder.loggingFiles());
        ModuleConfiguration config = folder.configuration(List.of("prod"), p -> warnings.add(p.toString()));
        assertEquals(ModuleConfiguration.read(dir, List.of("prod"), p -> { }).properties(), config.properties());
        assertEquals("orders", config.value("spring.application.name").orElseThrow());
        assertEquals("jdbc:postgresql://db:5432/orders", config.value("db.url").orElseThrow());
        assertTrue(warnings.isEmpty(), warnings.toString());
    }

    @Test
    void aFolderThatIsNotThereGivesNothing() {
        ConfigurationFolder folder = ConfigurationFolder.of(dir.resolve("missing"));
        assertEquals(List.of(), folder.loggingFiles());
        assertTrue(folder.configuration(List.of(), p -> { }).properties().isEmpty());
    }
}
