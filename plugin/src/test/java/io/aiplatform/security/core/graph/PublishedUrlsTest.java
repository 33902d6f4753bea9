package io.aiplatform.security.core.graph;

import static io.aiplatform.security.core.Fixtures.dep;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aiplatform.security.core.Fixtures;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A URL a service only hands to the browser in its OpenAPI document is no connection it opens. */
class PublishedUrlsTest {

    private static final String HTTP = "ports: [{name: http, port: 8080}]\n";
    private static final String WEB = "org.springframework.boot:spring-boot-starter-web";
    private static final String SPRINGDOC = "org.springdoc:springdoc-openapi-starter-webmvc-ui";

    @TempDir
    Path dir;

    private SourceRun run(Fixtures fixtures) throws Exception {
        return SourceRun.of(dir, fixtures.service("gateway", HTTP).service("orders", HTTP).modules(),
                new ConfiguredHosts(), new JavaSourceHosts());
    }

    @Test
    void aKeyTheSourcesReadOnlyAsAnOpenApiServerUrlIsNoEdgeAndExplainSaysWhy() throws Exception {
        SourceRun.write(dir, "catalog/src/main/resources/application.properties",
                "swagger.api-gateway-url=http://gateway:8080/catalog\n");
        SourceRun.write(dir, "catalog/src/main/java/x/OpenApiConfig.java", """
                package x;
                import io.swagger.v3.oas.models.OpenAPI;
                import io.swagger.v3.oas.models.servers.Server;
                import java.util.List;
                import org.springframework.beans.factory.annotation.Value;
                class OpenApiConfig {
                    @Value("${swagger.api-gateway-url}")
                    String apiGatewayUrl;
                    OpenAPI openApi() {
                        return new OpenAPI().servers(List.of(new Server().description("gateway").url(apiGatewayUrl)));
                    }
                }
                """);
        SourceRun run = run(new Fixtures(dir).service("catalog", HTTP, dep(WEB), dep(SPRINGDOC)));
        assertEquals(List.of(), List.copyOf(run.edges().keySet()));
        assertEquals(List.of("catalog -/-> gateway (swagger.api-gateway-url): not a connection: catalog's sources read"
                + " swagger.api-gateway-url only as the URL of an OpenAPI server"
                + " (catalog/src/main/java/x/OpenApiConfig.java:10), which its API document hands to the browser; catalog"
                + " opens no connection to it [catalog/src/main/resources/application.properties:1]"),
                run.omissions().stream().map(Omission::describe).toList());
    }

    @Test
    void theServerAnnotationAParameterHandedThroughAFieldAndSetUrlPublishToo() throws Exception {
        SourceRun.write(dir, "catalog/src/main/resources/application.yml",
                "docs.server-url: http://gateway:8080\ndocs.orders-url: http://orders:8080\n");
        SourceRun.write(dir, "catalog/src/main/java/x/Docs.java", """
                package x;
                import io.swagger.v3.oas.annotations.OpenAPIDefinition;
                import io.swagger.v3.oas.annotations.servers.Server;
                @OpenAPIDefinition(servers = @Server(url = "${docs.server-url}/catalog"))
                class Docs {
                    private final String orders;
                    Docs(@org.springframework.beans.factory.annotation.Value("${docs.orders-url}") String orders) {
                        this.orders = orders;
                    }
                    io.swagger.v3.oas.models.OpenAPI api() {
                        io.swagger.v3.oas.models.servers.Server server = new io.swagger.v3.oas.models.servers.Server();
                        server.setUrl(this.orders + "/orders");
                        return new io.swagger.v3.oas.models.OpenAPI().addServersItem(server);
                    }
                }
                """);
        SourceRun run = run(new Fixtures(dir).service("catalog", HTTP, dep(WEB)));
        assertEquals(List.of(), List.copyOf(run.edges().keySet()));
        assertEquals(List.of("catalog -/-> gateway (docs.server-url)", "catalog -/-> orders (docs.orders-url)"),
                run.omissions().stream().map(o -> o.describe().substring(0, o.describe().indexOf(':'))).sorted().toList());
    }

    @Test
    void getPropertyAndConfigPropertyPublishWhenTheirOnlyUseIsTheServerUrl() throws Exception {
        SourceRun.write(dir, "catalog/src/main/resources/application.properties",
                "docs.gateway-url=http://gateway:8080\ndocs.orders-url=http://orders:8080\n");
        SourceRun.write(dir, "catalog/src/main/java/x/Docs.java", """
                package x;
                import io.swagger.v3.oas.models.servers.*;
                class Docs {
                    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "docs.orders-url")
                    String orders;
                    Object servers(org.springframework.core.env.Environment env) {
                        return java.util.List.of(new Server().url(env.getProperty("docs.gateway-url")),
                                new Server().url((orders)));
                    }
                }
                """);
        SourceRun run = run(new Fixtures(dir).service("catalog", HTTP, dep(WEB)));
        assertEquals(List.of(), List.copyOf(run.edges().keySet()));
        assertEquals(2, run.omissions().size(), run.omissions().toString());
    }

    @Test
    void aKeyAlsoUsedToBuildAClientOrByAnotherClassIsStillACall() throws Exception {
        SourceRun.write(dir, "webapp/src/main/resources/application.properties",
                "app.gateway-url=http://gateway:8080\napp.orders-url=http://orders:8080\n");
        SourceRun.write(dir, "webapp/src/main/java/x/Config.java", """
                package x;
                import io.swagger.v3.oas.models.OpenAPI;
                import io.swagger.v3.oas.models.servers.Server;
                import org.springframework.beans.factory.annotation.Value;
                import org.springframework.web.client.RestClient;
                class Config {
                    @Value("${app.gateway-url}")
                    String gatewayUrl;
                    @Value("${app.orders-url}")
                    String ordersUrl;
                    OpenAPI openApi() {
                        return new OpenAPI().addServersItem(new Server().url(gatewayUrl)).addServersItem(new Server().url(ordersUrl));
                    }
                    RestClient gateway() {
                        return RestClient.builder().baseUrl(gatewayUrl).build();
                    }
                }
                """);
        SourceRun.write(dir, "webapp/src/main/java/x/Orders.java", """
                package x;
                class Orders {
                    Orders(org.springframework.core.env.Environment env) {
                        org.springframework.web.client.RestClient.create(env.getProperty("app.orders-url"));
                    }
                }
                """);
        SourceRun run = run(new Fixtures(dir).service("webapp", HTTP, dep(WEB)));
        assertEquals(List.of("webapp->gateway", "webapp->orders"), List.copyOf(run.edges().keySet()));
        assertTrue(run.edges().get("webapp->gateway").contains("webapp/src/main/java/x/Config.java:7"
                + " @Value(app.gateway-url) names gateway"), run.edges().toString());
    }

    @Test
    void aServerOfAnotherLibraryIsNoOpenApiServer() throws Exception {
        SourceRun.write(dir, "app/src/main/resources/application.properties", "mock.url=http://gateway:8080\n");
        SourceRun.write(dir, "app/src/main/java/x/Mock.java", """
                package x;
                import org.example.mock.Server;
                class Mock {
                    @org.springframework.beans.factory.annotation.Value("${mock.url}") String url;
                    Server server() { return new Server().url(url); }
                }
                """);
        SourceRun run = run(new Fixtures(dir).service("app", HTTP, dep(WEB)));
        assertEquals(List.of("app->gateway"), List.copyOf(run.edges().keySet()));
    }

    @Test
    void springdocsOwnUrlsAreHandedToSwaggerUiAndConnectNowhere() throws Exception {
        SourceRun.write(dir, "gateway/src/main/resources/application.yml", """
                springdoc:
                  swagger-ui:
                    urls:
                      - name: orders
                        url: http://orders:8080/v3/api-docs
                """);
        SourceRun.write(dir, "gateway/src/main/java/x/Main.java", "package x;\nclass Main { }\n");
        SourceRun run = SourceRun.of(dir, new Fixtures(dir).service("gateway", HTTP, dep(WEB), dep(SPRINGDOC))
                .service("orders", HTTP).modules(), new ConfiguredHosts());
        assertEquals(List.of(), List.copyOf(run.edges().keySet()));
        assertEquals(List.of("gateway -/-> orders (springdoc.swagger-ui.urls[0].url): not a connection: springdoc hands"
                + " springdoc.swagger-ui.urls[0].url to Swagger UI in the browser; gateway opens no connection to it"
                + " [gateway/src/main/resources/application.yml:5]"),
                run.omissions().stream().map(Omission::describe).toList());
    }

    @Test
    void oauth2UrlsTheBrowserIsSentToAreNoConnectionsWhileTheTokenEndpointIs() throws Exception {
        SourceRun.write(dir, "gateway/src/main/resources/application.yml", """
                spring:
                  security:
                    oauth2:
                      client:
                        registration:
                          web:
                            provider: keycloak
                            redirect-uri: http://orders:8080/login/oauth2/code/web
                        provider:
                          keycloak:
                            authorization-uri: http://localhost:8180/realms/shop/protocol/openid-connect/auth
                            token-uri: http://keycloak:8080/realms/shop/protocol/openid-connect/token
                """);
        SourceRun run = SourceRun.of(dir, new Fixtures(dir)
                .service("gateway", HTTP, dep("org.springframework.boot:spring-boot-starter-oauth2-client"))
                .service("orders", HTTP).service("keycloak", HTTP).modules(), new ConfiguredHosts());
        assertEquals(List.of("gateway->keycloak"), List.copyOf(run.edges().keySet()));
        assertEquals(List.of(), run.warnings(), "the browser's localhost is no loopback of the gateway");
        assertEquals(List.of("gateway -/-> localhost (spring.security.oauth2.client.provider.keycloak.authorization-uri):"
                + " not a connection: spring.security.oauth2.client.provider.keycloak.authorization-uri is the OAuth2"
                + " authorization endpoint, where gateway sends the user's browser to log in; gateway opens no connection"
                + " to it [gateway/src/main/resources/application.yml:11]",
                "gateway -/-> orders (spring.security.oauth2.client.registration.web.redirect-uri): not a connection:"
                + " spring.security.oauth2.client.registration.web.redirect-uri is an OAuth2 redirect URI, where the"
                + " authorization server sends the user's browser back; gateway opens no connection to it"
                + " [gateway/src/main/resources/application.yml:8]"),
                run.omissions().stream().map(Omission::describe).sorted().toList());
    }
}
