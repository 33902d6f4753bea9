package io.aiplatform.security.core.graph;

import static io.aiplatform.security.core.Fixtures.dep;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.aiplatform.security.core.Fixtures;
import io.aiplatform.security.core.support.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fixtures of the derivation's rules: each platform makes one rule fire, the warning names it (and the
 * build log shows its id), and a platform without the problem gives none.
 */
class DerivationRulesTest {

    private static final String API = "role: api\nports: [{name: http, port: 8080}]\n";
    private static final String ORDERS = "role: api\nports: [{name: http, port: 8081}]\n";

    @TempDir
    Path dir;

    private void write(String file, String text) throws Exception {
        Path f = dir.resolve(file);
        Files.createDirectories(f.getParent());
        Files.writeString(f, text);
    }

    /** {@code RULE-ID service: message} for every warning and notice of the graph, in order. */
    private static List<String> rules(ServiceGraph g) {
        List<String> all = new ArrayList<>();
        for (Problem p : g.warnings()) {
            all.add(p.rule().id() + " " + p.service());
        }
        for (Problem p : g.notices()) {
            all.add(p.rule().id() + " " + p.service());
        }
        return all;
    }

    private ServiceGraph webAndOrders(String webConfig, String webDescriptor) throws Exception {
        write("web/src/main/resources/application.properties", webConfig);
        return new Fixtures(dir).service("web", webDescriptor).service("orders", ORDERS).graph();
    }

    @Test
    void aHostThatNamesNoServiceIsUnknownHostAndTheLogLineEndsWithTheId() throws Exception {
        ServiceGraph g = webAndOrders("orders.url=http://ordrs:8081\n", API);
        assertEquals(List.of("DERIVE-UNKNOWN-HOST web"), rules(g));
        assertEquals("service 'web': web/src/main/resources/application.properties:1 orders.url names host 'ordrs',"
                + " which is no service of the platform; if it is outside, declare it under 'egress:'"
                + " [DERIVE-UNKNOWN-HOST]", g.warnings().get(0).logged());
        assertEquals(Problem.Level.WARNING, g.warnings().get(0).level());
    }

    @Test
    void theServicesOwnNameIsNoProblem() throws Exception {
        assertEquals(List.of(), rules(webAndOrders("orders.url=http://orders:8081\n", API)));
    }

    @Test
    void localhostIsLoopbackHost() throws Exception {
        assertEquals(List.of("DERIVE-LOOPBACK-HOST web"), rules(webAndOrders("orders.url=http://localhost:8081\n", API)));
    }

    @Test
    void aPortTheCalleeDoesNotDeclareIsPortUnknown() throws Exception {
        assertEquals(List.of("DERIVE-PORT-UNKNOWN web"), rules(webAndOrders("orders.url=http://orders:9999\n", API)));
    }

    @Test
    void aHostBehindAVariableWithoutDefaultIsUnresolvedPlaceholder() throws Exception {
        assertEquals(List.of("DERIVE-UNRESOLVED-PLACEHOLDER web"),
                rules(webAndOrders("orders.url=http://${ORDERS_HOST}:8081\n", API)));
    }

    @Test
    void aCallTheBuildDerivesAnywayIsRedundantCallAtInfo() throws Exception {
        ServiceGraph g = webAndOrders("orders.url=http://orders:8081\n", API + "calls: [orders]\n");
        assertEquals(List.of("DERIVE-REDUNDANT-CALL web"), rules(g));
        assertEquals(Problem.Level.INFO, g.warnings().get(0).level());
    }

    @Test
    void anExcludeThatMatchesNothingIsUnusedExclude() throws Exception {
        assertEquals(List.of("DERIVE-UNUSED-EXCLUDE web"), rules(webAndOrders("server.port=8080\n",
                API + "exclude:\n  - {client: redis, reason: the cache is off}\n")));
    }

    @Test
    void aClientOfAProductNobodyProvidesIsNoProvider() throws Exception {
        ServiceGraph g = new Fixtures(dir).service("web", API, dep("org.postgresql:postgresql")).service("orders", ORDERS)
                .graph();
        assertEquals(List.of("DERIVE-NO-PROVIDER web"), rules(g));
    }

    @Test
    void aDependencyOfThePlatformsGroupThatIsNoModuleIsForeignModule() throws Exception {
        ServiceGraph g = new Fixtures(dir).service("web", API, dep("io.example:gone")).graph();
        assertEquals(List.of("DERIVE-FOREIGN-MODULE web"), rules(g));
    }

    @Test
    void aConfigMapTheRepositoryLacksIsConfigNotFound() throws Exception {
        write("deploy/web.yaml", "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  template:\n"
                + "    spec:\n      containers:\n        - name: web\n          image: web:1\n"
                + "          envFrom: [{configMapRef: {name: web-config}}]\n");
        ServiceGraph g = new Fixtures(dir).service("web", API).service("orders", ORDERS).graph();
        assertEquals(List.of("DERIVE-CONFIG-NOT-FOUND null"), rules(g));
        assertEquals("deploy/web.yaml", String.valueOf(g.warnings().get(0).file()).replace('\\', '/'));
    }

    @Test
    void aMalformedConnectsToAnnotationIsInputUnread() throws Exception {
        write("deploy/web.yaml", "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n"
                + "  annotations:\n    app.openshift.io/connects-to: '[{\"name\": orders'\n");
        ServiceGraph g = new Fixtures(dir).service("web", API).service("orders", ORDERS).graph();
        assertEquals(List.of("DERIVE-INPUT-UNREAD null"), rules(g));
    }
}
