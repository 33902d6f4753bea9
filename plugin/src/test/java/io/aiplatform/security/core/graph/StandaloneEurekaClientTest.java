package io.aiplatform.security.core.graph;

import static io.aiplatform.security.core.Fixtures.dep;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aiplatform.security.core.Fixtures;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A Eureka client that neither registers nor fetches the registry reads none of its service URLs. */
class StandaloneEurekaClientTest {

    private static final String EUREKA_SERVER = "org.springframework.cloud:spring-cloud-starter-netflix-eureka-server";

    @TempDir
    Path dir;

    private SourceRun run(String flags) throws Exception {
        SourceRun.write(dir, "registry/src/main/resources/application.yml", "server.port: 8761\neureka:\n  client:\n"
                + flags + "    serviceUrl:\n      defaultZone: http://peer:8761/eureka/,http://localhost:8761/eureka/\n");
        return SourceRun.of(dir, new Fixtures(dir)
                .service("registry", "ports: [{name: http, port: 8761}]\n", dep(EUREKA_SERVER))
                .service("peer", "ports: [{name: http, port: 8761}]\n", dep(EUREKA_SERVER)).modules(),
                new ConfiguredHosts());
    }

    @Test
    void aStandaloneEurekaServerContactsNoneOfItsServiceUrls() throws Exception {
        SourceRun run = run("    registerWithEureka: false\n    fetch-registry: false\n");
        assertEquals(List.of(), List.copyOf(run.edges().keySet()));
        assertEquals(List.of(), run.warnings(), "no 'localhost' warning for a URL nothing reads");
        assertTrue(run.omissions().stream().anyMatch(o -> o.describe().contains("eureka.client.register-with-eureka and"
                + " eureka.client.fetch-registry are false: the Eureka client contacts no registry")), run.omissions().toString());
    }

    @Test
    void aServerThatStillFetchesTheRegistryContactsItsPeers() throws Exception {
        SourceRun run = run("    registerWithEureka: false\n");
        assertEquals(List.of("registry->peer"), List.copyOf(run.edges().keySet()));
    }
}
