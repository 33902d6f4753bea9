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
 * A property that a {@code @ConfigurationProperties} type binds configures a connection only when the sources the
 * service runs with read it: an accessor called, or the type using it itself. Bound alone, it is no edge.
 */
class BoundPropertiesTest {

    private static final String HTTP = "ports: [{name: http, port: 8080}]\n";
    private static final String WEB = "org.springframework.boot:spring-boot-starter-web";
    private static final String CONFIG = "app.services.media: http://media:8080\napp.services.product: http://product:8080\n";

    @TempDir
    Path dir;

    @Test
    void aRecordComponentCountsWhenItsAccessorIsCalledInTheServiceOrALibraryOfIt() throws Exception {
        SourceRun.write(dir, "common/src/main/java/x/common/Urls.java", """
                package x.common;
                @org.springframework.boot.context.properties.ConfigurationProperties(prefix = "app.services")
                public record Urls(String media, String product) { }
                """);
        SourceRun.write(dir, "common/src/main/java/x/common/ProductClient.java", """
                package x.common;
                public class ProductClient {
                    private final String base;
                    public ProductClient(Urls urls) { this.base = urls.product(); }
                }
                """);
        cart("class Cart { }\n");
        SourceRun run = run(fixtures().library("common", dep(WEB)).service("cart", HTTP, dep(WEB), dep("common")));
        assertEquals(Map.of("cart->product", List.of("cart/src/main/resources/application.yml:2 app.services.product"
                + " names product")), run.edges(), "media() is never called; the library calls product()");
        assertTrue(run.omissions().stream().anyMatch(o -> o.describe().equals("cart -/-> media (app.services.media): not a"
                + " connection: nothing reads app.services.media: Urls binds app.services.media, but no Java source of cart"
                + " calls media() and no key that counts refers to it [cart/src/main/resources/application.yml:1]")),
                run.omissions().toString());
    }

    @Test
    void aBeanPropertyCountsThroughItsGetterOrAMethodOfItsClassAndAMethodReference() throws Exception {
        cart("""
                @org.springframework.boot.context.properties.ConfigurationProperties("app.services")
                class Urls {
                    private String media;
                    private String product;
                    private String orders;
                    public String getMedia() { return media; }
                    public void setMedia(String media) { this.media = media; }
                    public String getProduct() { return product; }
                    public void setProduct(String product) { this.product = product; }
                    public void setOrders(String orders) { this.orders = orders; }
                    String ordersApi() { return this.orders + "/api"; }
                }
                class Cart {
                    java.util.function.Function<Urls, String> product = Urls::getProduct;
                }
                """, "app.services.orders: http://orders:8080\n");
        SourceRun run = run(fixtures().service("cart", HTTP, dep(WEB)).service("orders", HTTP));
        assertEquals(List.of("cart->orders", "cart->product"), List.copyOf(run.edges().keySet()),
                "getMedia() is declared, never called; orders is used by its own class");
    }

    @Test
    void aNestedTypeCountsWhenItsOuterAccessorIsCalled() throws Exception {
        cart("""
                @org.springframework.boot.context.properties.ConfigurationProperties("app")
                record App(Services services, String name) {
                    record Services(String media, String product) { }
                }
                class Cart {
                    String media(App app) { return app.services().media(); }
                }
                """, "app.name: http://orders:8080\n");
        SourceRun run = run(fixtures().service("cart", HTTP, dep(WEB)).service("orders", HTTP));
        assertEquals(List.of("cart->media", "cart->product"), List.copyOf(run.edges().keySet()),
                "services() is called: every key below app.services may be read; name() is not called");
    }

    @Test
    void aPrefixWithoutPropertiesInViewStillReadsEveryKeyBelowIt() throws Exception {
        cart("""
                class Config {
                    @org.springframework.context.annotation.Bean
                    @org.springframework.boot.context.properties.ConfigurationProperties("app.services")
                    java.util.Properties services() { return new java.util.Properties(); }
                }
                """);
        SourceRun run = run(fixtures().service("cart", HTTP, dep(WEB)));
        assertEquals(List.of("cart->media", "cart->product"), List.copyOf(run.edges().keySet()));
    }

    private void cart(String java, String... moreConfig) throws Exception {
        SourceRun.write(dir, "cart/src/main/resources/application.yml", CONFIG + String.join("", moreConfig));
        SourceRun.write(dir, "cart/src/main/java/x/Cart.java", "package x;\n" + java);
    }

    private Fixtures fixtures() {
        return new Fixtures(dir).service("media", HTTP).service("product", HTTP);
    }

    private SourceRun run(Fixtures f) throws Exception {
        return SourceRun.of(dir, f.modules(), new ConfiguredHosts());
    }
}
