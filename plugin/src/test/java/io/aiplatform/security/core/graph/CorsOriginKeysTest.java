package io.aiplatform.security.core.graph;

import static io.aiplatform.security.core.Fixtures.dep;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.aiplatform.security.core.Fixtures;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A CORS setting names the browser origins a service answers, not a peer it connects to: Spring Cloud Gateway's
 * global CORS configuration (its 4.3 prefix too) and a route's {@code metadata.cors}, the actuator's CORS, Quarkus' and Micronaut's HTTP server CORS are
 * no connection and no loopback warning, whatever origin they name.
 */
class CorsOriginKeysTest {

    private static final String HTTP = "ports: [{name: http, port: 8080}]\n";
    private static final String FRONTEND = "ports: [{name: http, port: 3000}]\n";
    private static final String COMPOSE = "services:\n  edge:\n    build: ./edge\n  frontend:\n    build: ./frontend\n";
    private static final String CONFIG = "edge/src/main/resources/application.yml";

    @TempDir
    Path dir;

    @Test
    void theGatewaysGlobalCorsOriginsAreNoConnection() throws Exception {
        SourceRun.write(dir, CONFIG, """
                spring:
                  cloud:
                    gateway:
                      globalcors:
                        cors-configurations:
                          '[/**]':
                            allowedOrigins: "http://frontend:3000"
                      server:
                        webflux:
                          globalcors:
                            cors-configurations:
                              '[/api/**]':
                                allowed-origins: "https://localhost"
                      routes:
                        - id: web
                          uri: http://frontend:3000
                          predicates: [Path=/**]
                """);
        SourceRun run = run(dep("org.springframework.cloud:spring-cloud-starter-gateway"));
        assertEquals(Map.of("edge->frontend", List.of("edge/src/main/resources/application.yml:16"
                + " spring.cloud.gateway.routes[0].uri names frontend")), run.edges());
        assertEquals(List.of(), run.warnings());
        assertEquals(List.of("edge -/-> frontend (spring.cloud.gateway.globalcors.cors-configurations./**.allowed-origins):"
                        + " not a connection: the framework reads no address under spring.cloud.gateway.globalcors.*, only"
                        + " its own settings [edge/src/main/resources/application.yml:7]",
                "edge -/-> localhost (spring.cloud.gateway.server.webflux.globalcors.cors-configurations./api/**.allowed-origins):"
                        + " not a connection: the framework reads no address under"
                        + " spring.cloud.gateway.server.webflux.globalcors.*, only its own settings"
                        + " [edge/src/main/resources/application.yml:13]"),
                run.omissions().stream().filter(o -> !o.product().equals("(scraped)")).map(Omission::describe).toList());
    }

    @Test
    void aRoutesCorsMetadataIsNoConnection() throws Exception {
        SourceRun.write(dir, CONFIG, """
                spring:
                  cloud:
                    gateway:
                      routes:
                        - id: web
                          uri: http://frontend:3000
                          predicates: [Path=/**]
                          metadata:
                            cors:
                              allowedOrigins: "http://localhost:4200"
                """);
        SourceRun run = run(dep("org.springframework.cloud:spring-cloud-starter-gateway"));
        assertEquals(List.of("edge->frontend"), List.copyOf(run.edges().keySet()));
        assertEquals(List.of(), run.warnings());
    }

    @Test
    void theActuatorsCorsOriginsAreNoConnection() throws Exception {
        SourceRun.write(dir, CONFIG, "management.endpoints.web.cors.allowed-origins: http://frontend:3000\n");
        SourceRun run = run(dep("org.springframework.boot:spring-boot-starter-actuator"));
        assertEquals(Map.of(), run.edges());
        assertEquals(List.of(), run.warnings());
    }

    @Test
    void quarkusAndMicronautCorsOriginsAreNoConnection() throws Exception {
        SourceRun.write(dir, "edge/src/main/resources/application.properties",
                "quarkus.http.cors.origins=http://frontend:3000,http://localhost:4200\n"
                + "micronaut.server.cors.configurations.web.allowed-origins=http://frontend:3000\n");
        SourceRun run = run(dep("io.quarkus:quarkus-resteasy-reactive"));
        assertEquals(Map.of(), run.edges());
        assertEquals(List.of(), run.warnings());
    }

    private SourceRun run(ModuleDependency... deps) throws Exception {
        SourceRun.write(dir, "docker-compose.yml", COMPOSE);
        return SourceRun.of(dir, new Fixtures(dir).service("frontend", FRONTEND).service("edge", HTTP, deps).modules(),
                new ConfiguredHosts());
    }
}
