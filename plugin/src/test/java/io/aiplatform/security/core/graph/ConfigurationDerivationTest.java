package io.aiplatform.security.core.graph;

import static io.aiplatform.security.core.Fixtures.dep;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aiplatform.security.core.Fixtures;
import io.aiplatform.security.core.catalog.ClientCatalog;
import io.aiplatform.security.core.descriptor.PortSpec;
import io.aiplatform.security.core.support.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Edges, names and ports from what the services' Spring Boot, Quarkus and Micronaut configuration says. */
class ConfigurationDerivationTest {

    private static final String EUREKA_CLIENT = "org.springframework.cloud:spring-cloud-starter-netflix-eureka-client";

    @TempDir
    Path dir;

    private void config(String module, String file, String text) throws Exception {
        Path f = dir.resolve(module).resolve("src/main/resources").resolve(file);
        Files.createDirectories(f.getParent());
        Files.writeString(f, text);
    }

    private static Set<String> edges(ServiceGraph g) {
        return g.edges().stream().map(e -> e.from() + "->" + e.to()).collect(Collectors.toCollection(TreeSet::new));
    }

    private ServiceGraph graph(Fixtures f, String... profiles) throws Exception {
        return new ServiceGraphBuilder(ClientCatalog.builtIn(), dir).configuration(List.of(profiles), "shop").build(f.modules());
    }

    @Test
    void aDatabasePerServiceIsChosenByTheHostEachServiceConfigures() throws Exception {
        String mongo = "role: database\nports: [{name: mongo, port: 27017}]\nprovides: [mongodb]\n";
        config("account", "application.yml", "spring:\n  application:\n    name: account-service\n"
                + "  data:\n    mongodb:\n      host: account-mongodb\n      port: 27017\nserver:\n  port: 6000\n");
        config("stats", "bootstrap.yml", "spring.application.name: statistics-service\n");
        config("stats", "application.properties", "spring.data.mongodb.uri=mongodb://user:${MONGO_PASSWORD}@stats-mongodb:27017/stats\n"
                + "server.port=7000\n");
        ServiceGraph g = graph(new Fixtures(dir)
                .service("account-mongodb", mongo).service("stats-mongodb", mongo)
                .service("account", "role: api\n", dep("org.springframework.boot:spring-boot-starter-data-mongodb"))
                .service("stats", "role: api\n", dep("org.springframework.boot:spring-boot-starter-data-mongodb")));
        assertEquals(Set.of("account-service->account-mongodb", "statistics-service->stats-mongodb"), edges(g),
                "each service to its own database, named by spring.application.name");
        Edge account = g.edges().stream().filter(e -> e.from().equals("account-service")).findFirst().orElseThrow();
        assertEquals(List.of(new PortSpec("mongo", 27017, "TCP")), account.ports());
        assertTrue(account.reasons().get(0).startsWith("account/src/main/resources/application.yml:6 spring.data.mongodb.host"
                + " names account-mongodb"), account.reasons().toString());
        assertEquals(List.of(new PortSpec("http", 6000, "TCP")),
                g.services().stream().filter(s -> s.name().equals("account-service")).findFirst().orElseThrow().ports(),
                "server.port when the descriptor gives no port");
    }

    @Test
    void gatewayRoutesRegistriesConfigServersAndTracingAreEdges() throws Exception {
        config("gateway", "application.yml", """
                spring:
                  application.name: api-gateway
                  config.import: optional:configserver:${CONFIG_SERVER_URL:http://config-server:8888}
                  cloud:
                    gateway:
                      routes:
                        - id: vets
                          uri: lb://vets-service
                          predicates: [Path=/api/vet/**]
                        - id: customers
                          uri: lb://customers-service.shop.svc.cluster.local
                eureka.client.service-url.defaultZone: http://discovery:8761/eureka/
                management.zipkin.tracing.endpoint: http://tracing-server:9411/api/v2/spans
                docs.url: https://github.com/example/docs
                """);
        String http = "role: api\nports: [{name: http, port: 8080}]\n";
        ServiceGraph g = graph(new Fixtures(dir)
                .service("gateway", "role: api\nports: [{name: http, port: 8080}]\ningress: {external: true}\n")
                .service("vets-service", http).service("customers-service", http)
                .service("discovery", "role: worker\nports: [{name: http, port: 8761}]\n")
                .service("config-server", "role: worker\nports: [{name: http, port: 8888}]\n")
                .service("tracing-server", "role: monitoring\nports: [{name: http, port: 9411}]\n"));
        assertEquals(Set.of("api-gateway->config-server", "api-gateway->customers-service", "api-gateway->discovery",
                "api-gateway->tracing-server", "api-gateway->vets-service"), edges(g));
        assertTrue(g.warnings().stream().anyMatch(w -> w.message().contains("names host 'github.com', which is no service")),
                g.warnings().toString());
    }

    @Test
    void aNativeConfigServerRepositoryConfiguresItsClients() throws Exception {
        config("config", "application.yml", "server.port: 8888\nspring:\n  profiles.active: native\n"
                + "  cloud.config.server.native.search-locations: classpath:/shared\n");
        config("config", "shared/application.yml", "eureka.client.serviceUrl.defaultZone: http://registry:8761/eureka/\n");
        config("config", "shared/orders.yml", "spring.rabbitmq.host: rabbitmq\nspring.datasource.url: jdbc:postgresql://orders-db:5432/orders\n");
        config("orders", "bootstrap.yml", "spring.application.name: orders\nspring.cloud.config.uri: http://config:8888\n");
        ServiceGraph g = graph(new Fixtures(dir)
                .service("config", "role: worker\n")
                .service("registry", "role: worker\nports: [{name: http, port: 8761}]\n")
                .service("rabbitmq", "role: worker\nports: [{name: amqp, port: 5672}]\nprovides: [rabbitmq]\n")
                .service("orders-db", "role: database\nports: [{name: pg, port: 5432}]\nprovides: [postgresql]\n")
                .service("orders", "role: api\nports: [{name: http, port: 8080}]\n",
                        dep("org.springframework.cloud:spring-cloud-starter-bus-amqp"),
                        dep("org.springframework.cloud:spring-cloud-starter-config"),
                        dep("org.springframework.cloud:spring-cloud-starter-netflix-eureka-client"),
                        dep("org.postgresql:postgresql", "runtime")));
        assertEquals(Set.of("orders->config", "orders->orders-db", "orders->rabbitmq", "orders->registry"), edges(g));
        assertTrue(g.edges().stream().filter(e -> e.to().equals("orders-db")).findFirst().orElseThrow().reasons().get(0)
                .startsWith("config/src/main/resources/shared/orders.yml:2 spring.datasource.url names orders-db"));
    }

    @Test
    void aConfigServerServesAClientByItsApplicationNameWhateverItsDescriptorCallsIt() throws Exception {
        config("config", "application.yml", "spring.cloud.config.server.native.search-locations: classpath:/shared\n");
        config("config", "shared/gateway-server.yml", "spring.datasource.url: jdbc:postgresql://orders-db:5432/x\n");
        config("config", "shared/gatewayserver.yml", "spring.datasource.url: jdbc:postgresql://other-db:5432/x\n");
        config("gw", "bootstrap.yml", "spring.application.name: gateway-server\n"
                + "spring.config.import: configserver:http://config:8888\n");
        String db = "role: database\nports: [{name: pg, port: 5432}]\n";
        Fixtures f = new Fixtures(dir).service("config", "role: worker\nports: [{name: http, port: 8888}]\n")
                .service("orders-db", db + "provides: [{product: postgresql, port: pg}]\n").service("other-db", db)
                .service("gw", "name: gatewayserver\nrole: api\nports: [{name: http, port: 8080}]\n",
                        dep("org.postgresql:postgresql", "runtime"), dep("org.springframework.cloud:spring-cloud-starter-config"));
        // Spring Cloud Config asks for {application} = spring.application.name, not the name the descriptor gives
        assertEquals(Set.of("gatewayserver->config", "gatewayserver->orders-db"), edges(graph(f)));
    }

    @Test
    void profilesLocalhostAndPlaceholdersAreReadAsTheFrameworksDo() throws Exception {
        config("app", "application.yml", """
                spring.data.redis.host: ${REDIS_HOST:localhost}
                upstream.url: http://${UPSTREAM_HOST}/api
                ---
                spring.config.activate.on-profile: docker
                spring.data.redis.host: cache
                """);
        config("app", "application-k8s.properties", "catalog.url=http://catalog:8080/items\n");
        String http = "role: api\nports: [{name: http, port: 8080}]\n";
        Fixtures f = new Fixtures(dir).service("app", http).service("cache", "role: database\nports: [{port: 6379}]\n")
                .service("catalog", http);
        ServiceGraph plain = graph(f);
        assertEquals(Set.of(), edges(plain));
        String warnings = plain.warnings().toString();
        assertTrue(warnings.contains("names host 'localhost', the pod itself once deployed"), warnings);
        assertTrue(warnings.contains("upstream.url needs UPSTREAM_HOST, which has no default"), warnings);
        assertEquals(Set.of("app->cache", "app->catalog"), edges(graph(f, "docker", "k8s")));
    }

    @Test
    void quarkusAndMicronautClientsAreEdges() throws Exception {
        config("orders", "application.properties", """
                quarkus.application.name=orders
                quarkus.http.port=8081
                quarkus.rest-client."com.example.PaymentsClient".url=http://payments:8080
                quarkus.stork.inventory.service-discovery.type=kubernetes
                quarkus.rest-client.inventory.url=stork://inventory
                %dev.quarkus.rest-client.catalog.url=http://localhost:9000
                %prod.kafka.bootstrap.servers=kafka:9092
                """);
        config("shipping", "application.yml", "micronaut:\n  application.name: shipping\n"
                + "  http.services.rates.urls: [http://rates:8080]\n");
        String http = "role: api\nports: [{name: http, port: 8080}]\n";
        ServiceGraph g = graph(new Fixtures(dir).service("orders", "role: api\n").service("payments", http)
                .service("inventory", http).service("rates", http).service("shipping", http)
                .service("kafka", "role: worker\nports: [{name: broker, port: 9092}]\nprovides: [kafka]\n"));
        assertEquals(Set.of("orders->inventory", "orders->kafka", "orders->payments", "shipping->rates"), edges(g));
        assertTrue(g.warnings().stream().noneMatch(w -> w.message().contains("localhost")), "the dev profile is not read");
    }

    private void source(String module, String path, String text) throws Exception {
        Path f = dir.resolve(module).resolve("src/main/java").resolve(path);
        Files.createDirectories(f.getParent());
        Files.writeString(f, text);
    }

    @Test
    void feignRestAndHttpClientsInTheJavaSourcesAreEdges() throws Exception {
        source("api-gateway", "com/example/gateway/CustomersClient.java", """
                package com.example.gateway;

                import org.springframework.cloud.openfeign.FeignClient;

                @FeignClient(name = "customers-service")
                public interface CustomersClient {
                }
                """);
        source("api-gateway", "com/example/gateway/VisitsClient.java", """
                package com.example.gateway;

                public class VisitsClient {
                    private static final String HOSTNAME = "http://visits-service/";
                    private static final String DOCS = "https://example.org/docs";

                    String pets() {
                        return "lb://customers-service/owners";
                    }
                }
                """);
        source("api-gateway", "com/example/gateway/Unknown.java", """
                package com.example.gateway;

                @org.springframework.cloud.openfeign.FeignClient("billing")
                interface Unknown {
                }
                """);
        source("orders", "com/example/orders/Rates.java", """
                package com.example.orders;

                @io.micronaut.http.client.annotation.Client(id = "rates")
                interface Rates {
                }
                """);
        String http = "role: api\nports: [{name: http, port: 8080}]\n";
        ServiceGraph g = graph(new Fixtures(dir).service("api-gateway", http).service("customers-service", http)
                .service("visits-service", http).service("orders", http).service("rates", http));
        assertEquals(Set.of("api-gateway->customers-service", "api-gateway->visits-service", "orders->rates"), edges(g));
        Edge customers = g.edges().stream().filter(e -> e.to().equals("customers-service")).findFirst().orElseThrow();
        assertEquals(List.of("api-gateway/src/main/java/com/example/gateway/CustomersClient.java:5 @FeignClient(customers-service)"
                        + " names customers-service",
                "api-gateway/src/main/java/com/example/gateway/VisitsClient.java:8 \"lb://customers-service/owners\""
                        + " names customers-service"), customers.reasons());
        assertTrue(g.warnings().stream().anyMatch(w -> w.message().contains("@FeignClient(billing) names host 'billing'")),
                g.warnings().toString());
        assertTrue(g.warnings().stream().noneMatch(w -> w.message().contains("example.org")), "literals are not reported");
    }

    @Test
    void aWrongDerivedEdgeIsExcludedByHostOrServiceWithAReasonAndARedundantCallIsReported() throws Exception {
        config("web", "application.yml", "legacy.url: http://old-billing:8080\nclients.search.url: http://search:8080\n");
        String http = "role: api\nports: [{name: http, port: 8080}]\n";
        ServiceGraph g = graph(new Fixtures(dir)
                .service("web", http + "calls: [search]\nexclude:\n  - {host: old-billing, reason: dead code path}\n"
                        + "  - {service: reports, reason: the module is only a shared DTO jar}\n", dep("reports"))
                .service("old-billing", http).service("search", http).service("reports", http));
        assertEquals(Set.of("web->search"), edges(g));
        assertTrue(g.omissions().stream().anyMatch(o -> o.describe().contains("excluded: dead code path")), g.omissions().toString());
        assertTrue(g.omissions().stream().anyMatch(o -> o.describe().contains("excluded: the module is only a shared DTO jar")));
        assertTrue(g.warnings().stream().anyMatch(w -> w.message().startsWith("info: 'calls: [search]' is redundant")
                && w.level() == Problem.Level.INFO), "information, logged at INFO: " + g.warnings());
    }

    @Test
    void proxiesAdminServersAndTurbineCallWhatRegistersInTheirRegistry() throws Exception {
        String eureka = "eureka.client.serviceUrl.defaultZone=http://eureka:8761/eureka/\n";
        config("zuul", "application.properties", eureka);
        config("admin", "application.properties", eureka);
        config("turbine", "application.yml", "eureka.client.serviceUrl.defaultZone: http://eureka:8761/eureka/\n"
                + "turbine:\n  appConfig: order\n");
        config("order", "application.properties", eureka);
        config("catalog", "application.properties", eureka);
        config("lonely", "application.properties", "server.port=9000\n");
        source("order", "com/example/order/CatalogClient.java", """
                package com.example.order;

                public class CatalogClient {
                    CatalogClient(@org.springframework.beans.factory.annotation.Value("${catalog.service.host:catalog}") String host) {
                    }
                }
                """);
        String http = "role: api\nports: [{name: http, port: 8080}]\n";
        ServiceGraph g = graph(new Fixtures(dir)
                .service("eureka", "role: worker\nports: [{name: http, port: 8761}]\n")
                .service("zuul", http, dep("org.springframework.cloud:spring-cloud-starter-netflix-zuul"), dep(EUREKA_CLIENT))
                .service("admin", http, dep("de.codecentric:spring-boot-admin-starter-server"), dep(EUREKA_CLIENT))
                .service("turbine", http).service("order", http).service("catalog", http).service("lonely", http));
        Set<String> expected = new TreeSet<>(Set.of("order->catalog", "turbine->order"));
        for (String s : List.of("zuul", "admin", "turbine", "order", "catalog")) {
            expected.add(s + "->eureka");
        }
        for (String proxy : List.of("zuul", "admin")) {
            for (String t : List.of("admin", "zuul", "turbine", "order", "catalog")) {
                if (!t.equals(proxy)) {
                    expected.add(proxy + "->" + t);
                }
            }
        }
        assertEquals(expected, edges(g), "'lonely' registers nowhere and is called by no one");
        assertTrue(g.edges().stream().filter(e -> e.from().equals("order") && e.to().equals("catalog")).findFirst()
                .orElseThrow().reasons().get(0).contains("@Value(catalog.service.host) names catalog"));
    }

    @Test
    void theEnvironmentOfComposeAndKubernetesDeploymentsOverridesTheConfiguration() throws Exception {
        config("orders", "application.yml", "spring.datasource.url: jdbc:postgresql://localhost:5432/orders\n");
        config("catalog", "application.yml", "search.url: ${SEARCH_URL:http://localhost:9200}\n");
        config("web", "application.yml", "spring.application.name: web\nclients.orders.url: http://localhost:8080\n");
        Files.writeString(dir.resolve("docker-compose.yml"), """
                services:
                  orders-app:
                    build:
                      context: ./orders
                    environment:
                      SPRING_DATASOURCE_URL: jdbc:postgresql://orders-db:5432/orders
                  catalog:
                    build: ./catalog
                    environment:
                      - SEARCH_URL=http://search:9200
                """);
        Files.createDirectories(dir.resolve("k8s"));
        Files.writeString(dir.resolve("k8s/web.yaml"), """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: web}
                spec:
                  template:
                    spec:
                      containers:
                        - name: web
                          image: web:1
                          env:
                            - {name: CLIENTS_ORDERS_URL, value: "http://orders:8080/api"}
                """);
        String http = "role: api\nports: [{name: http, port: 8080}]\n";
        ServiceGraph g = graph(new Fixtures(dir).service("orders", http, dep("org.postgresql:postgresql"))
                .service("orders-db", "role: database\nports: [{port: 5432}]\nprovides: [postgresql]\n")
                .service("catalog", http).service("search", "role: database\nports: [{port: 9200}]\n")
                .service("web", http));
        assertEquals(Set.of("orders->orders-db", "catalog->search", "web->orders"), edges(g));
        assertTrue(g.edges().stream().filter(e -> e.from().equals("orders")).findFirst().orElseThrow().reasons().stream()
                .anyMatch(r -> r.startsWith("docker-compose.yml:6 ") && r.endsWith(" names orders-db")), g.edges().toString());
        assertEquals(1, g.edges().stream().filter(e -> e.from().equals("web")).findFirst().orElseThrow().reasons().size(),
                "one variable, one piece of evidence");

        // a variable that no property of the application reads is no connection (CONFIG_SERVER_URI set, never used)
        Files.writeString(dir.resolve("docker-compose.yml"), Files.readString(dir.resolve("docker-compose.yml"))
                + "  search:\n    image: search:1\n    environment:\n      PEERS_URL: http://catalog:8080\n");
        ServiceGraph unread = graph(new Fixtures(dir).service("catalog", http)
                .service("search", "role: database\nports: [{port: 9200}]\n"));
        assertEquals(Set.of("catalog->search"), edges(unread));
        assertTrue(g.warnings().stream().noneMatch(w -> w.message().contains("localhost")), g.warnings().toString());
    }

    @Test
    void aHostOfAnotherNamespaceIsEgressToThatNamespaceOnTheConfiguredOrProductPort() throws Exception {
        config("orders", "application.properties", "spring.kafka.bootstrap-servers=my-cluster-kafka-bootstrap.kafka.svc:9092\n"
                + "spring.data.mongodb.host=mongo.data.svc.cluster.local\n"
                + "app.audit.url=http://audit.compliance.svc/\n"
                + "app.self.url=http://billing.shop.svc:8080/\n");
        ServiceGraph g = graph(new Fixtures(dir)
                .service("billing", "ports: [{name: http, port: 8080}]\n")
                .service("orders", "ports: [{name: http, port: 8080}]\n"
                        + "calls: [{service: my-cluster-kafka-bootstrap, namespace: kafka, port: 9092,"
                        + " labels: {strimzi.io/cluster: my-cluster, strimzi.io/kind: Kafka}}]\n"));
        assertEquals(Set.of("orders->billing"), edges(g), "the platform's own namespace is a platform service");
        List<String> outside = g.outsideEdges().stream().map(e -> e.peer() + ":" + e.ports().get(0).port() + " "
                + e.labels()).toList();
        assertEquals(List.of("data/mongo:27017 {}", "kafka/my-cluster-kafka-bootstrap:9092"
                + " {strimzi.io/cluster=my-cluster, strimzi.io/kind=Kafka}"), outside,
                "the derived Kafka host takes the labels of the declared call; MongoDB takes the product's port");
        assertEquals(2, g.outsideEdges().get(1).reasons().size(), "declared and derived: " + g.outsideEdges());
        assertTrue(g.warnings().stream().anyMatch(w -> w.message().contains("names audit.compliance.svc, Service audit of"
                + " namespace compliance, without a port") && w.level() == Problem.Level.WARNING), g.warnings().toString());
        assertTrue(g.warnings().stream().anyMatch(w -> w.message().startsWith("info: orders may reach every pod of namespace"
                + " data on port 27017") && w.level() == Problem.Level.INFO), g.warnings().toString());
    }

    @Test
    void aPlatformServiceNamedInAnotherNamespaceByTheShortNameIsNoCallAndTheWarningSaysWhatToDo() throws Exception {
        config("orders", "application.properties", "quarkus.jaeger.endpoint=http://jaeger.observability:14268/api/traces\n"
                + "app.billing.url=http://billing.shop:8080/\n"
                + "app.docs.url=https://example.com/\n");
        source("orders", "com/example/Client.java", """
                package com.example;
                class Client {
                    @ConfigProperty(name = "app.billing.url") String billing;
                    @ConfigProperty(name = "app.docs.url") String docs;
                }
                """);
        ServiceGraph g = graph(new Fixtures(dir)
                .service("billing", "ports: [{name: http, port: 8080}]\n")
                .service("jaeger", "ports: [{name: http, port: 14268}]\n")
                .service("orders", "ports: [{name: http, port: 8080}]\n"));
        assertEquals(Set.of("orders->billing"), edges(g), "billing.shop is the platform's own namespace");
        List<String> unknown = g.warnings().stream().map(w -> w.message()).filter(m -> m.contains("names host")).toList();
        assertEquals(List.of("orders/src/main/resources/application.properties:1 quarkus.jaeger.endpoint"
                + " names host 'jaeger.observability', Kubernetes' name of Service jaeger of namespace observability, while"
                + " the platform runs jaeger in its own namespace shop; name it 'jaeger' if it is the platform's, or, if it"
                + " runs in namespace observability, remove it from the platform and declare the call: calls: [{service:"
                + " jaeger, namespace: observability, port: 14268}]",
                "orders/src/main/resources/application.properties:3 app.docs.url names host"
                + " 'example.com', which is no service of the platform; if it is outside, declare it under 'egress:'"),
                unknown);
    }

    @Test
    void userInfoIsNoHostAndAPlaceholderHostIsAnUnresolvedHost() throws Exception {
        config("app", "application.yml", """
                spring.r2dbc.url: r2dbc:postgresql://postgres:${DB_PASSWORD}@${DB_HOST}:5432/app
                cache.url: http://redis:s3cret@orders:8081/cache?access_token=T0KEN
                spring.data.mongodb.uri: mongodb://u:${MONGO_PASSWORD}@m1:27017,m2:27017/db?replicaSet=rs0
                payments.client: https://u:PwFeignName@payments.example/x
                """);
        source("app", "com/example/Payments.java", """
                package com.example;
                @FeignClient(name = "${payments.client}")
                interface Payments {
                }
                """);
        source("app", "com/example/Client.java", """
                package com.example;
                class Client {
                    String base = "http://redis:Pa55w0rd@orders:8081/api?access_token=L1TERAL#frag";
                }
                """);
        String http = "role: api\nports: [{name: http, port: 8080}]\n";
        ServiceGraph g = graph(new Fixtures(dir).service("app", http)
                .service("orders", "role: api\nports: [{name: http, port: 8081}]\n")
                .service("redis", "role: database\nports: [{port: 6379}]\n")
                .service("postgres", "role: database\nports: [{port: 5432}]\n")
                .service("m1", "role: database\nports: [{port: 27017}]\n")
                .service("m2", "role: database\nports: [{port: 27017}]\n"));
        assertEquals(Set.of("app->orders", "app->m1", "app->m2"), edges(g), "the user names redis and postgres are no hosts");
        String warnings = g.warnings().toString();
        assertTrue(warnings.contains("app/src/main/resources/application.yml:1 spring.r2dbc.url needs DB_HOST, which has no"
                + " default, for the host of its URL (an unresolved host)"), warnings);
        assertTrue(!warnings.contains("DB_PASSWORD") && !warnings.contains("MONGO_PASSWORD"), warnings);
        String evidence = g.edges().toString() + warnings;
        for (String secret : List.of("s3cret", "T0KEN", "Pa55w0rd", "L1TERAL", "frag", "access_token", "replicaSet",
                "PwFeignName")) {
            assertTrue(!evidence.contains(secret), secret + " in " + evidence);
        }
        assertTrue(evidence.contains("app/src/main/java/com/example/Client.java:3 \"http://orders:8081/api\" names orders"),
                evidence);
    }

    @Test
    void composeInterpolationIsReadAsComposeDefinesIt() throws Exception {
        config("orders", "application.yml", "spring.datasource.url: jdbc:postgresql://localhost:5432/orders\n"
                + "payments.url: http://localhost:8080\naudit.url: http://localhost:8080\n");
        config("billing", "application.yml", "spring.application.name: billing\nledger.url: http://localhost:8080\n");
        Files.writeString(dir.resolve("docker-compose.yml"), """
                services:
                  orders:
                    build: ./orders
                    environment:
                      SPRING_DATASOURCE_URL: jdbc:postgresql://${DB_HOST:-postgres}:5432/orders
                      PAYMENTS_URL: http://${PAYMENTS_HOST-payments}:8080
                      AUDIT_URL: http://${AUDIT_HOST:?set AUDIT_HOST}:8080
                      PRICE_$$_URL: http://$$PRICE_HOST:8080
                  billing:
                    build: ./billing
                    environment:
                      - LEDGER_URL=http://$LEDGER_HOST:8080
                """);
        String http = "role: api\nports: [{name: http, port: 8080}]\n";
        ServiceGraph g = graph(new Fixtures(dir).service("orders", http).service("billing", http)
                .service("postgres", "role: database\nports: [{port: 5432}]\nprovides: [postgresql]\n")
                .service("payments", http).service("audit", http));
        assertEquals(Set.of("orders->postgres", "orders->payments"), edges(g), "not '-postgres', not 'AUDIT_HOST:?set...'");
        String warnings = g.warnings().stream().map(Object::toString).collect(Collectors.joining("\n"));
        assertTrue(warnings.contains("docker-compose.yml:7: services.orders.environment.audit_url requires AUDIT_HOST"),
                warnings);
        assertTrue(warnings.contains("docker-compose.yml:7 audit.url needs AUDIT_HOST, which has no default, for the host of its URL"), warnings);
        assertTrue(warnings.contains("docker-compose.yml:12 ledger.url needs LEDGER_HOST, which has no default, for the host of its URL"), warnings);
    }

    @Test
    void anExponentialPlaceholderChainIsAWarningNamingTheKeyNotAnOutOfMemoryError() throws Exception {
        // 1.7 KB: eight levels that each name the next sixteen times, over a leaf of 800 characters (16^8 x 800)
        StringBuilder bomb = new StringBuilder("app.url=http://${k0}/\n");
        for (int i = 0; i < 8; i++) {
            bomb.append("k").append(i).append('=').append(("${k" + (i + 1) + "}").repeat(16)).append('\n');
        }
        bomb.append("k8=").append("orders-".repeat(114)).append("\n");
        assertTrue(bomb.length() < 1800, bomb.length() + " bytes");
        config("app", "application.properties", bomb.toString());
        Fixtures f = new Fixtures(dir).service("app", "role: api\nports: [{name: http, port: 8080}]\n")
                .service("orders", "role: api\nports: [{name: http, port: 8080}]\n");
        ServiceGraph g = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> graph(f));
        String warnings = g.warnings().toString();
        assertTrue(warnings.contains("app/src/main/resources/application.properties:1 app.url is not read: resolving its"
                + " placeholders passed a bound"), warnings);
        assertEquals(Set.of(), edges(g));
    }
}
