package io.aiplatform.security.core.graph;

import static io.aiplatform.security.core.Fixtures.dep;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aiplatform.security.core.Fixtures;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A key configures a connection only when something reads it: a client library on the classpath, or the code. */
class ReadKeysTest {

    private static final String HTTP = "ports: [{name: http, port: 8080}]\n";
    private static final String WEB = "org.springframework.boot:spring-boot-starter-web";
    private static final String SHARED = """
            spring:
              rabbitmq:
                host: rabbitmq
              datasource:
                url: jdbc:postgresql://db:5432/app
              kafka:
                bootstrap-servers: kafka:9092
            eureka.client.serviceUrl.defaultZone: http://registry:8761/eureka/
            security.oauth2.resource.user-info-uri: http://auth:5000/users/current
            """;

    @TempDir
    Path dir;

    @Test
    void aClientKeyIsNoEdgeWithoutItsLibrary() throws Exception {
        SourceRun.write(dir, "plain/src/main/resources/application.yml", SHARED);
        SourceRun.write(dir, "full/src/main/resources/application.yml", SHARED);
        SourceRun run = run(fixtures().service("plain", HTTP, dep(WEB))
                .service("full", HTTP, dep(WEB), dep("org.springframework.boot:spring-boot-starter-amqp"),
                        dep("org.postgresql:postgresql", "runtime"), dep("org.springframework.kafka:spring-kafka"),
                        dep("org.springframework.cloud:spring-cloud-starter-netflix-eureka-client"),
                        dep("org.springframework.cloud:spring-cloud-starter-oauth2")));
        assertEquals(List.of("full->auth", "full->db", "full->kafka", "full->rabbitmq", "full->registry"),
                List.copyOf(run.edges().keySet()), "plain has none of the clients");
        assertTrue(run.warnings().stream().noneMatch(w -> w.contains("plain")), run.warnings().toString());
        assertTrue(run.omissions().stream().anyMatch(o -> o.describe().equals("plain -/-> rabbitmq (spring.rabbitmq.host):"
                + " not a connection: no library on the classpath of plain reads spring.rabbitmq.* (a client of rabbitmq)"
                + " [plain/src/main/resources/application.yml:3]")), run.omissions().toString());
    }

    @Test
    void aServiceWhoseClasspathIsUnknownKeepsEveryKey() throws Exception {
        SourceRun.write(dir, "plain/src/main/resources/application.yml", SHARED);
        SourceRun run = run(fixtures().service("plain", HTTP));
        assertEquals(List.of("plain->auth", "plain->db", "plain->kafka", "plain->rabbitmq", "plain->registry"),
                List.copyOf(run.edges().keySet()), "a module without dependencies: nothing to tell which clients it has");
    }

    @Test
    void anApplicationKeyCountsWhenTheCodeReadsIt() throws Exception {
        String config = "catalog.service.url: http://catalog:8080\napp.payments.base-url: http://payments:8080\n"
                + "app.orders-url: http://orders:8080\ndb.url: jdbc:postgresql://db:5432/app\n"
                + "spring.datasource.url: ${db.url}\nunused.url: http://registry:8761\n";
        SourceRun.write(dir, "reader/src/main/resources/application.yml", config);
        SourceRun.write(dir, "reader/src/main/java/x/Clients.java", """
                package x;
                @org.springframework.boot.context.properties.ConfigurationProperties(prefix = "app.payments")
                class Payments { private String baseUrl; String charges() { return baseUrl + "/charges"; } }
                class Catalog {
                    Catalog(@org.springframework.beans.factory.annotation.Value("${catalog.service.url}") String url,
                            org.springframework.core.env.Environment env) {
                        env.getProperty("app.ordersUrl");
                    }
                }
                """);
        SourceRun.write(dir, "other/src/main/resources/application.yml", config);
        SourceRun.write(dir, "other/src/main/java/x/Main.java", "package x;\nclass Main { }\n");
        SourceRun run = run(fixtures()
                .service("reader", HTTP, dep(WEB), dep("org.postgresql:postgresql"))
                .service("other", HTTP, dep(WEB))
                .service("catalog", HTTP).service("payments", HTTP).service("orders", HTTP));
        assertEquals(List.of("reader->catalog", "reader->db", "reader->orders", "reader->payments"),
                List.copyOf(run.edges().keySet()), "other reads none of its keys; nothing reads unused.url");
        assertTrue(run.edges().get("reader->db").contains("reader/src/main/resources/application.yml:4 db.url names db"),
                "db.url counts because spring.datasource.url refers to it: " + run.edges().get("reader->db"));
        assertTrue(run.omissions().stream().anyMatch(o -> o.describe().equals("reader -/-> registry (unused.url): not a"
                + " connection: nothing reads unused.url: no Java source of reader reads it and no key that counts"
                + " refers to it [reader/src/main/resources/application.yml:6]")), run.omissions().toString());
    }

    @Test
    void aServiceWithoutJavaSourcesKeepsItsOwnKeys() throws Exception {
        SourceRun.write(dir, "app/src/main/resources/application.yml", "catalog.service.url: http://catalog:8080\n");
        SourceRun run = run(fixtures().service("app", HTTP, dep(WEB)).service("catalog", HTTP));
        assertEquals(List.of("app->catalog"), List.copyOf(run.edges().keySet()));
    }

    @Test
    void quarkusAndMicronautKeysNeedTheirExtensionOrModule() throws Exception {
        SourceRun.write(dir, "q/src/main/resources/application.properties",
                "quarkus.datasource.reactive.url=postgresql://db:5432/app\nquarkus.mongodb.connection-string=mongodb://mongo:27017\n"
                + "kafka.bootstrap.servers=kafka:9092\n");
        SourceRun.write(dir, "m/src/main/resources/application.yml",
                "mongodb.uri: mongodb://mongo:27017/x\nkafka.bootstrap.servers: kafka:9092\n");
        SourceRun run = run(fixtures()
                .service("q", HTTP, dep("io.quarkus:quarkus-reactive-pg-client"))
                .service("m", HTTP, dep("io.micronaut.kafka:micronaut-kafka"))
                .service("mongo", "ports: [{port: 27017}]\n"));
        assertEquals(List.of("m->kafka", "q->db"), List.copyOf(run.edges().keySet()));
    }

    @Test
    void theAddressAServiceListensOnIsNoConnection() throws Exception {
        SourceRun.write(dir, "m/src/main/resources/application.yml", "micronaut:\n  server:\n    host: kafka\n    port: 8080\n");
        SourceRun.write(dir, "q/src/main/resources/application.properties",
                "quarkus.http.host=0.0.0.0\nquarkus.grpc.server.host=localhost\nquarkus.management.host=127.0.0.1\n");
        SourceRun.write(dir, "s/src/main/resources/application.yml",
                "server.address: localhost\nmanagement:\n  server:\n    address: 127.0.0.1\n");
        SourceRun run = run(fixtures()
                .service("m", HTTP, dep("io.micronaut:micronaut-http-server-netty"))
                .service("q", HTTP, dep("io.quarkus:quarkus-resteasy"))
                .service("s", HTTP, dep(WEB)));
        assertEquals(List.of(), List.copyOf(run.edges().keySet()));
        assertEquals(List.of(), run.warnings());
        assertTrue(run.omissions().stream().anyMatch(o -> o.describe().equals("m -/-> kafka (micronaut.server.host):"
                + " not a connection: micronaut.server.host is the address m itself listens on"
                + " [m/src/main/resources/application.yml:3]")), run.omissions().toString());
    }

    @Test
    void ofSpringBootsManagementKeysOnlyItsExportersAndRegistriesLocateAPeer() throws Exception {
        SourceRun.write(dir, "app/src/main/resources/application.properties",
                "management.tracing.endpoint=http://auth:5000/spans\n"
                + "management.prometheus.metrics.export.pushgateway.base-url=http://registry:8761\n");
        SourceRun.write(dir, "app/src/main/java/x/Main.java", "package x;\nclass Main { }\n");
        SourceRun run = run(fixtures().service("app", HTTP, dep(WEB)));
        assertEquals(List.of("app->registry"), List.copyOf(run.edges().keySet()));
        assertTrue(run.omissions().stream().anyMatch(o -> o.describe().equals("app -/-> auth (management.tracing.endpoint):"
                + " not a connection: the framework reads no address under management.tracing.*, only its own settings"
                + " [app/src/main/resources/application.properties:1]")), run.omissions().toString());
    }

    @Test
    void aKeyThatALibraryModuleOfTheServiceReadsCounts() throws Exception {
        String config = "app.services.catalog: http://catalog:8080\napp.services.payments: http://payments:8080\n";
        SourceRun.write(dir, "cart/src/main/resources/application.yml", config);
        SourceRun.write(dir, "cart/src/main/java/x/Cart.java",
                "package x;\nclass Cart {\n    String catalog(x.common.Urls urls) { return urls.catalog(); }\n}\n");
        SourceRun.write(dir, "other/src/main/resources/application.yml", config);
        SourceRun.write(dir, "other/src/main/java/x/Other.java", "package x;\nclass Other { }\n");
        SourceRun.write(dir, "common/src/main/java/x/common/Urls.java", """
                package x.common;
                @org.springframework.boot.context.properties.ConfigurationProperties(prefix = "app.services")
                public record Urls(String catalog) { }
                """);
        SourceRun run = run(fixtures().library("common", dep(WEB))
                .service("cart", HTTP, dep(WEB), dep("common")).service("other", HTTP, dep(WEB))
                .service("catalog", HTTP).service("payments", HTTP));
        assertEquals(List.of("cart->catalog"), List.copyOf(run.edges().keySet()),
                "common's @ConfigurationProperties binds app.services.catalog for cart only");
    }

    private Fixtures fixtures() {
        return new Fixtures(dir).service("rabbitmq", "ports: [{port: 5672}]\n").service("db", "ports: [{port: 5432}]\n")
                .service("kafka", "ports: [{port: 9092}]\n").service("registry", "ports: [{port: 8761}]\n")
                .service("auth", "ports: [{port: 5000}]\n");
    }

    private SourceRun run(Fixtures f) throws Exception {
        DerivationSource[] sources = {new ConfiguredHosts(), new RegistryFanOut()};
        return SourceRun.of(dir, f.modules(), sources);
    }
}
