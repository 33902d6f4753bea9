package io.aiplatform.security.core.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aiplatform.security.core.Fixtures;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A service named otherwise by its descriptor is still called by its application name, its id in a registry. */
class ApplicationNameAliasesTest {

    @TempDir
    Path dir;

    private Fixtures services() throws Exception {
        SourceRun.write(dir, "gateway/src/main/resources/application.yaml", """
                spring:
                  application:
                    name: API-GATEWAY
                  cloud:
                    gateway:
                      routes:
                        - id: orders
                          uri: lb://ORDER-SERVICE
                        - id: payments
                          uri: lb://payment-service
                """);
        SourceRun.write(dir, "orders/src/main/resources/application.yaml",
                "server:\n  port: 8082\nspring:\n  application:\n    name: ORDER-SERVICE\n");
        SourceRun.write(dir, "orders/src/main/java/shop/PaymentClient.java", """
                package shop;

                import org.springframework.cloud.openfeign.FeignClient;

                @FeignClient(name = "PAYMENT-SERVICE")
                public interface PaymentClient {
                }
                """);
        SourceRun.write(dir, "payments/src/main/resources/application.properties",
                "spring.application.name=PAYMENT-SERVICE\nserver.port=8081\n");
        return new Fixtures(dir)
                .service("gateway", "name: cloud-gateway-app\nrole: gateway\nports: [{name: http, port: 9090}]\n")
                .service("orders", "name: order-service-app\nports: [{name: http, port: 8082}]\n")
                .service("payments", "name: payment-service-app\nports: [{name: http, port: 8081}]\n");
    }

    @Test
    void routesAndClientsNameTheServiceByItsApplicationNameWhateverItsCase() throws Exception {
        SourceRun run = SourceRun.of(dir, services().modules(), new ConfiguredHosts(), new JavaSourceHosts());
        Map<String, List<String>> edges = run.edges();
        assertEquals(List.of("cloud-gateway-app->order-service-app", "cloud-gateway-app->payment-service-app",
                "order-service-app->payment-service-app"), List.copyOf(edges.keySet()));
        assertEquals(List.of("gateway/src/main/resources/application.yaml:8 spring.cloud.gateway.routes[0].uri names"
                + " ORDER-SERVICE (orders/src/main/resources/application.yaml:5 spring.application.name ORDER-SERVICE is"
                + " the application name of order-service-app)"), edges.get("cloud-gateway-app->order-service-app"));
        assertEquals(Map.of("cloud-gateway-app->order-service-app", List.of(8082),
                "cloud-gateway-app->payment-service-app", List.of(8081), "order-service-app->payment-service-app",
                List.of(8081)), run.ports());
        assertTrue(run.warnings().stream().noneMatch(w -> w.contains("SERVICE")), run.warnings().toString());
    }

    @Test
    void anApplicationNameTwoServicesShareNamesNeither() throws Exception {
        Fixtures fixtures = services();
        SourceRun.write(dir, "payments2/src/main/resources/application.properties", "spring.application.name=payment-service\n");
        fixtures.service("payments2", "name: payment-service-v2\nports: [{name: http, port: 8081}]\n");
        SourceRun run = SourceRun.of(dir, fixtures.modules(), new ConfiguredHosts(), new JavaSourceHosts());
        assertEquals(List.of("cloud-gateway-app->order-service-app"), List.copyOf(run.edges().keySet()));
        assertTrue(run.warnings().stream().anyMatch(w -> w.contains("the application name PAYMENT-SERVICE belongs to services"
                + " payment-service-app, payment-service-v2")), run.warnings().toString());
    }

    @Test
    void aServiceNamedAfterTheIdWinsOverTheApplicationNameOfAnother() throws Exception {
        Fixtures fixtures = services();
        fixtures.service("legacy", "name: order-service\nports: [{name: http, port: 8080}]\n");
        SourceRun run = SourceRun.of(dir, fixtures.modules(), new ConfiguredHosts());
        assertTrue(run.edges().containsKey("cloud-gateway-app->order-service"), run.edges().toString());
        assertTrue(!run.edges().containsKey("cloud-gateway-app->order-service-app"), run.edges().toString());
    }
}
