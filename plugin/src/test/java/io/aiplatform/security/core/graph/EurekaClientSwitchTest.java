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
 * Spring Cloud Netflix's Eureka client neither registers nor fetches while {@code eureka.client.enabled} (or
 * {@code spring.cloud.discovery.enabled}) is false: the service URL its configuration names is then no connection.
 */
class EurekaClientSwitchTest {

    private static final String HTTP = "ports: [{name: http, port: 8080}]\n";
    private static final String CLIENT = "org.springframework.cloud:spring-cloud-starter-netflix-eureka-client";
    private static final String ZONE = "eureka:\n  client:\n    service-url:\n      defaultZone: http://registry:8761/eureka/\n";

    @TempDir
    Path dir;

    @Test
    void aSwitchedOffClientsServiceUrlIsNoEdgeAndExplainSaysWhy() throws Exception {
        SourceRun.write(dir, "orders/src/main/resources/application.yml", ZONE + "    enabled: false\n");
        SourceRun run = run();
        assertEquals(Map.of(), run.edges());
        assertTrue(run.omissions().stream().map(Omission::describe).anyMatch(o -> o.equals("orders -/-> registry"
                + " (eureka.client.service-url.default-zone): not a connection: orders/src/main/resources/application.yml:5"
                + " eureka.client.enabled is false, which switches its client off [orders/src/main/resources/application.yml:4]")),
                run.omissions().toString());
    }

    @Test
    void theDiscoverySwitchTurnsItOffTooAndWithoutASwitchTheUrlConnects() throws Exception {
        SourceRun.write(dir, "orders/src/main/resources/application.yml", ZONE
                + "spring:\n  cloud:\n    discovery:\n      enabled: false\n");
        assertEquals(Map.of(), run().edges());
        SourceRun.write(dir, "orders/src/main/resources/application.yml", ZONE + "    enabled: true\n");
        assertEquals(Map.of("orders->registry", List.of(8761)), run().ports());
    }

    private SourceRun run() throws Exception {
        return SourceRun.of(dir, new Fixtures(dir).service("orders", HTTP, dep(CLIENT))
                .service("registry", "role: registry\nports: [{name: http, port: 8761}]\nprovides: [eureka]\n").modules(),
                new ConfiguredHosts(), new PomDependencies());
    }
}
