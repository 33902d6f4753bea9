package io.aiplatform.security.core.graph;

import static io.aiplatform.security.core.Fixtures.dep;
import static io.aiplatform.security.core.Fixtures.excluding;
import static io.aiplatform.security.core.Fixtures.optional;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aiplatform.security.core.Fixtures;
import io.aiplatform.security.core.InvalidInputException;
import io.aiplatform.security.core.descriptor.PortSpec;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
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
        return g.edges().stream().map(e -> e.from() + "->" + e.to()).collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    @Test
    void directModuleDependencyIsAnEdgeOnTheCalleesPorts() throws Exception {
        ServiceGraph g = new Fixtures(dir).service("a", HTTP, dep("b")).service("b", HTTP).graph();
        assertEquals(Set.of("a->b"), edges(g));
        assertEquals(List.of(new PortSpec("http", 8080, "TCP")), g.edges().get(0).ports());
        assertTrue(g.edges().get(0).reasons().get(0).contains("dependency io.example:b"));
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
                .service("a", "name: shared\n").service("b", "name: shared\n").graph());
        assertTrue(e.getMessage().contains("duplicate service name"), e.getMessage());
        assertTrue(e.getMessage().contains("io.example:a and io.example:b"), e.getMessage());
    }

    @Test
    void artifactIdThatIsNotALabelNeedsAName() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new Fixtures(dir)
                .service("Orders_Service", HTTP).graph());
        assertTrue(e.getMessage().contains("add  name: <label>"), e.getMessage());
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
    void twoProvidersOfOneProductAreAnError() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new Fixtures(dir)
                .service("pg1", PG).service("pg2", PG).graph());
        assertTrue(e.getMessage().contains("provided by both 'pg1' and 'pg2'"), e.getMessage());
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
        assertEquals(java.util.Map.of("app.kubernetes.io/name", "w"), g.service("w").orElseThrow().labels());
    }
}
