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

/** Kotlin sources read from their tokens: OpenFeign clients, and the configuration keys the code reads. */
class KotlinSourceReadsTest {

    private static final String HTTP = "ports: [{name: http, port: 8080}]\n";
    private static final String WEB = "org.springframework.boot:spring-boot-starter-web";

    @TempDir
    Path dir;

    @Test
    void aFeignClientByNameValueOrUrlIsAnEdgeWithFileLineAsEvidence() throws Exception {
        SourceRun.write(dir, "web/src/main/resources/application.yml", "pricing.url: http://pricing:8080/api\n");
        SourceRun.write(dir, "web/src/main/kotlin/shop/Clients.kt", """
                package shop

                @FeignClient(name = "orders")
                interface OrdersClient

                @org.springframework.cloud.openfeign.FeignClient("stock", configuration = [Config::class])
                interface StockClient

                @FeignClient(
                    value = "ignored-when-url-is-set",
                    url = "\\${pricing.url}"
                )
                interface PricingClient
                """);
        SourceRun run = SourceRun.ofHttpServices(dir, new KotlinSourceHosts(), "web", "orders", "stock", "pricing");
        assertEquals(Map.of("web->orders", List.of("web/src/main/kotlin/shop/Clients.kt:3 @FeignClient(orders) names orders"),
                "web->pricing", List.of("web/src/main/kotlin/shop/Clients.kt:9 @FeignClient(url) names pricing"),
                "web->stock", List.of("web/src/main/kotlin/shop/Clients.kt:6 @FeignClient(stock) names stock")),
                run.edges());
    }

    @Test
    void aFeignClientInACommentAStringATemplateOrAConstantIsNoEdge() throws Exception {
        SourceRun.write(dir, "web/src/main/kotlin/shop/Clients.kt", """
                // @FeignClient("orders")
                /* @FeignClient(name = "orders") /* nested */ */
                val text = "@FeignClient(\\"orders\\")"
                @FeignClient(name = "$prefix-orders")
                interface A
                @FeignClient(name = ORDERS)
                interface B
                @FeignClient(name = "orders" + suffix)
                interface C
                """);
        SourceRun run = SourceRun.ofHttpServices(dir, new KotlinSourceHosts(), "web", "orders");
        assertEquals(Map.of(), run.edges());
    }

    @Test
    void aFeignClientNamingNoServiceIsAWarningAsInJava() throws Exception {
        SourceRun.write(dir, "web/src/main/kotlin/shop/Clients.kt", "@FeignClient(\"billing\")\ninterface Billing\n");
        SourceRun run = SourceRun.ofHttpServices(dir, new KotlinSourceHosts(), "web", "orders");
        assertEquals(Map.of(), run.edges());
        assertTrue(run.warnings().stream().anyMatch(w -> w.contains("Clients.kt:1") && w.contains("billing")),
                run.warnings().toString());
    }

    @Test
    void inAModuleWithJavaAndKotlinSourcesTheKeysTheKotlinCodeReadsCount() throws Exception {
        String config = "catalog.service.url: http://catalog:8080\napp.payments.base-url: http://payments:8080\n"
                + "app.orders-url: http://orders:8080\nunused.url: http://stock:8080\n";
        for (String module : List.of("reader", "other")) {
            SourceRun.write(dir, module + "/src/main/resources/application.yml", config);
            SourceRun.write(dir, module + "/src/main/java/x/Main.java", "package x;\nclass Main { }\n");
        }
        SourceRun.write(dir, "reader/src/main/kotlin/x/Clients.kt", """
                package x

                @ConfigurationProperties(prefix = "app.payments")
                data class Payments(val baseUrl: String)

                class Catalog(@Value("\\${catalog.service.url}") val url: String, env: Environment) {
                    val orders = env.getProperty<String>("app.ordersUrl")
                    val notAPlaceholder = "${unused.url}"
                }
                """);
        SourceRun.write(dir, "other/src/main/kotlin/x/Plain.kt", "package x\n\nclass Plain(val url: String)\n");
        SourceRun run = SourceRun.of(dir, new Fixtures(dir).service("reader", HTTP, dep(WEB))
                .service("other", HTTP, dep(WEB)).service("catalog", HTTP).service("payments", HTTP)
                .service("orders", HTTP).service("stock", HTTP).modules(), new ConfiguredHosts());
        assertEquals(List.of("reader->catalog", "reader->orders", "reader->payments"), List.copyOf(run.edges().keySet()),
                "\"${unused.url}\" is a Kotlin string template, no placeholder; other reads nothing");
        assertTrue(run.omissions().stream().anyMatch(o -> o.describe().equals("other -/-> catalog (catalog.service.url):"
                + " not a connection: nothing reads catalog.service.url: no Java or Kotlin source of other reads it and no"
                + " key that counts refers to it [other/src/main/resources/application.yml:1]")), run.omissions().toString());
    }

    @Test
    void aModuleWithKotlinSourcesOnlyKeepsEveryKeyOfItsOwnAsBefore() throws Exception {
        SourceRun.write(dir, "app/src/main/resources/application.yml", "catalog.service.url: http://catalog:8080\n");
        SourceRun.write(dir, "app/src/main/kotlin/x/Plain.kt", "package x\n\nclass Plain\n");
        SourceRun run = SourceRun.of(dir, new Fixtures(dir).service("app", HTTP, dep(WEB)).service("catalog", HTTP)
                .modules(), new ConfiguredHosts());
        assertEquals(List.of("app->catalog"), List.copyOf(run.edges().keySet()));
    }
}
