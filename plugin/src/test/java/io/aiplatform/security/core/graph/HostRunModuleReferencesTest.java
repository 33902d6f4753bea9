package io.aiplatform.security.core.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.aiplatform.security.core.Fixtures;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Modules that no Compose service or workload runs are started on the host beside a Compose file that runs the
 * infrastructure: one's {@code localhost:P} that no Compose service publishes is the other host-run module listening
 * on P, as processes on one host share its loopback.
 */
class HostRunModuleReferencesTest {

    private static final String COMPOSE = """
            services:
              postgres:
                image: postgres:16
                ports: ["5432:5432"]
            """;

    private static final String ORDERS = """
            spring.config.import=optional:configserver:http://localhost:8888
            eureka.client.service-url.defaultZone=http://localhost:8761/eureka
            """;

    @TempDir
    Path dir;

    private SourceRun run(String properties, String otherAtConfigPort) throws Exception {
        SourceRun.write(dir, "orders/src/main/resources/application.properties", properties);
        Fixtures fixtures = new Fixtures(dir)
                .service("orders", "ports: [{name: http, port: 8070}]\n",
                        Fixtures.dep("org.springframework.cloud:spring-cloud-starter-config"),
                        Fixtures.dep("org.springframework.cloud:spring-cloud-starter-netflix-eureka-client"))
                .service("config", "role: config-server\nports: [{name: http, port: 8888}]\n"
                        + "provides: [spring-cloud-config]\n",
                        Fixtures.dep("org.springframework.cloud:spring-cloud-config-server"))
                .service("registry", "role: registry\nports: [{name: http, port: 8761}]\nprovides: [eureka]\n",
                        Fixtures.dep("org.springframework.cloud:spring-cloud-starter-netflix-eureka-server"))
                .platformFile("""
                        services:
                          - {name: postgres, role: database, ports: [{port: 5432}], provides: [postgresql]}
                        """);
        if (otherAtConfigPort != null) {
            fixtures.service(otherAtConfigPort, "ports: [{name: http, port: 8888}]\n",
                    Fixtures.dep("org.springframework.boot:spring-boot-starter-web"));
        }
        return SourceRun.of(dir, fixtures.modules(), new ConfiguredHosts());
    }

    @Test
    void aLoopbackPortNoComposeServicePublishesNamesTheOtherHostRunModuleListeningOnIt() throws Exception {
        SourceRun.write(dir, "compose.yml", COMPOSE);
        SourceRun run = run(ORDERS, null);
        assertEquals(Map.of("orders->config", List.of("orders/src/main/resources/application.properties:1"
                        + " spring.config.import (localhost:8888: config listens on 8888 on the host, where orders runs"
                        + " too: no Compose service or workload of the repository runs either) names config"),
                "orders->registry", List.of("orders/src/main/resources/application.properties:2"
                        + " eureka.client.service-url.default-zone (localhost:8761: registry listens on 8761 on the"
                        + " host, where orders runs too: no Compose service or workload of the repository runs"
                        + " either) names registry")), run.edges());
        assertEquals(Map.of("orders->config", List.of(8888), "orders->registry", List.of(8761)), run.ports());
        assertEquals(List.of(), run.warnings());
    }

    @Test
    void severalHostRunModulesOnThePortAreOneWarningNamingThem() throws Exception {
        SourceRun.write(dir, "compose.yml", COMPOSE);
        SourceRun run = run(ORDERS, "admin");
        assertEquals(List.of("orders->registry"), List.copyOf(run.edges().keySet()));
        assertEquals(List.of("service 'orders': orders/src/main/resources/application.properties:1 spring.config.import names host"
                + " 'localhost', which is the host (orders runs on the host: no Compose service or workload of the"
                + " repository runs it), where several modules run on the host listen on port 8888: admin, config;"
                + " name the one it means, or add 'calls:'"), run.warnings());
    }

    @Test
    void aModuleThatAComposeServiceRunsIsNotOnTheHost() throws Exception {
        SourceRun.write(dir, "compose.yml", COMPOSE + "  config:\n    build: ./config\n");
        SourceRun run = run(ORDERS, null);
        assertEquals(List.of("orders->registry"), List.copyOf(run.edges().keySet()));
        assertEquals(1, run.warnings().stream().filter(w -> w.contains("spring.config.import names host 'localhost',"
                + " the pod itself")).count(), run.warnings().toString());
    }

    @Test
    void withoutAComposeFilePublishingPortsNothingShowsTheServicesRunOnTheHost() throws Exception {
        SourceRun run = run(ORDERS, null);
        assertEquals(Map.of(), run.edges());
        assertEquals(2, run.warnings().stream().filter(w -> w.contains("the pod itself")).count(),
                run.warnings().toString());
    }

    @Test
    void aModuleReachingItsOwnPortStaysItsOwnLoopback() throws Exception {
        SourceRun.write(dir, "compose.yml", COMPOSE);
        SourceRun run = run("spring.config.import=optional:configserver:http://localhost:8070\n", null);
        assertEquals(Map.of(), run.edges());
        assertEquals(1, run.warnings().stream().filter(w -> w.contains("the pod itself")).count(),
                run.warnings().toString());
    }
}
