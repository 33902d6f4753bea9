package io.aiplatform.security.core.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.aiplatform.security.core.Fixtures;
import io.aiplatform.security.core.graph.ServiceGraph;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** validate-security reuses the graph generate-security derived, and only while every input is the same. */
class DerivedGraphsTest {

    @TempDir
    Path dir;

    @Test
    void theSameInputsGiveTheSameGraphAndAnyChangedInputANewOne() throws Exception {
        Fixtures f = new Fixtures(dir).service("web", "ports: [8080]\n")
                .service("api", "ports: [{name: http, port: 9000}]\n");
        ServiceGraph first = DerivedGraphs.derive(dir, f.modules(), List.of(), "shop");
        assertSame(first, DerivedGraphs.derive(dir, f.modules(), List.of(), "shop"), "nothing changed: derived once");
        assertNotSame(first, DerivedGraphs.derive(dir, f.modules(), List.of("k8s"), "shop"), "another profile");

        Files.writeString(dir.resolve("web/src/main/ai-security/service.yaml"), "ports: [8080]\ncalls: [api]\n");
        ServiceGraph edited = DerivedGraphs.derive(dir, f.modules(), List.of(), "shop");
        assertEquals(1, edited.edges().size(), "the edited descriptor is read");

        Path config = Files.createDirectories(dir.resolve("api/src/main/resources")).resolve("application.properties");
        Files.writeString(config, "server.port=9000\n");
        assertNotSame(edited, DerivedGraphs.derive(dir, f.modules(), List.of(), "shop"), "configuration changed");

        ServiceGraph before = DerivedGraphs.derive(dir, f.modules(), List.of(), "shop");
        Files.writeString(dir.resolve("docker-compose.yml"), "services:\n  web:\n    environment: [A=b]\n");
        assertNotSame(before, DerivedGraphs.derive(dir, f.modules(), List.of(), "shop"), "a deployment file changed");
    }
}
