package io.aiplatform.security.core.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compose gives a service host names on its networks besides its name: network aliases, its hostname, its
 * container name, and the Compose service's own name when it is built from a module named otherwise. A URL
 * or a Java literal naming one reaches the service that Compose service runs; the evidence says which.
 */
class ComposeHostNamesTest {

    @TempDir
    Path dir;

    @Test
    void aNetworkAliasNamesTheServiceItsComposeServiceRuns() throws Exception {
        SourceRun.write(dir, "orders/src/main/resources/application.yml", "clients.gateway.url: http://gateway:8080/api\n");
        SourceRun.write(dir, "docker-compose.yml", """
                services:
                  web:
                    image: shop/web
                    networks:
                      backend:
                        aliases: [gateway, "edge-${SUFFIX}"]
                """);
        SourceRun run = SourceRun.ofHttpServices(dir, new ConfiguredHosts(), "orders", "web");
        assertEquals(Map.of("orders->web", List.of("orders/src/main/resources/application.yml:1 clients.gateway.url"
                + " names gateway (docker-compose.yml:6 gives Compose service web on network backend the alias"
                + " gateway)")), run.edges());
        assertEquals(List.of(), run.warnings());
    }

    @Test
    void theHostnameTheContainerNameAndTheServiceNameOfTheBuildNameTheServiceInCode() throws Exception {
        SourceRun.write(dir, "orders/src/main/java/shop/Clients.java", """
                package shop;
                class Clients {
                    String web = "http://web-host:8080/";
                    String billing = "http://billing-container:8080/";
                    String payments = "http://payments-svc:8080/";
                }
                """);
        SourceRun.write(dir, "deploy/compose.yaml", """
                services:
                  web:
                    hostname: web-host
                  billing:
                    container_name: billing-container
                  payments-svc:
                    build: ../payments
                """);
        SourceRun run = SourceRun.ofHttpServices(dir, new JavaSourceHosts(), "orders", "web", "billing", "payments");
        assertEquals(List.of("orders->billing", "orders->payments", "orders->web"), List.copyOf(run.edges().keySet()));
        assertEquals(List.of("orders/src/main/java/shop/Clients.java:4 \"http://billing-container:8080/\" names"
                + " billing-container (deploy/compose.yaml:5 gives Compose service billing the container name"
                + " billing-container)"), run.edges().get("orders->billing"));
        assertEquals(true, run.edges().get("orders->payments").get(0).endsWith("(deploy/compose.yaml:7 gives Compose"
                + " service payments-svc the service name payments-svc)"), run.edges().toString());
    }

    @Test
    void theComposeServiceBuiltFromTheModuleNamesTheServiceItsApplicationNameNamesOtherwise() throws Exception {
        SourceRun.write(dir, "registry/src/main/resources/application.properties", "spring.application.name=directory\n");
        SourceRun.write(dir, "orders/src/main/resources/application.yml", "clients.registry.url: http://registry:8080/\n");
        SourceRun.write(dir, "docker-compose.yml", "services:\n  registry:\n    build: registry\n");
        SourceRun run = SourceRun.ofHttpServices(dir, new ConfiguredHosts(), "orders", "registry");
        assertEquals(Map.of("orders->directory", List.of("orders/src/main/resources/application.yml:1 clients.registry.url"
                + " names registry (docker-compose.yml:3 gives Compose service registry the service name registry)")),
                run.edges());
        assertEquals(List.of(), run.warnings());
    }

    @Test
    void aServicesOwnNameWinsAndAHostNameTwoServicesShareNamesNeither() throws Exception {
        SourceRun.write(dir, "orders/src/main/resources/application.yml", """
                clients.a.url: http://billing:8080
                clients.b.url: http://shared:8080
                """);
        SourceRun.write(dir, "docker-compose.yml", """
                services:
                  web:
                    networks:
                      front: {aliases: [billing, shared]}
                  billing:
                    hostname: shared
                """);
        SourceRun run = SourceRun.ofHttpServices(dir, new ConfiguredHosts(), "orders", "web", "billing");
        assertEquals(Map.of("orders->billing", List.of("orders/src/main/resources/application.yml:1 clients.a.url"
                + " names billing")), run.edges());
        assertEquals(List.of("docker-compose.yml:6: the Compose host name shared belongs to services billing, web, so a"
                + " URL naming it names neither; give each its own host name, or add 'calls:'",
                "service 'orders': orders/src/main/resources/application.yml:2 clients.b.url names host 'shared', which is"
                + " no service of the platform; if it is outside, declare it under 'egress:'"), run.warnings());
    }

    @Test
    void localhostAsAHostnameNamesNoServiceItStaysTheLoopback() throws Exception {
        SourceRun.write(dir, "orders/src/main/resources/application.yml", "tracing.zipkin.http.url: http://localhost:9411\n");
        SourceRun.write(dir, "docker-compose.yml", """
                services:
                  kafka:
                    image: spotify/kafka
                    hostname: localhost
                    network_mode: host
                """);
        SourceRun run = SourceRun.ofHttpServices(dir, new ConfiguredHosts(), "orders", "kafka");
        assertEquals(Map.of(), run.edges());
        assertEquals(List.of("service 'orders': orders/src/main/resources/application.yml:1 tracing.zipkin.http.url names"
                + " host 'localhost', the pod itself once deployed; name the service it means"), run.warnings());
    }
}
