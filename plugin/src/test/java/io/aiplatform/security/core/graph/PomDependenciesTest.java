package io.aiplatform.security.core.graph;

import static io.aiplatform.security.core.Fixtures.dep;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aiplatform.security.core.Fixtures;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each rule of {@link PomDependencies}: fires, does not fire, and the evidence it gives. */
class PomDependenciesTest {

    private static final String HTTP = "ports: [{name: http, port: 8080}]\n";
    private static final String DB = "role: database\nports: [{port: 5432}]\nprovides: [postgresql]\n";

    @TempDir
    Path dir;

    private SourceRun run(Fixtures f) throws Exception {
        return SourceRun.of(dir, f.modules(), new PomDependencies());
    }

    @Test
    void aServiceModuleDependencyIsAnEdgeOnItsPorts() throws Exception {
        SourceRun run = run(new Fixtures(dir).service("web", HTTP, dep("orders")).service("orders", HTTP));
        assertEquals(Map.of("web->orders", List.of("web/pom.xml declares module io.example:orders")), run.edges());
    }

    @Test
    void testScopeNeverCounts() throws Exception {
        SourceRun run = run(new Fixtures(dir).service("web", HTTP, dep("orders", "test"), dep("org.postgresql:postgresql", "test"))
                .service("orders", HTTP).service("db", DB));
        assertEquals(Map.of(), run.edges());
        assertEquals(List.of(), run.warnings());
    }

    @Test
    void aCatalogClientIsAnEdgeToTheProviderAndAMissingProviderAWarning() throws Exception {
        SourceRun run = run(new Fixtures(dir).service("web", HTTP, dep("org.postgresql:postgresql")).service("db", DB));
        assertEquals(Map.of("web->db", List.of("web/pom.xml declares org.postgresql:postgresql (catalog: postgresql,"
                + " provided by db)")), run.edges());
        SourceRun missing = run(new Fixtures(dir).service("web", HTTP, dep("org.postgresql:postgresql")).service("x", HTTP));
        assertEquals(Map.of(), missing.edges());
        assertTrue(missing.warnings().get(0).contains("depends on org.postgresql:postgresql, a client of 'postgresql', but"
                + " no service provides 'postgresql'"), missing.warnings().toString());
    }

    @Test
    void theConfiguredPortOfTheProductNarrowsTheCatalogEdgeToItsProvider() throws Exception {
        String kafka = "role: broker\nports: [{name: internal, port: 29092}, {name: external, port: 9092}]\n"
                + "provides: [{product: kafka, port: external}]\n";
        SourceRun.write(dir, "orders/src/main/resources/application.yml", "spring.kafka.bootstrap-servers: kafka:29092\n");
        SourceRun.write(dir, "billing/src/main/resources/application.yml", "spring.application.name: billing\n");
        SourceRun run = SourceRun.of(dir, new Fixtures(dir).service("orders", HTTP, dep("org.springframework.kafka:spring-kafka"))
                .service("billing", HTTP, dep("org.springframework.kafka:spring-kafka")).service("kafka", kafka).modules(),
                new ConfiguredHosts(), new PomDependencies());
        // orders: its configuration says where Kafka is, so the library adds evidence, not the product's other port
        assertEquals(List.of(29092), run.ports().get("orders->kafka"));
        assertEquals(2, run.edges().get("orders->kafka").size(), run.edges().toString());
        // billing: nothing configures Kafka, so the catalog's port of the product
        assertEquals(List.of(9092), run.ports().get("billing->kafka"));
    }

    @Test
    void aLibraryModuleBringsItsClientsWithTheLibraryInTheEvidence() throws Exception {
        SourceRun run = run(new Fixtures(dir).service("web", HTTP, dep("common")).service("db", DB)
                .library("common", dep("org.postgresql:postgresql")));
        assertEquals(Map.of("web->db", List.of("web/pom.xml declares io.example:common, which brings (via library common)"
                + " org.postgresql:postgresql (catalog: postgresql, provided by db)")), run.edges());
    }

    @Test
    void anApiClientModuleIsACallToTheServiceThatNamesIt() throws Exception {
        SourceRun run = run(new Fixtures(dir).service("web", HTTP, dep("orders-api"))
                .service("orders", HTTP + "provides: [{product: orders-api, clients: ['io.example:orders-api']}]\n")
                .library("orders-api"));
        assertEquals(Set.of("web->orders"), run.edges().keySet());
        assertTrue(run.edges().get("web->orders").get(0).startsWith("web/pom.xml declares io.example:orders-api (catalog:"),
                run.edges().toString());
    }

    @Test
    void aTransitiveStarterCountsOncePerProduct() throws Exception {
        ModuleDependency starter = new ModuleDependency("org.example", "db-starter", null, false, Set.of(),
                new Location(null, 7), List.of("org.postgresql:postgresql", "org.postgresql:r2dbc-postgresql"));
        SourceRun run = run(new Fixtures(dir).service("web", HTTP, starter).service("db", DB));
        assertEquals(Map.of("web->db", List.of("web/pom.xml:7 declares org.example:db-starter, which brings"
                + " org.postgresql:postgresql (catalog: postgresql, provided by db)")), run.edges());
    }

    @Test
    void aDependencyWithThePlatformsGroupThatIsNoModuleIsAWarning() throws Exception {
        SourceRun run = run(new Fixtures(dir).service("web", HTTP, dep("order")).service("orders", HTTP));
        assertEquals(Map.of(), run.edges());
        assertTrue(run.warnings().get(0).contains("depends on io.example:order, which has the groupId of this platform's"
                + " modules but is no module of the reactor (did you mean 'orders'?)"), run.warnings().toString());
    }

    @Test
    void anEmbeddedEngineIsAnOmissionNotAnEdge() throws Exception {
        SourceRun run = run(new Fixtures(dir).service("web", HTTP, dep("com.h2database:h2")).service("x", HTTP));
        assertEquals(Map.of(), run.edges());
        assertEquals("embedded engine, never a network peer", run.omissions().get(0).why());
    }
}
