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
 * Micronaut's discovery client takes its registry servers from {@code consul.client.defaultZone} and
 * {@code eureka.client.defaultZone}, written {@code host:port} without a scheme as the Micronaut Discovery Client guide
 * shows ({@code "${CONSUL_HOST:localhost}:${CONSUL_PORT:8500}"}), comma-separated for several: the servers they name
 * are the registries the service connects to.
 */
class MicronautDefaultZoneTest {

    private static final String HTTP = "ports: [{name: http, port: 8080}]\n";
    private static final String CONSUL = "role: registry\nports: [{name: http, port: 8500}]\nprovides: [consul]\n";
    private static final String EUREKA = "role: registry\nports: [{name: http, port: 8761}]\nprovides: [eureka]\n";
    private static final String DISCOVERY = "io.micronaut.discovery:micronaut-discovery-client";

    @TempDir
    Path dir;

    @Test
    void aConsulDefaultZoneWithoutSchemeNamesTheRegistry() throws Exception {
        config("consul:\n  client:\n    defaultZone: \"${CONSUL_HOST:consul-b}:${CONSUL_PORT:8500}\"\n");
        SourceRun run = run(new Fixtures(dir).service("consul-a", CONSUL).service("consul-b", CONSUL));
        assertEquals(List.of(), run.errors());
        assertEquals(Map.of("books->consul-b", List.of("books/src/main/resources/application.yml:3"
                + " consul.client.default-zone names consul-b")), run.edges());
        assertEquals(List.of(8500), run.ports().get("books->consul-b"));
    }

    @Test
    void aEurekaDefaultZoneListsSeveralServers() throws Exception {
        config("eureka.client.defaultZone: eureka-a:8761,eureka-b:8761\n");
        SourceRun run = run(new Fixtures(dir).service("eureka-a", EUREKA).service("eureka-b", EUREKA)
                .service("eureka-c", EUREKA));
        assertEquals(List.of("books->eureka-a", "books->eureka-b"), run.edges().keySet().stream().sorted().toList());
        assertEquals(List.of(8761), run.ports().get("books->eureka-b"));
    }

    @Test
    void aHostPortUnderAnotherKeyNamesNothing() throws Exception {
        config("books.client.defaultZone: consul-b:8500\n");
        SourceRun run = run(new Fixtures(dir).service("consul-a", CONSUL).service("consul-b", CONSUL));
        assertEquals(Map.of(), run.edges(), "only Micronaut's two defaultZone keys are host lists");
    }

    @Test
    void aServerThatNeedsAVariableWithoutDefaultIsUnresolved() throws Exception {
        config("consul.client.defaultZone: \"${CONSUL_HOST}:8500\"\n");
        SourceRun run = run(new Fixtures(dir).service("consul", CONSUL));
        assertTrue(run.warnings().stream().anyMatch(w -> w.contains("consul.client.default-zone needs CONSUL_HOST,"
                + " which has no default")), run.warnings().toString());
    }

    private void config(String yaml) throws Exception {
        SourceRun.write(dir, "books/src/main/resources/application.yml", yaml);
    }

    private SourceRun run(Fixtures f) throws Exception {
        f.service("books", HTTP, dep("io.micronaut:micronaut-http-server-netty"), dep(DISCOVERY));
        return SourceRun.of(dir, f.modules(), new ConfiguredHosts(), new PomDependencies());
    }
}
