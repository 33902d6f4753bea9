package io.aiplatform.security.core.graph;

import static io.aiplatform.security.core.Fixtures.dep;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aiplatform.security.core.Fixtures;
import io.aiplatform.security.core.derive.AutoConfigurationRegistrations;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A library module that enables its own {@code @FeignClient} interfaces with {@code @EnableFeignClients} on a Spring
 * Boot auto-configuration it registers (the imports file, or {@code spring.factories} before Boot 3.0) makes them
 * clients of every service that runs with it, without any {@code @EnableFeignClients} of the service; unregistered,
 * excluded, or registered in a file the service's Boot version does not read, it enables nothing.
 */
class AutoConfiguredFeignClientsTest {

    private static final String CLIENT = """
            package x.clients;
            @org.springframework.cloud.openfeign.FeignClient(name = "orders")
            public interface OrdersClient { }
            """;
    private static final String AUTO = """
            package x.clients;
            @org.springframework.boot.autoconfigure.AutoConfiguration
            @org.springframework.cloud.openfeign.EnableFeignClients(clients = OrdersClient.class)
            public class OrdersClientAutoConfiguration { }
            """;
    private static final String IMPORTS = "clients/src/main/resources/" + AutoConfigurationRegistrations.IMPORTS;
    private static final String FACTORIES = "clients/src/main/resources/" + AutoConfigurationRegistrations.FACTORIES;

    @TempDir
    Path dir;

    @Test
    void aClientTheLibrarysRegisteredAutoConfigurationEnablesIsACall() throws Exception {
        SourceRun.write(dir, IMPORTS, "x.clients.OrdersClientAutoConfiguration\n");
        SourceRun run = run(null);
        assertEquals(Map.of("web->orders", List.of("clients/src/main/java/x/clients/OrdersClient.java:2"
                + " @FeignClient(orders) (@EnableFeignClients at clients/src/main/java/x/clients/"
                + "OrdersClientAutoConfiguration.java:3, on auto-configuration x.clients.OrdersClientAutoConfiguration"
                + " that the library registers at " + IMPORTS + ":1) names orders")), run.edges());
        assertEquals(Map.of("web->orders", List.of(9090)), run.ports());
    }

    @Test
    void springFactoriesRegistersItBeforeSpringBoot3Only() throws Exception {
        SourceRun.write(dir, FACTORIES, "org.springframework.boot.autoconfigure.EnableAutoConfiguration=\\\n"
                + "  x.clients.OrdersClientAutoConfiguration\n");
        assertEquals(List.of("web->orders"), List.copyOf(run("2.7.18").edges().keySet()));
        assertEquals(Map.of(), run("3.2.0").edges(), "Spring Boot 3 reads no auto-configuration of spring.factories");
    }

    @Test
    void aNestedAutoConfigurationIsRegisteredByItsBinaryName() throws Exception {
        SourceRun.write(dir, IMPORTS, "x.clients.Outer$OrdersClientAutoConfiguration\n");
        SourceRun.write(dir, "clients/src/main/java/x/clients/Outer.java", """
                package x.clients;
                public class Outer {
                    @org.springframework.boot.autoconfigure.AutoConfiguration
                    @org.springframework.cloud.openfeign.EnableFeignClients(clients = OrdersClient.class)
                    public static class OrdersClientAutoConfiguration { }
                }
                """);
        SourceRun.write(dir, "clients/src/main/java/x/clients/OrdersClient.java", CLIENT);
        Fixtures f = new Fixtures(dir).service("orders", "ports: [{name: http, port: 9090}]\n").library("clients")
                .service("web", "ports: [{name: http, port: 8080}]\n",
                        dep("org.springframework.cloud:spring-cloud-starter-openfeign"), dep("clients"));
        SourceRun run = SourceRun.of(dir, f.modules(), new ConfiguredHosts(), new LibraryFeignClients());
        assertEquals(List.of("web->orders"), List.copyOf(run.edges().keySet()));
    }

    @Test
    void anAnnotationOnAClassTheLibraryDoesNotRegisterEnablesNothing() throws Exception {
        SourceRun.write(dir, IMPORTS, "x.clients.SomethingElseAutoConfiguration\n");
        SourceRun run = run(null);
        assertEquals(Map.of(), run.edges());
        SourceRun.write(dir, FACTORIES, "org.springframework.context.ApplicationListener=x.clients."
                + "OrdersClientAutoConfiguration\n");
        assertEquals(Map.of(), run(null).edges(), "another key of spring.factories registers no auto-configuration");
    }

    @Test
    void anAutoConfigurationTheServiceExcludesEnablesNothing() throws Exception {
        SourceRun.write(dir, IMPORTS, "x.clients.OrdersClientAutoConfiguration\n");
        SourceRun.write(dir, "web/src/main/resources/application.yml",
                "spring.autoconfigure.exclude: x.clients.OrdersClientAutoConfiguration\n");
        assertEquals(Map.of(), run(null).edges());
        SourceRun.write(dir, "web/src/main/resources/application.yml", "server.port: 8080\n");
        SourceRun.write(dir, "web/src/main/java/x/web/WebApp.java", """
                package x.web;
                import x.clients.OrdersClientAutoConfiguration;
                @org.springframework.boot.autoconfigure.SpringBootApplication(exclude = OrdersClientAutoConfiguration.class)
                public class WebApp { }
                """);
        assertEquals(Map.of(), run(null).edges());
    }

    @Test
    void aQuarkusOrMicronautServiceRunningTheLibraryAppliesNoAutoConfiguration() throws Exception {
        SourceRun.write(dir, IMPORTS, "x.clients.OrdersClientAutoConfiguration\n");
        SourceRun.write(dir, "clients/src/main/java/x/clients/OrdersClient.java", CLIENT);
        SourceRun.write(dir, "clients/src/main/java/x/clients/OrdersClientAutoConfiguration.java", AUTO);
        for (String framework : List.of("io.quarkus:quarkus-rest", "io.micronaut:micronaut-http-server-netty")) {
            Fixtures f = new Fixtures(dir).service("orders", "ports: [{name: http, port: 9090}]\n").library("clients")
                    .service("web", "ports: [{name: http, port: 8080}]\n", dep(framework),
                            dep("org.springframework.cloud:spring-cloud-starter-openfeign"), dep("clients"));
            SourceRun run = SourceRun.of(dir, f.modules(), new ConfiguredHosts(), new LibraryFeignClients());
            assertEquals(Map.of(), run.edges(), framework);
        }
    }

    private SourceRun run(String bootVersion) throws Exception {
        SourceRun.write(dir, "clients/src/main/java/x/clients/OrdersClient.java", CLIENT);
        SourceRun.write(dir, "clients/src/main/java/x/clients/OrdersClientAutoConfiguration.java", AUTO);
        Fixtures f = new Fixtures(dir).service("orders", "ports: [{name: http, port: 9090}]\n").library("clients")
                .service("web", "ports: [{name: http, port: 8080}]\n",
                        dep("org.springframework.cloud:spring-cloud-starter-openfeign"), dep("clients"));
        List<Module> modules = new ArrayList<>(f.modules());
        if (bootVersion != null) {
            modules.set(2, modules.get(2).withFrameworks(FrameworkVersions.springBoot(bootVersion)));
        }
        return SourceRun.of(dir, modules, new ConfiguredHosts(), new LibraryFeignClients());
    }
}
