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

/** The descriptor's declarations: {@link DeclaredCalls}, {@link DeclaredScrapes}, {@link DeclaredIngress}. */
class DeclaredSourcesTest {

    private static final String HTTP = "ports: [{name: http, port: 8080}]\n";

    @TempDir
    Path dir;

    @Test
    void callsAreEdgesWithTheDescriptorLineAndAnUnknownNameIsAnError() throws Exception {
        SourceRun run = SourceRun.of(dir, new Fixtures(dir).service("web", HTTP + "calls: [orders]\n")
                .service("orders", HTTP).modules(), new DeclaredCalls());
        assertEquals(Map.of("web->orders", List.of("web/src/main/ai-security/service.yaml:2 calls orders")), run.edges());
        SourceRun unknown = SourceRun.of(dir, new Fixtures(dir).service("web", HTTP + "calls: [order]\n")
                .service("orders", HTTP).modules(), new DeclaredCalls());
        assertEquals(Map.of(), unknown.edges());
        assertTrue(unknown.errors().get(0).contains("calls 'order', but no service has that name"), unknown.errors().toString());
    }

    @Test
    void aCallTheBuildDerivesAnywayIsNotedAsRedundant() throws Exception {
        SourceRun run = SourceRun.of(dir, new Fixtures(dir).service("web", HTTP + "calls: [orders]\n", dep("orders"))
                .service("orders", HTTP).modules(), new PomDependencies(), new DeclaredCalls());
        assertTrue(run.warnings().get(0).contains("info: 'calls: [orders]' is redundant, the build already derives it"
                + " (web/pom.xml declares module io.example:orders); remove it"), run.warnings().toString());
    }

    @Test
    void aCallToAnotherNamespaceIsAnOutsideEdge() throws Exception {
        SourceRun run = SourceRun.of(dir, new Fixtures(dir).service("web", HTTP
                + "calls: [{service: kafka, namespace: data, port: 9092}]\n").modules(), new DeclaredCalls());
        assertEquals(Map.of(), run.edges());
        assertEquals(1, run.outside().size(), run.outside().toString());
        assertTrue(run.outside().get(0).contains("web/src/main/ai-security/service.yaml:2 calls "), run.outside().toString());
    }

    @Test
    void scrapesReachTheMetricsPortOfARoleAndSkipAServiceWithoutOne() throws Exception {
        SourceRun run = SourceRun.of(dir, new Fixtures(dir)
                .service("prometheus", "role: monitoring\n" + HTTP + "scrapes: [{role: api}]\n")
                .service("orders", "role: api\nports: [{name: http, port: 8080}, {name: metrics, port: 9100}]\n")
                .service("web", "role: api\n" + HTTP).modules(), new DeclaredScrapes());
        assertEquals(Map.of("prometheus->orders", List.of("prometheus/src/main/ai-security/service.yaml:3 scrapes role api"
                + " (orders)")), run.edges());
        assertTrue(run.warnings().get(0).contains("scrapes web on port metrics, but web declares only http=8080/TCP; it is"
                + " not scraped"), run.warnings().toString());
    }

    @Test
    void ingressFromANamedServiceIsAnEdgeFromItAndItselfIsAnError() throws Exception {
        SourceRun run = SourceRun.of(dir, new Fixtures(dir).service("orders", HTTP + "ingress: {from: [web]}\n")
                .service("web", HTTP).modules(), new DeclaredIngress());
        assertEquals(Map.of("web->orders", List.of("orders/src/main/ai-security/service.yaml:2 admits web (ingress.from)")),
                run.edges());
        SourceRun self = SourceRun.of(dir, new Fixtures(dir).service("orders", HTTP + "ingress: {from: [orders]}\n")
                .modules(), new DeclaredIngress());
        assertTrue(self.errors().get(0).contains("ingress.from names the service itself"), self.errors().toString());
    }
}
