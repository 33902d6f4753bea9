package io.aiplatform.security.core.graph;

import static io.aiplatform.security.core.Fixtures.dep;
import static io.aiplatform.security.core.Fixtures.excluding;
import static io.aiplatform.security.core.Fixtures.optional;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aiplatform.security.core.Fixtures;
import io.aiplatform.security.core.catalog.ClientCatalog;
import io.aiplatform.security.core.descriptor.PortSpec;
import io.aiplatform.security.core.descriptor.ServiceRole;
import io.aiplatform.security.core.support.InvalidInputException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServiceGraphBuilderTest {

    private static final String HTTP = "ports: [{name: http, port: 8080}]\n";
    private static final String PG = "role: database\nports: [{name: pg, port: 5432}, {name: metrics, port: 9187}]\n"
            + "provides: [{product: postgresql, port: pg}]\n";

    @TempDir
    Path dir;

    private static Set<String> edges(ServiceGraph g) {
        return g.edges().stream().map(e -> e.from() + "->" + e.to()).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void directModuleDependencyIsAnEdgeOnTheCalleesPorts() throws Exception {
        ServiceGraph g = new Fixtures(dir).service("a", HTTP, dep("b")).service("b", HTTP).graph();
        assertEquals(Set.of("a->b"), edges(g));
        assertEquals(List.of(new PortSpec("http", 8080, "TCP")), g.edges().get(0).ports());
        assertTrue(g.edges().get(0).reasons().get(0).contains("declares module io.example:b"));
    }

    @Test
    void aDependencyOfACalleeIsNotAnEdgeOfTheCaller() throws Exception {
        ServiceGraph g = new Fixtures(dir)
                .service("a", HTTP, dep("b"))
                .service("b", HTTP, dep("c"), dep("org.postgresql:postgresql"))
                .service("c", HTTP)
                .service("pg", PG)
                .graph();
        assertEquals(Set.of("a->b", "b->c", "b->pg"), edges(g));
    }

    @Test
    void clientLibraryIsAnEdgeToTheProviderOnTheProvidedPort() throws Exception {
        ServiceGraph g = new Fixtures(dir).service("a", HTTP, dep("org.postgresql:postgresql")).service("pg", PG).graph();
        assertEquals(Set.of("a->pg"), edges(g));
        assertEquals(List.of(new PortSpec("pg", 5432, "TCP")), g.edges().get(0).ports());
    }

    @Test
    void clientLibraryThroughALibraryModuleCounts() throws Exception {
        ServiceGraph g = new Fixtures(dir)
                .library("common", dep("persistence"))
                .library("persistence", dep("org.postgresql:postgresql"))
                .service("a", HTTP, dep("common"))
                .service("pg", PG)
                .graph();
        assertEquals(Set.of("a->pg"), edges(g));
        assertTrue(g.edges().get(0).reasons().get(0).contains("via library persistence"), g.edges().get(0).reasons().toString());
    }

    @Test
    void clientLibraryThroughAServiceModuleNeverCounts() throws Exception {
        ServiceGraph g = new Fixtures(dir)
                .library("common", dep("b"))
                .service("a", HTTP, dep("b"), dep("common"))
                .service("b", HTTP, dep("org.postgresql:postgresql"))
                .service("pg", PG)
                .graph();
        assertEquals(Set.of("a->b", "b->pg"), edges(g));
    }

    @Test
    void testProvidedAndSystemScopesNeverCount() throws Exception {
        ServiceGraph g = new Fixtures(dir)
                .library("testing", dep("org.postgresql:postgresql"))
                .service("a", HTTP, dep("org.postgresql:postgresql", "test"), dep("b", "test"),
                        dep("redis.clients:jedis", "provided"), dep("testing", "test"))
                .service("b", HTTP)
                .service("pg", PG)
                .service("redis", "ports: [{port: 6379}]\nprovides: [redis]\n")
                .graph();
        assertEquals(Set.of(), edges(g));
    }

    @Test
    void runtimeScopeCounts() throws Exception {
        ServiceGraph g = new Fixtures(dir).service("a", HTTP, dep("org.postgresql:postgresql", "runtime"))
                .service("pg", PG).graph();
        assertEquals(Set.of("a->pg"), edges(g));
    }

    @Test
    void optionalDependenciesOfALibraryAndExclusionsAreHonoured() throws Exception {
        ServiceGraph g = new Fixtures(dir)
                .library("common", optional("org.postgresql:postgresql"), dep("redis.clients:jedis"))
                .service("a", HTTP, excluding("common", "redis.clients:jedis"))
                .service("pg", PG)
                .service("redis", "ports: [{port: 6379}]\nprovides: [redis]\n")
                .graph();
        assertEquals(Set.of(), edges(g));
    }

    @Test
    void unprovidedProductIsAWarningWithTheFix() throws Exception {
        ServiceGraph g = new Fixtures(dir).service("a", HTTP, dep("org.postgresql:postgresql")).service("b", HTTP).graph();
        assertEquals(Set.of(), edges(g));
        assertEquals(1, g.warnings().size());
        String w = g.warnings().get(0).describe();
        assertTrue(w.contains("a/pom.xml"), w);
        assertTrue(w.contains("org.postgresql:postgresql"), w);
        assertTrue(w.contains("provides: [postgresql]"), w);
        assertTrue(w.contains("egress"), w);
    }

    @Test
    void descriptorClientsExtendTheCatalog() throws Exception {
        ServiceGraph g = new Fixtures(dir)
                .service("a", HTTP, dep("com.acme:vector-client"))
                .service("vectors", "ports: [{port: 7000}]\nprovides: [{product: acme-vectors, clients: ['com.acme:vector-client']}]\n")
                .graph();
        assertEquals(Set.of("a->vectors"), edges(g));
    }

    @Test
    void callsAndIngressFromAddEdges() throws Exception {
        ServiceGraph g = new Fixtures(dir)
                .service("grafana", "calls: [{service: prometheus, port: http}]\n")
                .service("prometheus", "ports: [{name: http, port: 9090}, {name: grpc, port: 9091}]\n")
                .service("gateway", HTTP + "ingress: {from: [kong]}\n")
                .service("kong", "")
                .graph();
        assertEquals(Set.of("grafana->prometheus", "kong->gateway"), edges(g));
        Edge toPrometheus = g.edges().stream().filter(e -> e.to().equals("prometheus")).findFirst().orElseThrow();
        assertEquals(List.of(new PortSpec("http", 9090, "TCP")), toPrometheus.ports());
    }

    @Test
    void callToAnUnknownServiceSuggestsTheName() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new Fixtures(dir)
                .service("a", "calls: [gatewy]\n").service("gateway", HTTP).graph());
        String m = e.getMessage();
        assertTrue(m.contains("a/src/main/ai-security/service.yaml:1"), m);
        assertTrue(m.contains("did you mean 'gateway'?"), m);
    }

    @Test
    void scrapesAndIngressFromOfAnUnknownServiceAreNamedWithTheirLine() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new Fixtures(dir)
                .service("prometheus", "role: monitoring\nscrapes: [{service: gatewy}]\n")
                .service("gateway", HTTP + "ingress: {from: [kongg]}\n")
                .service("kong", "").graph());
        String m = e.getMessage();
        assertTrue(m.contains("prometheus/src/main/ai-security/service.yaml:2"), m);
        assertTrue(m.contains("scrapes 'gatewy', but no service has that name (did you mean 'gateway'?)"), m);
        assertTrue(m.contains("ingress.from names 'kongg', but no service has that name (did you mean 'kong'?)"), m);
    }

    @Test
    void callByArtifactIdPointsAtTheServiceName() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new Fixtures(dir)
                .service("a", "calls: [spring-petclinic-customers-service]\n")
                .service("spring-petclinic-customers-service", "name: customers-service\n" + HTTP).graph());
        assertTrue(e.getMessage().contains("did you mean service 'customers-service'?"), e.getMessage());
    }

    @Test
    void callOnAnUndeclaredPortIsAnError() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new Fixtures(dir)
                .service("a", "calls: [{service: b, port: grpc}]\n").service("b", HTTP).graph());
        assertTrue(e.getMessage().contains("declares only http=8080/TCP"), e.getMessage());
    }

    @Test
    void duplicateServiceNamesAreAnError() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new Fixtures(dir)
                .service("a", "name: shared\n").service("b", "role: api\nname: shared\n").graph());
        assertTrue(e.getMessage().contains("duplicate service name"), e.getMessage());
        assertEquals(2, e.problems().get(0).line(), "the line of the second module's name");
        assertTrue(e.getMessage().contains("io.example:a and io.example:b"), e.getMessage());
    }

    @Test
    void artifactIdThatIsNotALabelNeedsAName() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new Fixtures(dir)
                .service("Orders_Service", HTTP).graph());
        assertTrue(e.getMessage().contains("add 'name: <label>' to the descriptor"), e.getMessage());
    }

    @Test
    void aServiceThatReceivesTrafficNeedsAPort() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new Fixtures(dir)
                .service("a", HTTP, dep("b")).service("b", "role: worker\n").graph());
        assertTrue(e.getMessage().contains("service 'b': receives traffic (called by a) but declares no port"),
                e.getMessage());
        InvalidInputException external = assertThrows(InvalidInputException.class, () -> new Fixtures(dir)
                .service("edge", "ingress: {external: true}\n").graph());
        assertTrue(external.getMessage().contains("ingress.external"), external.getMessage());
    }

    @Test
    void twoProvidersOfOneProductNeedTheCallersConfigurationToChoose() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new Fixtures(dir)
                .service("pg1", PG).service("pg2", PG).service("a", HTTP, dep("org.postgresql:postgresql")).graph());
        assertTrue(e.getMessage().contains("a client of 'postgresql', which pg1, pg2 all provide, and its configuration"
                + " names none of them"), e.getMessage());
        assertTrue(e.getMessage().contains("name it in a's descriptor ('calls: [pg1]' or 'calls: [pg2]')"), e.getMessage());
    }

    @Test
    void aProviderUsingItsOwnClientHasNoSelfEdge() throws Exception {
        ServiceGraph g = new Fixtures(dir).service("pg", PG, dep("org.postgresql:postgresql")).service("a", HTTP).graph();
        assertEquals(Set.of(), edges(g));
    }

    @Test
    void singleServiceRepositoryGetsEgressToTheProductsItsClientsImply() throws Exception {
        ServiceGraph g = new Fixtures(dir).service("orders", HTTP, dep("org.postgresql:postgresql"),
                dep("redis.clients:jedis")).graph();
        assertEquals(List.of("postgresql:5432", "redis:6379"), g.productEgressOf("orders").stream()
                .map(p -> p.product() + ":" + p.port().port()).toList());
        assertTrue(g.warnings().isEmpty());
    }

    @Test
    void defaultsComeFromTheRole() throws Exception {
        ServiceGraph g = new Fixtures(dir).service("api", "role: api\n").service("db", "role: database\n")
                .service("w", "").graph();
        assertTrue(g.service("api").orElseThrow().automountServiceAccountToken());
        assertEquals(false, g.service("db").orElseThrow().automountServiceAccountToken());
        assertEquals(false, g.service("w").orElseThrow().automountServiceAccountToken());
        assertEquals(Map.of("app.kubernetes.io/name", "w"), g.service("w").orElseThrow().labels());
    }

    @Test
    void embeddedEnginesAndScrapedMetricsAreNeverEdges() throws Exception {
        ServiceGraph g = new Fixtures(dir)
                .service("a", HTTP, dep("com.h2database:h2"), dep("io.micrometer:micrometer-registry-prometheus"),
                        dep("org.springframework.kafka:spring-kafka-test", "runtime"))
                .service("kafka", "ports: [{port: 9092}]\nprovides: [kafka]\n")
                .graph();
        assertEquals(Set.of(), edges(g));
        assertEquals(List.of("com.h2database:h2", "io.micrometer:micrometer-registry-prometheus",
                "org.springframework.kafka:spring-kafka-test"), g.omissions().stream().map(Omission::client).toList());
        assertTrue(g.warnings().isEmpty(), g.warnings().toString());
    }

    @Test
    void exclusionsNeedAReasonAndAreListed() throws Exception {
        ServiceGraph g = new Fixtures(dir)
                .service("a", HTTP + "exclude:\n  - {client: com.mysql:mysql-connector-j, reason: only used by a migration job}\n"
                        + "  - {client: redis, reason: cache disabled in production}\n",
                        dep("com.mysql:mysql-connector-j"), dep("redis.clients:jedis"), dep("org.postgresql:postgresql"))
                .service("mysql", "ports: [{port: 3306}]\nprovides: [mysql]\n")
                .service("redis", "ports: [{port: 6379}]\nprovides: [redis]\n")
                .service("pg", PG)
                .graph();
        assertEquals(Set.of("a->pg"), edges(g));
        assertEquals(List.of("a -/-> mysql (com.mysql:mysql-connector-j): excluded: only used by a migration job"
                        + " [a/src/main/ai-security/service.yaml:3]",
                "a -/-> redis (redis.clients:jedis): excluded: cache disabled in production [a/src/main/ai-security/service.yaml:4]"),
                g.omissions().stream().map(Omission::describe).toList());
        InvalidInputException noReason = assertThrows(InvalidInputException.class, () -> new Fixtures(dir.resolve("x"))
                .service("b", "exclude: [{client: redis}]\n").graph());
        assertTrue(noReason.getMessage().contains("has no 'reason'"), noReason.getMessage());
        ServiceGraph unused = new Fixtures(dir.resolve("y"))
                .service("c", "exclude: [{client: redis, reason: not used}]\n").graph();
        assertTrue(unused.warnings().get(0).message().contains("matches nothing derived for this service"), unused.warnings().toString());

        // an unrelated omission (an embedded engine) declared on the POM line that equals the exclusion's
        // descriptor line must not count as the exclusion being used
        ModuleDependency h2 = new ModuleDependency(
                "com.h2database", "h2", null, false, Set.of(), new Location(null, 1));
        ServiceGraph sameLine = new Fixtures(dir.resolve("z"))
                .service("d", "exclude: [{client: redis, reason: not used}]\n", h2).graph();
        assertEquals(1, sameLine.warnings().size(), sameLine.warnings().toString());
        assertTrue(sameLine.warnings().get(0).message().contains("exclude of 'redis' matches nothing derived"));
    }

    @Test
    void anApiClientModuleNamedInProvidesClientsIsACallToItsService() throws Exception {
        ServiceGraph g = new Fixtures(dir)
                .service("orders", "role: api\nports: [{name: http, port: 8081}]\n"
                        + "provides: [{product: orders-api, port: http, clients: [io.example:orders-api]}]\n")
                .library("orders-api")
                .service("gateway", "role: api\nports: [{name: http, port: 8080}]\n", dep("orders-api"))
                .graph();
        assertEquals(Set.of("gateway->orders"), edges(g));
        assertEquals(List.of(new PortSpec("http", 8081, "TCP")), g.edges().get(0).ports());
        assertTrue(g.explain().stream().anyMatch(l -> l.contains("io.example:orders-api")), g.explain().toString());
    }

    @Test
    void aStarterWhoseClientLibraryIsTransitiveIsACallToTheProvider() throws Exception {
        ModuleDependency bus = new ModuleDependency("org.example.starters", "messaging-starter", null, false, Set.of(),
                new Location(null, 12), List.of("org.springframework:spring-messaging", "org.springframework.amqp:spring-rabbit",
                        "com.rabbitmq:amqp-client"));
        ServiceGraph g = new Fixtures(dir)
                .service("broker", "role: worker\nports: [{name: amqp, port: 5672}]\nprovides: [rabbitmq]\n")
                .service("orders", HTTP, bus).graph();
        assertEquals(Set.of("orders->broker"), edges(g));
        assertEquals(1, g.edges().get(0).reasons().size(), "one edge per product, however many of its libraries come along");
        assertTrue(g.edges().get(0).reasons().get(0).contains("declares org.example.starters:messaging-starter, which brings"
                + " org.springframework.amqp:spring-rabbit (catalog: rabbitmq, provided by broker)"), g.edges().toString());
    }

    @Test
    void aDependencyOnAModuleThatIsNoLongerInTheReactorIsAWarningWithTheLikelyModule() throws Exception {
        ServiceGraph g = new Fixtures(dir).service("orders-service", HTTP)
                .service("gateway", HTTP, dep("orders")).graph();
        assertEquals(Set.of(), edges(g));
        assertTrue(g.warnings().stream().anyMatch(w -> w.message().contains("depends on io.example:orders, which has the"
                + " groupId of this platform's modules but is no module of the reactor (did you mean 'orders-service'?)")),
                g.warnings().toString());
    }

    @Test
    void aServiceCallingItselfIsToldAboutPeers() {
        InvalidInputException calls = assertThrows(InvalidInputException.class, () -> new Fixtures(dir)
                .service("kafka", HTTP + "calls: [kafka]\n").graph());
        assertTrue(calls.getMessage().contains("replicas of one service reach each other only through the ports listed in"
                + " 'peers: [<port>]'"), calls.getMessage());
        InvalidInputException from = assertThrows(InvalidInputException.class, () -> new Fixtures(dir.resolve("b"))
                .service("redis", HTTP + "ingress: {from: [redis]}\n").graph());
        assertTrue(from.getMessage().contains("ingress.from names the service itself"), from.getMessage());
        InvalidInputException published = assertThrows(InvalidInputException.class, () -> new Fixtures(dir.resolve("d"))
                .service("ui", HTTP + "ingress: {external: true, ports: [https]}\n").graph());
        assertTrue(published.getMessage().contains("ingress.ports names port https, which the service does not declare"),
                published.getMessage());
        InvalidInputException unknown = assertThrows(InvalidInputException.class, () -> new Fixtures(dir.resolve("c"))
                .service("pg", HTTP + "peers: [replication]\n").graph());
        assertTrue(unknown.getMessage().contains("peers names port replication, which the service does not declare"),
                unknown.getMessage());
    }

    @Test
    void servicesWhoseLabelsSelectEachOthersPodsAreRefusedNamingBoth() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new Fixtures(dir)
                .service("db", "labels: {tier: data}\n")
                .service("cache", "labels: {tier: data, app: cache}\n").graph());
        assertTrue(e.getMessage().contains("the labels of 'db' {tier=data} also match the pods of 'cache'"
                + " {app=cache, tier=data}"), e.getMessage());
    }

    @Test
    void scrapersPullFromServicesByNameOrRole() throws Exception {
        ServiceGraph g = new Fixtures(dir)
                .service("prometheus", "role: monitoring\nports: [{name: http, port: 9090}]\n"
                        + "scrapes: [{role: api}, {service: db, port: 9187}]\n")
                .service("web", "role: api\nports: [{name: http, port: 8080}, {name: metrics, port: 9100}]\n")
                .service("orders", "role: api\nports: [{name: http, port: 8081}]\n")
                .service("db", "role: database\nports: [{name: pg, port: 5432}, {name: exporter, port: 9187}]\n")
                .graph();
        assertEquals(Set.of("prometheus->web", "prometheus->db"), edges(g));
        assertEquals(List.of(new PortSpec("metrics", 9100, "TCP")), g.calleesOf("prometheus").stream()
                .filter(e -> e.to().equals("web")).findFirst().orElseThrow().ports());
        assertTrue(g.warnings().get(0).message().contains("scrapes orders on port metrics"), g.warnings().toString());
    }

    @Test
    void pushExportersCallTheCollectorAndEveryEdgeIsExplained() throws Exception {
        ServiceGraph g = new Fixtures(dir)
                .library("common", dep("io.zipkin.reporter2:zipkin-reporter-brave"))
                .service("web", HTTP, dep("common"), dep("org.postgresql:postgresql"))
                .service("tracing", "ports: [{name: http, port: 9411}]\nprovides: [zipkin]\n")
                .service("pg", PG)
                .graph();
        assertEquals(Set.of("web->tracing", "web->pg"), edges(g));
        assertEquals(List.of(
                "web -> pg:5432 because web/pom.xml declares org.postgresql:postgresql (catalog: postgresql, provided by pg)",
                "web -> tracing:9411 because web/pom.xml declares io.example:common, which brings (via library common)"
                        + " io.zipkin.reporter2:zipkin-reporter-brave (catalog: zipkin, provided by tracing)"), g.explain());
    }

    @Test
    void theCatalogIsWellFormedData() {
        var catalog = ClientCatalog.builtIn();
        assertTrue(catalog.clients().size() > 100, "catalog entries: " + catalog.clients().size());
        for (var e : catalog.clients().entrySet()) {
            assertTrue(e.getKey().matches("[\\w.\\-]+:[\\w.\\-]+"), e.getKey());
            assertTrue(ClientCatalog.isNotACall(e.getValue())
                    || catalog.defaultPort(e.getValue()).isPresent(), "no default port for product " + e.getValue());
        }
    }

    @Test
    void infrastructureWithoutAModuleIsListedInThePlatformFile() throws Exception {
        ServiceGraph g = new Fixtures(dir)
                .platformFile("services:\n"
                        + "  - name: mongodb\n    role: database\n    ports: [{name: mongo, port: 27017}]\n"
                        + "    provides: [mongodb]\n"
                        + "  - name: zipkin\n    ports: [{name: http, port: 9411}]\n")
                .service("orders", HTTP + "calls: [zipkin]\n", dep("org.mongodb:mongodb-driver-sync"))
                .graph();
        assertEquals(Set.of("orders->mongodb", "orders->zipkin"), edges(g));
        Service mongo = g.service("mongodb").orElseThrow();
        assertEquals(ServiceRole.DATABASE, mongo.role());
        assertEquals(Module.PLATFORM_GROUP, mongo.module().groupId());
        assertEquals(2, mongo.descriptor().nameLine(), "the line of the entry's name");
    }

    @Test
    void platformFileEntriesNeedANameAndAreCheckedLikeDescriptors() throws Exception {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new Fixtures(dir)
                .platformFile("services:\n  - role: database\n    ports: [{port: 5432}]\n"
                        + "  - name: mq\n    rol: broker\n"
                        + "  - name: mq\n")
                .service("orders", HTTP).graph());
        String m = e.getMessage();
        assertTrue(m.contains("platform.yaml:2: an entry of services has no 'name'"), m);
        assertTrue(m.contains("platform.yaml:5: unknown field 'rol'"), m);
        assertTrue(m.contains("platform.yaml:6: service 'mq' is listed twice"), m);
        InvalidInputException dup = assertThrows(InvalidInputException.class, () -> new Fixtures(dir.resolve("b"))
                .platformFile("services: [{name: orders, ports: [9000]}]\n").service("orders", HTTP).graph());
        assertTrue(dup.getMessage().contains("duplicate service name"), dup.getMessage());
    }

    @Test
    void aCallerReachesNeitherTheMetricsPortNorThePeerPortsUnlessItNamesThem() throws Exception {
        ServiceGraph g = new Fixtures(dir)
                .service("kafka", "ports: [{name: kafka, port: 9092}, {name: internal, port: 9093},"
                        + " {name: metrics, port: 9404}]\npeers: [internal]\nprovides: [kafka]\n")
                .service("orders", HTTP, dep("org.apache.kafka:kafka-clients"))
                .service("audit", HTTP + "calls: [{service: kafka, port: metrics}]\n")
                .service("prometheus", "ports: [{name: http, port: 9090}]\nscrapes: [{service: kafka}]\n")
                .graph();
        Map<String, List<Integer>> ports = new TreeMap<>();
        g.edges().forEach(e -> ports.put(e.from() + "->" + e.to(), e.ports().stream().map(PortSpec::port).toList()));
        assertEquals(Map.of("orders->kafka", List.of(9092), "audit->kafka", List.of(9404),
                "prometheus->kafka", List.of(9404)), ports);
    }
}
