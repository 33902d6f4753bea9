package io.aiplatform.security.core.graph;

import static io.aiplatform.security.core.Fixtures.dep;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aiplatform.security.core.Fixtures;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegistryFanOutTest {

    private static final String HTTP = "ports: [{name: http, port: 8080}]\n";
    private static final String EUREKA = "eureka.client.serviceUrl.defaultZone=http://eureka:8761/eureka/\n";

    @TempDir
    Path dir;

    @Test
    void aRegistryServerCallsWhatRegistersInItsRegistry() throws Exception {
        SourceRun.write(dir, "admin/src/main/resources/application.properties", EUREKA);
        SourceRun.write(dir, "orders/src/main/resources/application.properties", EUREKA);
        SourceRun run = run(dep("de.codecentric:spring-boot-admin-starter-server"),
                dep("org.springframework.cloud:spring-cloud-starter-netflix-eureka-client"));
        assertEquals(List.of("admin->eureka", "admin->orders", "orders->eureka"), List.copyOf(run.edges().keySet()));
        String evidence = run.edges().get("admin->orders").get(0);
        assertTrue(evidence.startsWith("admin/pom.xml declares de.codecentric:spring-boot-admin-starter-server"
                + " (spring-boot-admin: calls every service registered in eureka; orders registers at "), evidence);
    }

    @Test
    void withoutAServerDependencyOrARegistryNothingFansOut() throws Exception {
        SourceRun.write(dir, "admin/src/main/resources/application.properties", EUREKA);
        SourceRun.write(dir, "orders/src/main/resources/application.properties", EUREKA);
        assertEquals(List.of("admin->eureka", "orders->eureka"), List.copyOf(run().edges().keySet()), "no server");
        SourceRun.write(dir, "admin/src/main/resources/application.properties", "x=1\n");
        assertEquals(List.of("orders->eureka"),
                List.copyOf(run(dep("de.codecentric:spring-boot-admin-starter-server")).edges().keySet()),
                "a server that registers nowhere");
    }

    @Test
    void aGatewaysDiscoveryLocatorReachesTheRegisteredPortNotTheGrpcOne() throws Exception {
        SourceRun.write(dir, "gateway/src/main/resources/application.properties", EUREKA
                + "spring.cloud.gateway.discovery.locator.enabled=true\n");
        SourceRun.write(dir, "cart/src/main/resources/application.properties", EUREKA + "server.port=8005\n");
        SourceRun.write(dir, "orders/src/main/resources/application.properties", EUREKA);
        ModuleDependency client = dep("org.springframework.cloud:spring-cloud-starter-netflix-eureka-client");
        SourceRun run = SourceRun.of(dir, new Fixtures(dir).service("gateway", HTTP, client)
                .service("cart", "ports: [{name: http, port: 8005}, {name: grpc, port: 50052}]\n", client)
                .service("orders", "ports: [{name: http, port: 8080}, {name: grpc, port: 50053}]\n", client)
                .service("eureka", "ports: [{port: 8761}]\n").modules(), new ConfiguredHosts(), new RegistryFanOut());
        assertEquals(List.of(8005), run.ports().get("gateway->cart"), "cart registers its server.port");
        assertEquals(List.of(8080, 50053), run.ports().get("gateway->orders"), "no registered port known: every port");
    }

    @Test
    void aDiscoveryLocatorBeanInTheGatewaysSourcesRoutesAsThePropertyDoes() throws Exception {
        SourceRun.write(dir, "gateway/src/main/resources/application.properties", EUREKA);
        SourceRun.write(dir, "gateway/src/main/java/app/GatewayApplication.java", "package app;\n"
                + "import org.springframework.cloud.gateway.discovery.DiscoveryClientRouteDefinitionLocator;\n"
                + "import org.springframework.context.annotation.Bean;\n"
                + "class GatewayApplication {\n"
                + "  @Bean\n"
                + "  DiscoveryClientRouteDefinitionLocator locator(Object rdc, Object dlp) { return null; }\n"
                + "}\n");
        SourceRun.write(dir, "cart/src/main/resources/application.properties", EUREKA + "server.port=8005\n");
        ModuleDependency client = dep("org.springframework.cloud:spring-cloud-starter-netflix-eureka-client");
        SourceRun run = SourceRun.of(dir, new Fixtures(dir).service("gateway", HTTP, client,
                        dep("org.springframework.cloud:spring-cloud-starter-gateway"))
                .service("cart", "ports: [{name: http, port: 8005}, {name: grpc, port: 50052}]\n", client)
                .service("eureka", "ports: [{port: 8761}]\n").modules(), new ConfiguredHosts(), new RegistryFanOut());
        assertEquals(List.of(8005), run.ports().get("gateway->cart"), "cart registers its server.port");
        String evidence = run.edges().get("gateway->cart").get(0);
        assertTrue(evidence.startsWith("gateway/src/main/java/app/GatewayApplication.java:5 @Bean locator() returns"
                + " DiscoveryClientRouteDefinitionLocator (gateway discovery locator: routes to every service"
                + " registered in eureka; cart registers at "), evidence);
        assertEquals(null, run.edges().get("cart->gateway"), "cart declares no locator");
    }

    @Test
    void withoutTheLocatorBeanOrPropertyAGatewayRoutesNoRegisteredService() throws Exception {
        SourceRun.write(dir, "gateway/src/main/resources/application.properties", EUREKA);
        SourceRun.write(dir, "gateway/src/main/java/app/GatewayApplication.java", "package app;\n"
                + "import org.springframework.cloud.gateway.discovery.DiscoveryClientRouteDefinitionLocator;\n"
                + "class GatewayApplication {\n"
                + "  DiscoveryClientRouteDefinitionLocator notABean() { return null; }\n"
                + "}\n");
        SourceRun.write(dir, "cart/src/main/resources/application.properties", EUREKA);
        ModuleDependency client = dep("org.springframework.cloud:spring-cloud-starter-netflix-eureka-client");
        SourceRun run = SourceRun.of(dir, new Fixtures(dir).service("gateway", HTTP, client,
                        dep("org.springframework.cloud:spring-cloud-starter-gateway"))
                .service("cart", HTTP, client)
                .service("eureka", "ports: [{port: 8761}]\n").modules(), new ConfiguredHosts(), new RegistryFanOut());
        assertEquals(List.of("cart->eureka", "gateway->eureka"), List.copyOf(run.edges().keySet()));
    }

    @Test
    void aLoadBalancedRouteReachesTheRegisteredPort() throws Exception {
        SourceRun.write(dir, "gateway/src/main/resources/application.properties", EUREKA
                + "spring.cloud.gateway.routes[0].uri=lb://cart\nspring.cloud.gateway.routes[1].uri=http://orders\n");
        SourceRun.write(dir, "cart/src/main/resources/application.properties", EUREKA + "server.port=8005\n");
        SourceRun.write(dir, "orders/src/main/resources/application.properties", EUREKA + "server.port=8080\n");
        ModuleDependency client = dep("org.springframework.cloud:spring-cloud-starter-netflix-eureka-client");
        SourceRun run = SourceRun.of(dir, new Fixtures(dir).service("gateway", HTTP, client,
                        dep("org.springframework.cloud:spring-cloud-starter-gateway"))
                .service("cart", "ports: [{name: http, port: 8005}, {name: grpc, port: 50052}]\n", client)
                .service("orders", "ports: [{name: http, port: 8080}, {name: grpc, port: 50053}]\n", client)
                .service("eureka", "ports: [{port: 8761}]\n").modules(), new ConfiguredHosts(), new RegistryFanOut());
        assertEquals(List.of(8005), run.ports().get("gateway->cart"), "lb://cart: the port cart registers");
        assertEquals(List.of(8080, 50053), run.ports().get("gateway->orders"), "http://orders names no registry");
    }

    @Test
    void springBootAdminStillReachesEveryPort() throws Exception {
        SourceRun.write(dir, "admin/src/main/resources/application.properties", EUREKA);
        SourceRun.write(dir, "orders/src/main/resources/application.properties", EUREKA + "server.port=8080\n");
        SourceRun run = SourceRun.of(dir, new Fixtures(dir)
                .service("admin", HTTP, dep("de.codecentric:spring-boot-admin-starter-server"),
                        dep("org.springframework.cloud:spring-cloud-starter-netflix-eureka-client"))
                .service("orders", "ports: [{name: http, port: 8080}, {name: management, port: 8081}]\n",
                        dep("org.springframework.cloud:spring-cloud-starter-netflix-eureka-client"))
                .service("eureka", "ports: [{port: 8761}]\n").modules(), new ConfiguredHosts(), new RegistryFanOut());
        assertEquals(List.of(8080, 8081), run.ports().get("admin->orders"));
    }

    private SourceRun run(ModuleDependency... adminDeps) throws Exception {
        return SourceRun.of(dir, new Fixtures(dir).service("admin", HTTP, adminDeps).service("orders", HTTP)
                .service("eureka", "ports: [{port: 8761}]\n").modules(), new ConfiguredHosts(), new RegistryFanOut());
    }
}
