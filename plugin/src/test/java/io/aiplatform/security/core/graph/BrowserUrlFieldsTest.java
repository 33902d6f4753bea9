package io.aiplatform.security.core.graph;

import static io.aiplatform.security.core.Fixtures.dep;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.aiplatform.security.core.Fixtures;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A URL a service hands to a payment provider or authorization server, which sends the user's browser there, is no
 * connection the service opens: known by the name of the key, or of the field or parameter the key is injected into.
 */
class BrowserUrlFieldsTest {

    private static final String HTTP = "ports: [{name: http, port: 8080}]\n";
    private static final String WEB = "org.springframework.boot:spring-boot-starter-web";
    private static final String CONFIG = "shop.public.url=http://storefront:8080/complete-payment\n";

    @TempDir
    Path dir;

    private SourceRun run(Fixtures fixtures) throws Exception {
        return SourceRun.of(dir, fixtures.service("storefront", HTTP).modules(), new ConfiguredHosts(),
                new JavaSourceHosts());
    }

    @Test
    void aKeyALibraryModuleInjectsOnlyIntoReturnAndCancelUrlsIsNoEdgeAndExplainSaysWhy() throws Exception {
        SourceRun.write(dir, "payment/src/main/resources/application.properties", CONFIG);
        SourceRun.write(dir, "payment/src/main/java/x/Main.java", "package x;\nclass Main { }\n");
        SourceRun.write(dir, "paypal/src/main/java/x/paypal/PaypalService.java", """
                package x.paypal;
                import org.springframework.beans.factory.annotation.Value;
                public class PaypalService {
                    @Value("${shop.public.url}/capture")
                    private String returnUrl;
                    @Value("${shop.public.url}/cancel")
                    private String cancelUrl;
                    Object order() { return new Object[] {returnUrl, cancelUrl}; }
                }
                """);
        SourceRun run = run(new Fixtures(dir).library("paypal", dep(WEB)).service("payment", HTTP, dep(WEB), dep("paypal")));
        assertEquals(List.of(), List.copyOf(run.edges().keySet()));
        assertEquals(List.of("payment -/-> storefront (shop.public.url): not a connection: payment's sources read"
                + " shop.public.url only into returnUrl (paypal/src/main/java/x/paypal/PaypalService.java:4), whose name"
                + " says it is a URL the user's browser is sent to (a payment provider's return or cancel URL, an"
                + " authorization server's redirect URI); payment opens no connection to it"
                + " [payment/src/main/resources/application.properties:1]"),
                run.omissions().stream().map(Omission::describe).toList());
    }

    @Test
    void aKeyAlsoInjectedIntoAnotherFieldIsStillACall() throws Exception {
        SourceRun.write(dir, "payment/src/main/resources/application.properties", CONFIG);
        SourceRun.write(dir, "payment/src/main/java/x/PaypalService.java", """
                package x;
                import org.springframework.beans.factory.annotation.Value;
                class PaypalService {
                    @Value("${shop.public.url}/capture")
                    private String returnUrl;
                    PaypalService(@Value("${shop.public.url}") String storefront) { }
                }
                """);
        SourceRun run = run(new Fixtures(dir).service("payment", HTTP, dep(WEB)));
        assertEquals(List.of("payment->storefront"), List.copyOf(run.edges().keySet()));
    }

    @Test
    void aCallbackUrlIsACall() throws Exception {
        SourceRun.write(dir, "payment/src/main/resources/application.properties", CONFIG);
        SourceRun.write(dir, "payment/src/main/java/x/PaypalService.java", """
                package x;
                class PaypalService {
                    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "shop.public.url")
                    String callbackUrl;
                }
                """);
        SourceRun run = run(new Fixtures(dir).service("payment", HTTP, dep(WEB)));
        assertEquals(List.of("payment->storefront"), List.copyOf(run.edges().keySet()));
    }

    @Test
    void aKeyNamedAsAReturnUrlIsNoEdgeWhoeverReadsIt() throws Exception {
        SourceRun.write(dir, "payment/src/main/resources/application.yml",
                "shop:\n  paypal:\n    return-url: http://storefront:8080/done\n    api-url: http://storefront:8080/api\n");
        SourceRun.write(dir, "payment/src/main/java/x/Config.java", """
                package x;
                class Config {
                    @org.springframework.beans.factory.annotation.Value("${shop.paypal.return-url}") String url;
                    @org.springframework.beans.factory.annotation.Value("${shop.paypal.api-url}") String api;
                }
                """);
        SourceRun run = run(new Fixtures(dir).service("payment", HTTP, dep(WEB)));
        assertEquals(List.of("payment->storefront"), List.copyOf(run.edges().keySet()));
        assertEquals(List.of("payment -/-> storefront (shop.paypal.return-url): not a connection: the name of"
                + " shop.paypal.return-url says it is a URL the user's browser is sent to (a payment provider's return"
                + " or cancel URL, an authorization server's redirect URI); payment opens no connection to it"
                + " [payment/src/main/resources/application.yml:3]"),
                run.omissions().stream().map(Omission::describe).toList());
        assertEquals(true, run.edges().get("payment->storefront").toString().contains("application.yml:4 shop.paypal.api-url"),
                run.edges().toString());
    }
}
