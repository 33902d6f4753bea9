package io.aiplatform.security.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link ItFiles#edgesAre}: the connections a build printed, compared as a set with what a verify script expects. */
class ItFilesEdgesTest {

    @TempDir
    Path dir;

    @BeforeEach
    void log() throws Exception {
        Files.writeString(dir.resolve("build.log"), """
                [INFO] ai-security: orders -> postgres:5432 because orders/pom.xml:12 org.postgresql:postgresql names postgres
                [INFO] ai-security: web -> orders:8080,8081 because web/pom.xml:20 io.bench:orders is a module of orders
                [INFO] ai-security: 3 services, 2 connections
                """);
    }

    @Test
    void theSameConnectionsInAnyOrderPass() throws Exception {
        ItFiles.edgesAre(dir.toFile(), "web -> orders:8080,8081", "orders -> postgres:5432");
    }

    @Test
    void aMissingAndAnUnexpectedConnectionAreNamed() {
        AssertionError e = assertThrows(AssertionError.class,
                () -> ItFiles.edgesAre(dir.toFile(), "orders -> postgres:5432", "orders -> redis:6379"));
        assertEquals("missing [orders -> redis:6379], unexpected [web -> orders:8080,8081]", e.getMessage());
    }

    @Test
    void noConnectionsExpectedFailsWhenThereAreSome() {
        assertThrows(AssertionError.class, () -> ItFiles.edgesAre(dir.toFile()));
    }
}
