package io.aiplatform.security.core.graph;

import static io.aiplatform.security.core.Fixtures.dep;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aiplatform.security.core.Fixtures;
import io.aiplatform.security.core.support.InvalidInputException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A MicroProfile REST client reads {@code <configKey>/mp-rest/url} (or Quarkus' {@code quarkus.rest-client.<key>.url}),
 * and a deployment's {@code CUSTOMER_MP_REST_URL} overrides it as MicroProfile Config maps variables.
 */
class MicroProfileRestClientTest {

    private static final String HTTP = "ports: [{name: http, port: 8080}]\n";
    private static final String CLIENTS = """
            package shop.order;
            import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
            @RegisterRestClient(configKey = "customer")
            interface CustomerClient { }
            @RegisterRestClient
            interface ProductClient { }
            """;

    @TempDir
    Path dir;

    private Fixtures platform(ModuleDependency... deps) {
        return new Fixtures(dir).service("customer", HTTP).service("product", HTTP).service("order", HTTP, deps);
    }

    @Test
    void theConfigKeyAndTheInterfaceNameReadTheirMpRestUrl() throws Exception {
        SourceRun.write(dir, "order/src/main/java/shop/order/Clients.java", CLIENTS);
        SourceRun.write(dir, "order/src/main/resources/application.properties", """
                customer/mp-rest/url=http://customer:8080
                shop.order.ProductClient/mp-rest/url=http://product:8080
                stranger/mp-rest/url=http://product:8080
                """);
        SourceRun run = run(platform(dep("io.quarkus:quarkus-rest-client")));
        assertEquals(List.of("order->customer", "order->product"), List.copyOf(run.edges().keySet()));
        assertEquals(List.of("order/src/main/resources/application.properties:1 customer/mp-rest/url names customer"),
                run.edges().get("order->customer"));
        assertTrue(run.omissions().stream().anyMatch(o -> o.describe().contains("(stranger/mp-rest/url): not a connection:"
                + " nothing reads stranger/mp-rest/url")), run.omissions().toString());
    }

    @Test
    void withAConfigKeyTheInterfaceNamesMpRestUrlIsReadToo() throws Exception {
        // the specification: with both, the property of the fully qualified class name takes precedence
        SourceRun.write(dir, "order/src/main/java/shop/order/Clients.java", CLIENTS);
        SourceRun.write(dir, "order/src/main/resources/application.properties",
                "shop.order.CustomerClient/mp-rest/url=http://customer:8080\n");
        SourceRun run = run(platform(dep("io.quarkus:quarkus-rest-client")));
        assertEquals(List.of("order->customer"), List.copyOf(run.edges().keySet()));
        assertEquals(List.of("order/src/main/resources/application.properties:1 shop.order.customer-client/mp-rest/url"
                + " names customer"), run.edges().get("order->customer"));
        assertTrue(run.omissions().stream().noneMatch(o -> o.describe().contains("nothing reads")),
                run.omissions().toString());
    }

    @Test
    void theDeploymentsVariableOverridesTheFileAsMicroProfileMapsIt() throws Exception {
        SourceRun.write(dir, "order/src/main/java/shop/order/Clients.java", CLIENTS);
        SourceRun.write(dir, "order/src/main/resources/application.properties", """
                customer/mp-rest/url=http://localhost:8080
                quarkus.rest-client.product.url=http://localhost:8080
                """);
        SourceRun.write(dir, "docker-compose.yml", """
                services:
                  order:
                    environment:
                      CUSTOMER_MP_REST_URL: http://customer:8080
                      QUARKUS_REST_CLIENT_PRODUCT_URL: http://product:8080
                """);
        SourceRun run = run(platform(dep("io.quarkus:quarkus-rest-client")));
        assertEquals(List.of("order->customer", "order->product"), List.copyOf(run.edges().keySet()));
        assertEquals(List.of("docker-compose.yml:4 CUSTOMER_MP_REST_URL names customer"), run.edges().get("order->customer"));
        assertTrue(run.warnings().stream().noneMatch(w -> w.contains("localhost")), run.warnings().toString());
    }

    @Test
    void theVariableOfACamelCaseInterfaceNameOverridesTheFileAsMicroProfileMapsTheWrittenName() throws Exception {
        // MicroProfile maps the name as written: shop.order.ProductClient/mp-rest/url is SHOP_ORDER_PRODUCTCLIENT_MP_REST_URL
        SourceRun.write(dir, "order/src/main/java/shop/order/Clients.java", CLIENTS);
        SourceRun.write(dir, "order/src/main/resources/application.properties",
                "shop.order.ProductClient/mp-rest/url=http://localhost:8080\n");
        SourceRun.write(dir, "docker-compose.yml", """
                services:
                  order:
                    environment:
                      - SHOP_ORDER_PRODUCTCLIENT_MP_REST_URL=http://product:8080
                """);
        SourceRun run = run(platform(dep("io.quarkus:quarkus-rest-client")));
        assertEquals(List.of("order->product"), List.copyOf(run.edges().keySet()));
        assertEquals(List.of("docker-compose.yml:4 SHOP_ORDER_PRODUCTCLIENT_MP_REST_URL names product"),
                run.edges().get("order->product"));
        assertTrue(run.warnings().stream().noneMatch(w -> w.contains("localhost")), run.warnings().toString());
    }

    @Test
    void aVariableThatFitsTwoKeysOnlyWhenTheirSeparatorsAreDroppedOverridesNeither() throws Exception {
        // a.bc/mp-rest/url is A_BC_MP_REST_URL, ab.c/mp-rest/url AB_C_MP_REST_URL: ABC_MP_REST_URL is neither
        SourceRun.write(dir, "order/src/main/java/shop/order/Clients.java", """
                package shop.order;
                import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
                @RegisterRestClient(configKey = "a.bc")
                interface OneClient { }
                @RegisterRestClient(configKey = "ab.c")
                interface OtherClient { }
                """);
        SourceRun.write(dir, "order/src/main/resources/application.properties", """
                a.bc/mp-rest/url=http://localhost:8080
                ab.c/mp-rest/url=http://localhost:8080
                """);
        SourceRun.write(dir, "docker-compose.yml", """
                services:
                  order:
                    environment:
                      ABC_MP_REST_URL: http://product:8080
                """);
        SourceRun run = run(platform(dep("io.quarkus:quarkus-rest-client")));
        assertEquals(List.of(), List.copyOf(run.edges().keySet()));
    }

    @Test
    void aDashedKeyIsOverriddenOnQuarkusByMicroProfilesRuleAndOnSpringByItsLegacyForm() throws Exception {
        for (String module : List.of("quarkus", "spring")) {
            SourceRun.write(dir, module + "/src/main/resources/application.properties",
                    "app.customer-service.url=http://localhost:8080\n");
            SourceRun.write(dir, module + "/src/main/java/x/Client.java", "package x;\nclass Client {\n"
                    + "  Client(@org.eclipse.microprofile.config.inject.ConfigProperty(name = \"app.customer-service.url\")"
                    + " String url) { }\n}\n");
        }
        SourceRun.write(dir, "docker-compose.yml", """
                services:
                  quarkus:
                    environment:
                      APP_CUSTOMER_SERVICE_URL: http://customer:8080
                  spring:
                    environment:
                      APP_CUSTOMER_SERVICE_URL: http://customer:8080
                """);
        SourceRun run = run(new Fixtures(dir).service("customer", HTTP)
                .service("quarkus", HTTP, dep("io.quarkus:quarkus-resteasy"))
                .service("spring", HTTP, dep("org.springframework.boot:spring-boot-starter-web")));
        // MicroProfile: every non-alphanumeric character to '_'; Spring Boot: its legacy form (dashes to '_') binds too
        assertEquals(List.of("quarkus->customer", "spring->customer"), List.copyOf(run.edges().keySet()));
        assertEquals(List.of("docker-compose.yml:4 APP_CUSTOMER_SERVICE_URL names customer"),
                run.edges().get("quarkus->customer"));
        assertTrue(run.warnings().stream().noneMatch(w -> w.contains("localhost")), run.warnings().toString());
    }

    private SourceRun run(Fixtures f) throws InvalidInputException {
        return SourceRun.of(dir, f.modules(), new ConfiguredHosts(), new JavaSourceHosts());
    }
}
