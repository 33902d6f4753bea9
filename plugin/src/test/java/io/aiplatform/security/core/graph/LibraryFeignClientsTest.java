package io.aiplatform.security.core.graph;

import static io.aiplatform.security.core.Fixtures.dep;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aiplatform.security.core.Fixtures;
import io.aiplatform.security.core.derive.AutoConfigurationRegistrations;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code @FeignClient} interfaces of a library module are clients of a service that runs with the library and
 * whose {@code @EnableFeignClients} scans them (its base packages, the packages of its base package classes, its
 * {@code clients}, else its own class's package); their placeholders resolve from the service's configuration.
 */
class LibraryFeignClientsTest {

    private static final String HTTP = "ports: [{name: http, port: 8080}]\n";
    private static final String WEB = "org.springframework.boot:spring-boot-starter-web";
    private static final String CLIENT = """
            package x.clients;
            @org.springframework.cloud.openfeign.FeignClient(name = "orders", url = "${clients.orders.url}/api")
            public interface OrdersClient { }
            """;
    private static final String EVIDENCE = "clients/src/main/java/x/clients/OrdersClient.java:2 @FeignClient(url)"
            + " names orders";

    @TempDir
    Path dir;

    @Test
    void aScannedLibraryClientIsACallWithTheServicesUrl() throws Exception {
        web("@org.springframework.cloud.openfeign.EnableFeignClients(basePackages = \"x.clients\")\n");
        SourceRun run = run();
        assertEquals(Map.of("web->orders", List.of(EVIDENCE,
                "web/src/main/resources/application.yml:1 clients.orders.url names orders")), run.edges());
        assertEquals(Map.of("web->orders", List.of(9090)), run.ports());
    }

    @Test
    void theClientsMemberAndBasePackageClassesNameTheScannedTypes() throws Exception {
        web("@org.springframework.cloud.openfeign.EnableFeignClients(clients = OrdersClient.class)\n",
                "import x.clients.OrdersClient;\n");
        assertEquals(List.of("web->orders"), List.copyOf(run().edges().keySet()));
        web("@org.springframework.cloud.openfeign.EnableFeignClients(basePackageClasses = {x.clients.OrdersClient.class})\n");
        assertEquals(List.of("web->orders"), List.copyOf(run().edges().keySet()));
    }

    @Test
    void withoutPackagesTheAnnotatedClassesPackageAndItsSubpackagesAreScanned() throws Exception {
        web("@org.springframework.cloud.openfeign.EnableFeignClients\n"); // WebApp is in package x
        assertEquals(List.of("web->orders"), List.copyOf(run().edges().keySet()));
    }

    @Test
    void aLibraryClientTheServiceDoesNotScanIsNoCallAndItsKeyIsReadByNothing() throws Exception {
        web("@org.springframework.cloud.openfeign.EnableFeignClients(basePackages = \"x.web\")\n");
        SourceRun run = run();
        assertEquals(Map.of(), run.edges());
        assertTrue(run.omissions().stream().anyMatch(o -> o.describe().startsWith("web -/-> orders (clients.orders.url):"
                + " not a connection: nothing reads clients.orders.url")), run.omissions().toString());
        web("");
        assertEquals(Map.of(), run().edges(), "no @EnableFeignClients: no Feign client at all");
    }

    @Test
    void aClientStarterThatEnablesItsOwnInterfacesThroughAnAutoConfigurationIsACall() throws Exception {
        web(""); // the service enables no Feign client itself
        SourceRun.write(dir, "clients/src/main/java/x/clients/starter/OrdersAutoConfiguration.java", """
                package x.clients.starter;
                @org.springframework.context.annotation.Configuration
                @org.springframework.context.annotation.Import({OrdersFeignConfiguration.class})
                public class OrdersAutoConfiguration { }
                """);
        SourceRun.write(dir, "clients/src/main/java/x/clients/starter/OrdersFeignConfiguration.java", """
                package x.clients.starter;
                import x.clients.OrdersClient;
                @org.springframework.cloud.openfeign.EnableFeignClients(basePackageClasses = {OrdersClient.class})
                public class OrdersFeignConfiguration { }
                """);
        assertEquals(Map.of(), run().edges(), "an @EnableFeignClients that no auto-configuration loads enables nothing");
        SourceRun.write(dir, "clients/src/main/resources/" + AutoConfigurationRegistrations.IMPORTS,
                "# the starter\nx.clients.starter.OrdersAutoConfiguration\n");
        assertEquals(Map.of("web->orders", List.of("clients/src/main/java/x/clients/OrdersClient.java:2 @FeignClient(url)"
                + " (@EnableFeignClients at clients/src/main/java/x/clients/starter/OrdersFeignConfiguration.java:3, on"
                + " x.clients.starter.OrdersFeignConfiguration, which is imported by auto-configuration"
                + " x.clients.starter.OrdersAutoConfiguration that the library registers at clients/src/main/resources/"
                + AutoConfigurationRegistrations.IMPORTS + ":2) names orders",
                "web/src/main/resources/application.yml:1 clients.orders.url names orders")), run().edges());
    }

    @Test
    void springFactoriesDeclaresAutoConfigurationsBeforeBoot27() throws Exception {
        web("");
        SourceRun.write(dir, "clients/src/main/java/x/clients/OrdersStarter.java", """
                package x.clients;
                @org.springframework.cloud.openfeign.EnableFeignClients
                public class OrdersStarter { }
                """);
        SourceRun.write(dir, "clients/src/main/resources/" + AutoConfigurationRegistrations.FACTORIES,
                "org.springframework.boot.autoconfigure.EnableAutoConfiguration=\\\n  x.other.Thing,\\\n"
                        + "  x.clients.OrdersStarter\n");
        assertEquals(List.of("web->orders"), List.copyOf(run().edges().keySet()));
    }

    private void web(String annotation, String... imports) throws Exception {
        SourceRun.write(dir, "web/src/main/java/x/WebApp.java", "package x;\n" + String.join("", imports)
                + annotation + "public class WebApp { }\n");
    }

    private SourceRun run() throws Exception {
        SourceRun.write(dir, "clients/src/main/java/x/clients/OrdersClient.java", CLIENT);
        SourceRun.write(dir, "web/src/main/resources/application.yml", "clients.orders.url: http://orders:9090\n");
        Fixtures f = new Fixtures(dir).service("orders", "ports: [{name: http, port: 9090}]\n").library("clients")
                .service("web", HTTP, dep(WEB), dep("clients"));
        return SourceRun.of(dir, f.modules(), new ConfiguredHosts(), new LibraryFeignClients());
    }
}
