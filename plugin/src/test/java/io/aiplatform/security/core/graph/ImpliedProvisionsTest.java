package io.aiplatform.security.core.graph;

import static io.aiplatform.security.core.Fixtures.dep;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aiplatform.security.core.Fixtures;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A service carrying a server library (Eureka server, Spring Cloud Config Server) provides its product. */
class ImpliedProvisionsTest {

    private static final String HTTP = "ports: [{name: http, port: 8080}]\n";
    private static final String EUREKA_CLIENT = "org.springframework.cloud:spring-cloud-starter-netflix-eureka-client";
    private static final String EUREKA_SERVER = "org.springframework.cloud:spring-cloud-starter-netflix-eureka-server";
    private static final String CONFIG_CLIENT = "org.springframework.cloud:spring-cloud-starter-config";
    private static final String CONFIG_SERVER = "org.springframework.cloud:spring-cloud-config-server";

    @TempDir
    Path dir;

    @Test
    void theServerLibrariesMakeTheirServicesTheProviders() throws Exception {
        SourceRun run = run(new Fixtures(dir).service("orders", HTTP, dep(EUREKA_CLIENT), dep(CONFIG_CLIENT))
                .service("registry", "ports: [{port: 8761}]\n", dep(EUREKA_SERVER))
                .service("config", "ports: [{port: 8888}]\n", dep(CONFIG_SERVER)));
        assertEquals(List.of("orders->config", "orders->registry"), List.copyOf(run.edges().keySet()));
        assertEquals(List.of("orders/pom.xml declares " + CONFIG_CLIENT + " (catalog: spring-cloud-config, provided by"
                + " config, whose config/pom.xml declares " + CONFIG_SERVER + ")"), run.edges().get("orders->config"));
        assertEquals(List.of(8888), run.ports().get("orders->config"));
        assertEquals(List.of(), run.warnings(), "no 'no service provides eureka'");
    }

    @Test
    void aDescriptorsProvidesWinsAndTwoServerLibrariesDecideNothing() throws Exception {
        SourceRun declared = run(new Fixtures(dir).service("orders", HTTP, dep(CONFIG_CLIENT))
                .service("config", "ports: [{port: 8888}]\n", dep(CONFIG_SERVER))
                .service("other", "ports: [{port: 9999}]\nprovides: [spring-cloud-config]\n"));
        assertEquals(List.of("orders->other"), List.copyOf(declared.edges().keySet()));
        SourceRun two = run(new Fixtures(dir).service("orders", HTTP, dep(CONFIG_CLIENT))
                .service("config", "ports: [{port: 8888}]\n", dep(CONFIG_SERVER))
                .service("config2", "ports: [{port: 8888}]\n", dep(CONFIG_SERVER)));
        assertEquals(List.of(), List.copyOf(two.edges().keySet()));
        assertTrue(two.warnings().stream().anyMatch(w -> w.contains("no service provides 'spring-cloud-config'")),
                two.warnings().toString());
    }

    @Test
    void aServiceWithoutTheServerLibraryProvidesNothing() throws Exception {
        SourceRun run = run(new Fixtures(dir).service("orders", HTTP, dep(CONFIG_CLIENT))
                .service("config", "ports: [{port: 8888}]\n", dep(CONFIG_CLIENT)));
        assertEquals(List.of(), List.copyOf(run.edges().keySet()));
        assertTrue(run.warnings().stream().anyMatch(w -> w.contains("no service provides 'spring-cloud-config'")),
                run.warnings().toString());
    }

    @Test
    void aRegistryClientSwitchedOffCallsNoRegistry() throws Exception {
        SourceRun.write(dir, "billing/src/main/resources/application.properties", "eureka.client.enabled=false\n");
        SourceRun run = run(new Fixtures(dir).service("billing", HTTP, dep(EUREKA_CLIENT))
                .service("registry", "ports: [{port: 8761}]\n", dep(EUREKA_SERVER)));
        assertEquals(List.of(), List.copyOf(run.edges().keySet()));
        assertEquals(List.of("billing -/-> eureka (" + EUREKA_CLIENT + "): its configuration switches the eureka client off"
                + " [billing/pom.xml]"), run.omissions().stream().map(Omission::describe).toList());
    }

    private SourceRun run(Fixtures platform) throws Exception {
        return SourceRun.of(dir, platform.modules(), new PomDependencies());
    }
}
