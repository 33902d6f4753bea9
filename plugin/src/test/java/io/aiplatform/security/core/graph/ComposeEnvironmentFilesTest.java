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
 * Docker Compose takes variables from the {@code .env} file of the project folder — to interpolate the Compose file
 * and for an {@code environment} item given without value — and a service's {@code env_file}s give it variables
 * below those of {@code environment}.
 */
class ComposeEnvironmentFilesTest {

    private static final String HTTP = "ports: [{name: http, port: 80}]\n";
    private static final String WEB = "org.springframework.boot:spring-boot-starter-web";

    @TempDir
    Path dir;

    private SourceRun run() throws Exception {
        return SourceRun.of(dir, new Fixtures(dir).service("cart", HTTP, dep(WEB), dep("org.postgresql:postgresql"))
                .service("product", HTTP, dep(WEB))
                .service("media", HTTP, dep(WEB))
                .service("postgres", "role: database\nports: [{name: pg, port: 5432}]\n")
                .service("collector", "ports: [{name: grpc, port: 5555}]\n").modules(),
                new ConfiguredHosts(), new OpenTelemetryAgentEndpoints());
    }

    private void cartReadsProductUrl() throws Exception {
        SourceRun.write(dir, "cart/src/main/resources/application.properties", "app.services.product=http://localhost/product\n");
        SourceRun.write(dir, "cart/src/main/java/x/Clients.java", """
                package x;
                @org.springframework.boot.context.properties.ConfigurationProperties(prefix = "app.services")
                record Clients(String product) { }
                class Products { String base(Clients clients) { return clients.product(); } }
                """);
    }

    @Test
    void anItemWithoutValueTakesTheDotEnvValueAndTheFileIsInterpolatedWithIt() throws Exception {
        cartReadsProductUrl();
        SourceRun.write(dir, ".env", """
                # values for docker compose
                POSTGRES_HOST=postgres
                APP_SERVICES_PRODUCT=http://product/product
                COLLECTOR=collector
                OTEL_EXPORTER_OTLP_ENDPOINT=http://${COLLECTOR}:5555
                JAVA_TOOL_OPTIONS=-javaagent:opentelemetry-javaagent.jar
                """);
        SourceRun.write(dir, "docker-compose.yml", """
                services:
                  cart:
                    environment:
                      - APP_SERVICES_PRODUCT
                      - SPRING_DATASOURCE_URL=jdbc:postgresql://${POSTGRES_HOST}:5432/cart
                      - JAVA_TOOL_OPTIONS
                      - OTEL_EXPORTER_OTLP_ENDPOINT
                """);
        SourceRun run = run();
        assertEquals(List.of("cart->collector", "cart->postgres", "cart->product"), List.copyOf(run.edges().keySet()));
        assertEquals(true, run.edges().get("cart->postgres").contains("docker-compose.yml:5 spring.datasource.url names"
                + " postgres"), run.edges().toString());
        Map<String, List<String>> edges = new java.util.TreeMap<>(run.edges());
        edges.remove("cart->postgres");
        assertEquals(Map.of("cart->collector", List.of(".env:5 OTEL_EXPORTER_OTLP_ENDPOINT (OpenTelemetry Java agent,"
                        + " loaded by .env:6 JAVA_TOOL_OPTIONS) names collector"),
                "cart->product", List.of(".env:3 APP_SERVICES_PRODUCT (passed to Compose service cart by"
                        + " docker-compose.yml:4) names product")), edges);
        assertEquals(List.of(), run.warnings(), "the .env value overrides localhost; POSTGRES_HOST is set");
    }

    @Test
    void withoutADotEnvTheItemIsUnsetAsBefore() throws Exception {
        cartReadsProductUrl();
        SourceRun.write(dir, "docker-compose.yml", "services:\n  cart:\n    environment:\n      - APP_SERVICES_PRODUCT\n");
        SourceRun run = run();
        assertEquals(Map.of(), run.edges());
        assertEquals(1, run.warnings().size(), run.warnings().toString());
    }

    @Test
    void anEnvFileGivesVariablesThatEnvironmentOverrides() throws Exception {
        cartReadsProductUrl();
        SourceRun.write(dir, ".env", "PRODUCT_HOST=product\n");
        SourceRun.write(dir, "config/cart.env", "APP_SERVICES_PRODUCT=http://${PRODUCT_HOST}/product\n"
                + "JAVA_TOOL_OPTIONS=-javaagent:/otel/opentelemetry-javaagent.jar\n"
                + "OTEL_EXPORTER_OTLP_ENDPOINT=http://product:4317\n");
        SourceRun.write(dir, "docker-compose.yml", """
                services:
                  cart:
                    env_file:
                      - path: ./config/cart.env
                    environment:
                      OTEL_EXPORTER_OTLP_ENDPOINT: http://collector:5555
                """);
        SourceRun run = run();
        Map<String, List<String>> edges = new java.util.TreeMap<>(run.edges());
        edges.remove("cart->postgres");
        assertEquals(Map.of("cart->collector", List.of("docker-compose.yml:6 OTEL_EXPORTER_OTLP_ENDPOINT (OpenTelemetry Java"
                        + " agent, loaded by config/cart.env:2 JAVA_TOOL_OPTIONS) names collector"),
                "cart->product", List.of("config/cart.env:1 APP_SERVICES_PRODUCT (env_file of Compose service cart) names"
                        + " product")), edges);
    }

    @Test
    void aYamlFileNotNamedAsAComposeFileTakesNoDotEnv() throws Exception {
        cartReadsProductUrl();
        SourceRun.write(dir, "deploy/.env", "APP_SERVICES_PRODUCT=http://product/product\n");
        SourceRun.write(dir, "deploy/stack.yml", "services:\n  cart:\n    environment:\n      - APP_SERVICES_PRODUCT\n");
        assertEquals(Map.of(), run().edges());
    }
}
