package io.aiplatform.security.core.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aiplatform.security.core.Fixtures;
import io.aiplatform.security.core.catalog.ClientCatalog;
import io.aiplatform.security.core.descriptor.PortSpec;
import io.aiplatform.security.core.intents.IntentsFixtures;
import io.aiplatform.security.core.support.ArtifactFile;
import io.aiplatform.security.core.support.DerivationRule;
import io.aiplatform.security.core.support.InvalidInputException;
import io.aiplatform.security.core.support.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The platform assembles the services that service repositories published as intents: they join its own modules
 * and platform.yaml entries, their calls become edges with the artifact's evidence, and what cannot be assembled
 * is an error naming the artifact, the service and the evidence.
 */
class IntentsAssemblyTest {

    private static final String DB = "services:\n  - name: orders-db\n    role: database\n    ports: [{port: 5432}]\n"
            + "    provides: [postgresql]\n  - intents: com.example.pay:payments:1.3.0\n";

    @TempDir
    Path root;
    @TempDir
    Path repo;

    private ArtifactFile orders;
    private ArtifactFile payments;

    @BeforeEach
    void publish() throws IOException {
        orders = IntentsFixtures.publish(repo, "com.example.shop:orders:2.4.0", IntentsFixtures.ORDERS);
        payments = IntentsFixtures.publish(repo, "com.example.pay:payments:1.3.0", IntentsFixtures.PAYMENTS);
    }

    @Test
    void callsByServiceAndByProductBecomeEdgesWithTheArtifactsEvidence() throws Exception {
        Fixtures platform = new Fixtures(root).service("web", "role: gateway\nports: [{name: http, port: 8080}]\n")
                .platformFile(DB);
        Files.createDirectories(root.resolve("web/src/main/resources"));
        Files.writeString(root.resolve("web/src/main/resources/application.yml"), "shop.orders-url: http://orders:8080\n");
        ServiceGraph g = derive(platform.modules(), List.of(orders, payments));
        assertEquals(List.of("orders", "orders-db", "payments", "web"), g.services().stream().map(Service::name).sorted()
                .toList());
        assertEquals(Map.of(
                "orders->orders-db", List.of("com.example.shop:orders:2.4.0 orders-service/pom.xml:40"
                        + " org.postgresql:postgresql (catalog: postgresql) (provided by orders-db)"),
                "orders->payments", List.of("com.example.shop:orders:2.4.0"
                        + " orders-service/src/main/resources/application.yml:12 payments.url"),
                "web->orders", List.of("web/src/main/resources/application.yml:1 shop.orders-url names orders")),
                evidence(g));
        assertEquals(Map.of("orders->orders-db", List.of(5432), "orders->payments", List.of(8080),
                "web->orders", List.of(8080)), ports(g));
        OutsideEdge audit = g.outsideEdgesOf("orders").get(0);
        assertEquals("compliance/audit 9000 [com.example.shop:orders:2.4.0"
                + " orders-service/src/main/ai-security/service.yaml:14 calls]", audit.namespace() + "/"
                + audit.peerService() + " " + audit.ports().get(0).port() + " " + audit.reasons());
    }

    @Test
    void aPublishedServiceKeepsItsDescriptorsLabelsSecretsAndEgress() throws Exception {
        ServiceGraph g = derive(new Fixtures(root).platformFile(DB).modules(), List.of(orders, payments));
        Service s = g.services().stream().filter(x -> x.name().equals("orders")).findFirst().orElseThrow();
        assertEquals(Map.of("app.kubernetes.io/name", "orders"), s.labels());
        assertEquals("orders-db", s.descriptor().secrets().get(0).name());
        assertEquals(List.of(new PortSpec("http", 8080, "TCP")), s.ports());
        assertEquals(1, s.descriptor().egress().size());
    }

    @Test
    void aCallToAServiceNothingProvidesNamesTheArtifactTheServiceAndTheEvidence() throws Exception {
        Problem p = error(new Fixtures(root).platformFile(DB).modules(), List.of(orders));
        assertEquals(orders.file(), p.file());
        assertEquals(14, p.line());
        assertEquals("orders", p.service());
        assertTrue(p.message().startsWith("intents of com.example.shop:orders:2.4.0: orders calls 'payments'"
                + " (orders-service/src/main/resources/application.yml:12 payments.url), but no intents, module or"
                + " platform.yaml entry of the platform provides a service of that name"), p.message());
    }

    @Test
    void theSameServicePublishedByTwoArtifactsIsAnError() throws Exception {
        ArtifactFile other = IntentsFixtures.publish(repo, "com.example.billing:billing:5.0.0",
                IntentsFixtures.PAYMENTS.replace("com.example.pay", "com.example.billing"));
        Problem p = error(new Fixtures(root).platformFile(DB).modules(), List.of(orders, payments, other));
        assertEquals("payments", p.service());
        assertTrue(p.message().startsWith("service 'payments' is published twice: by intents"
                + " com.example.pay:payments:1.3.0 and by intents com.example.billing:billing:5.0.0;"), p.message());
    }

    @Test
    void aServicePublishedByAnArtifactAndBuiltByAModuleIsAnError() throws Exception {
        Fixtures platform = new Fixtures(root).service("payments", "ports: [{name: http, port: 8080}]\n").platformFile(DB);
        Problem p = error(platform.modules(), List.of(orders, payments));
        assertEquals(payments.file(), p.file());
        assertTrue(p.message().startsWith("service 'payments' is published twice: by module io.example:payments and by"
                + " intents com.example.pay:payments:1.3.0;"), p.message());
        assertTrue(p.message().endsWith("remove the intents dependency or the module"), p.message());
    }

    @Test
    void aServicePublishedByAnArtifactAndListedInThePlatformFileIsAnError() throws Exception {
        Fixtures platform = new Fixtures(root).platformFile(DB + "  - name: payments\n    ports: [{port: 8080}]\n");
        Problem p = error(platform.modules(), List.of(orders, payments));
        assertTrue(p.message().contains("by the platform file src/main/ai-security/platform.yaml and by intents"
                + " com.example.pay:payments:1.3.0"), p.message());
        assertTrue(p.message().endsWith("remove the intents dependency or the platform.yaml entry"), p.message());
    }

    @Test
    void aProductNoServiceProvidesIsTheNoProviderWarningNamingTheArtifact() throws Exception {
        ServiceGraph g = derive(new Fixtures(root).modules(), List.of(orders, payments));
        Problem w = g.warnings().stream().filter(p -> p.rule() == DerivationRule.NO_PROVIDER).findFirst().orElseThrow();
        assertEquals("intents of com.example.shop:orders:2.4.0: uses postgresql (orders-service/pom.xml:40"
                + " org.postgresql:postgresql (catalog: postgresql)), but no service of the platform provides"
                + " 'postgresql'; add 'provides: [postgresql]' to the service that runs it (a descriptor or platform.yaml"
                + " entry)", w.message());
        assertEquals(Map.of("orders->payments", List.of(8080)), ports(g));
    }

    @Test
    void aProductSeveralServicesProvideIsAnErrorUnlessTheIntentsNameOne() throws Exception {
        String two = DB + "  - name: reports-db\n    role: database\n    ports: [{port: 5432}]\n    provides: [postgresql]\n";
        Problem p = error(new Fixtures(root).platformFile(two).modules(), List.of(orders, payments));
        assertTrue(p.message().startsWith("intents of com.example.shop:orders:2.4.0: orders uses postgresql"
                + " (orders-service/pom.xml:40 org.postgresql:postgresql (catalog: postgresql)), which orders-db,"
                + " reports-db all provide, and its intents name none of them"), p.message());
        ArtifactFile naming = IntentsFixtures.publish(repo, "com.example.shop:orders:2.4.1", IntentsFixtures.ORDERS
                .replace("      - product: postgresql\n", "      - {service: reports-db, ports: [5432]}\n"
                        + "      - product: postgresql\n"));
        assertEquals(List.of(5432), ports(derive(new Fixtures(root).platformFile(two).modules(), List.of(naming,
                payments))).get("orders->reports-db"));
    }

    @Test
    void aCallOnAPortTheCalleeDoesNotDeclareIsAnError() throws Exception {
        ArtifactFile old = IntentsFixtures.publish(repo, "com.example.pay:payments:1.2.0",
                IntentsFixtures.PAYMENTS.replace("port: 8080", "port: 8081"));
        Problem p = error(new Fixtures(root).platformFile(DB).modules(), List.of(orders, old));
        assertTrue(p.message().contains("orders calls 'payments' on port [8080]"), p.message());
    }

    @Test
    void withoutIntentsNothingChanges() throws Exception {
        ServiceGraph g = derive(new Fixtures(root).platformFile(DB).modules(), List.of());
        assertEquals(List.of("orders-db"), g.services().stream().map(Service::name).toList());
    }

    private ServiceGraph derive(List<Module> modules, List<ArtifactFile> intents) throws InvalidInputException {
        return DerivationSources.derive(new DerivationProject(root, modules, List.of(), "shop", List.of(), List.of(),
                intents), ClientCatalog.builtIn());
    }

    private Problem error(List<Module> modules, List<ArtifactFile> intents) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> derive(modules, intents));
        assertEquals(1, e.problems().size(), e.getMessage());
        return e.problems().get(0);
    }

    private static Map<String, List<String>> evidence(ServiceGraph g) {
        Map<String, List<String>> edges = new TreeMap<>();
        g.edges().forEach(e -> edges.put(e.from() + "->" + e.to(), new ArrayList<>(e.reasons())));
        return edges;
    }

    private static Map<String, List<Integer>> ports(ServiceGraph g) {
        Map<String, List<Integer>> edges = new TreeMap<>();
        g.edges().forEach(e -> edges.put(e.from() + "->" + e.to(), e.ports().stream().map(PortSpec::port).toList()));
        return edges;
    }
}
