package io.aiplatform.security.core.graph;

import static io.aiplatform.security.core.Fixtures.dep;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aiplatform.security.core.Fixtures;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The camelCase, kebab-case, underscore and environment-variable forms of a key are one key in every source. */
class RelaxedBindingTest {

    private static final String HTTP = "ports: [{name: http, port: 8080}]\n";
    private static final String EUREKA = "eureka.client.service-url.default-zone: http://eureka:8761/eureka/\n";

    @TempDir
    Path dir;

    @Test
    void zuulIgnoredServicesInCamelCaseStopsTheFanOut() throws Exception {
        SourceRun.write(dir, "orders/src/main/resources/application.yml", EUREKA);
        for (String form : List.of("zuul:\n  ignoredServices: '*'\n", "zuul.ignored_services: '*'\n",
                "ZUUL:\n  IGNORED-SERVICES: '*'\n")) {
            SourceRun.write(dir, "proxy/src/main/resources/application.yml", EUREKA + form);
            assertEquals(List.of("orders->eureka", "proxy->eureka"), List.copyOf(run().edges().keySet()),
                    form + " is zuul.ignored-services");
        }
        SourceRun.write(dir, "proxy/src/main/resources/application.yml", EUREKA + "zuul:\n  ignoredServices: 'x'\n");
        assertEquals(List.of("orders->eureka", "proxy->eureka", "proxy->orders"), List.copyOf(run().edges().keySet()));
    }

    @Test
    void zuulIgnoredServicesFromAConfigServerRepositoryStopsTheFanOut() throws Exception {
        SourceRun.write(dir, "orders/src/main/resources/application.yml", EUREKA);
        SourceRun.write(dir, "proxy/src/main/resources/bootstrap.yml", EUREKA + "spring.cloud.config.uri: http://config:8888\n");
        SourceRun.write(dir, "config/src/main/resources/application.yml",
                "spring.cloud.config.server.native.searchLocations: classpath:/repo\n");
        SourceRun.write(dir, "config/src/main/resources/repo/proxy.yml", "zuul:\n  ignoredServices: '*'\n");
        SourceRun run = SourceRun.of(dir, new Fixtures(dir)
                .service("proxy", HTTP, dep("org.springframework.cloud:spring-cloud-starter-netflix-zuul"),
                        dep("org.springframework.cloud:spring-cloud-starter-netflix-eureka-client"),
                        dep("org.springframework.cloud:spring-cloud-starter-config"))
                .service("orders", HTTP, dep("org.springframework.cloud:spring-cloud-starter-netflix-eureka-client"))
                .service("config", "ports: [{port: 8888}]\n")
                .service("eureka", "ports: [{port: 8761}]\n").modules(), new ConfiguredHosts(), new RegistryFanOut());
        assertEquals(List.of("orders->eureka", "proxy->config", "proxy->eureka"), List.copyOf(run.edges().keySet()),
                "the repository's zuul.ignoredServices: '*' applies to the proxy");
    }

    @Test
    void anEnvironmentVariableOverridesTheKebabCaseKeyItNames() throws Exception {
        SourceRun.write(dir, "orders/src/main/resources/application.yml",
                "eureka:\n  client:\n    service-url:\n      default-zone: http://localhost:8761/eureka/\n");
        SourceRun.write(dir, "docker-compose.yml", "services:\n  orders:\n    environment:\n"
                + "      EUREKA_CLIENT_SERVICEURL_DEFAULTZONE: http://eureka:8761/eureka/\n");
        SourceRun run = run();
        assertEquals(List.of("orders->eureka"), List.copyOf(run.edges().keySet()));
        assertTrue(run.edges().get("orders->eureka").get(0).startsWith("docker-compose.yml:4 "),
                run.edges().toString());
        assertTrue(run.warnings().stream().noneMatch(w -> w.contains("localhost")), run.warnings().toString());
    }

    @Test
    void aCamelCaseKeyIsReadAsItsKebabCaseForm() throws Exception {
        SourceRun.write(dir, "orders/src/main/resources/application.yml",
                "spring.rabbitmq:\n  host: rabbit\n  port: 5672\neureka.client.serviceUrl.defaultZone: http://eureka:8761/eureka/\n");
        SourceRun run = run();
        assertEquals(List.of("orders/src/main/resources/application.yml:4 eureka.client.service-url.default-zone"
                + " names eureka"), run.edges().get("orders->eureka"));
    }

    @Test
    void aValueAnnotationReadsItsPropertyInAnyRelaxedForm() throws Exception {
        SourceRun.write(dir, "orders/src/main/resources/application.yml", "catalog:\n  service_url: http://eureka:8761\n");
        SourceRun.write(dir, "orders/src/main/java/x/Catalog.java", "package x;\nclass Catalog {\n"
                + "    @org.springframework.beans.factory.annotation.Value(\"${catalog.serviceUrl}\") String url;\n}\n");
        SourceRun run = SourceRun.of(dir, new Fixtures(dir)
                .service("orders", HTTP, dep("org.springframework.boot:spring-boot-starter-web"))
                .service("eureka", "ports: [{port: 8761}]\n").modules(), new ConfiguredHosts(), new JavaSourceHosts());
        assertEquals(List.of("orders/src/main/java/x/Catalog.java:3 @Value(catalog.serviceUrl) names eureka",
                "orders/src/main/resources/application.yml:2 catalog.service-url names eureka"),
                run.edges().get("orders->eureka"), "catalog.serviceUrl is catalog.service_url, and a URL the code reads");
    }

    private SourceRun run() throws Exception {
        return SourceRun.of(dir, new Fixtures(dir)
                .service("proxy", HTTP, dep("org.springframework.cloud:spring-cloud-starter-netflix-zuul"),
                        dep("org.springframework.cloud:spring-cloud-starter-netflix-eureka-client"))
                .service("orders", HTTP, dep("org.springframework.cloud:spring-cloud-starter-netflix-eureka-client"))
                .service("eureka", "ports: [{port: 8761}]\n").modules(), new ConfiguredHosts(), new RegistryFanOut());
    }
}
