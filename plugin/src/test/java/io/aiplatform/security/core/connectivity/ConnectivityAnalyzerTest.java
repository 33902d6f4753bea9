package io.aiplatform.security.core.connectivity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aiplatform.security.core.descriptor.PortSpec;
import io.aiplatform.security.core.io.ManifestSerializer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

class ConnectivityAnalyzerTest {

    private static final Workload WEB = Workload.of("web", "app", Map.of("app", "web"), List.of(new PortSpec("http", 8080, "TCP")));
    private static final Workload DB = Workload.of("db", "app", Map.of("app", "db", "tier", "data"),
            List.of(new PortSpec("pg", 5432, "TCP")));
    private static final Workload OTHER_NS = new Workload("probe", "tools", Map.of("team", "ops"), Map.of("app", "web"), List.of());

    private static NetworkPolicy policy(String yaml) {
        return new ManifestSerializer().convert(new Yaml().load(yaml), NetworkPolicy.class);
    }

    private static ConnectivityAnalyzer analyzer(String... policies) {
        return new ConnectivityAnalyzer(java.util.Arrays.stream(policies).map(ConnectivityAnalyzerTest::policy).toList(),
                List.of(WEB, DB, OTHER_NS));
    }

    @Test
    void withoutPoliciesEverythingIsAllowed() {
        assertTrue(analyzer().allowed(WEB, DB, 5432, "TCP"));
        assertTrue(analyzer().allowedToAddress(DB, "8.8.8.8", 53, "UDP"));
    }

    @Test
    void defaultDenyBlocksBothDirections() {
        ConnectivityAnalyzer a = analyzer("""
                metadata: {name: deny, namespace: app}
                spec: {podSelector: {}, policyTypes: [Ingress, Egress]}
                """);
        assertFalse(a.allowed(WEB, DB, 5432, "TCP"));
        assertTrue(a.allowed(OTHER_NS, OTHER_NS, 1, "TCP"), "another namespace is not selected");
    }

    @Test
    void ingressAloneIsNotEnoughWhenTheSourceIsEgressIsolated() {
        String deny = "metadata: {name: deny, namespace: app}\nspec: {podSelector: {}, policyTypes: [Ingress, Egress]}\n";
        String dbIn = """
                metadata: {name: db, namespace: app}
                spec:
                  podSelector: {matchLabels: {app: db}}
                  ingress: [{from: [{podSelector: {matchLabels: {app: web}}}], ports: [{port: 5432}]}]
                """;
        assertFalse(analyzer(deny, dbIn).allowed(WEB, DB, 5432, "TCP"));
        String webOut = """
                metadata: {name: web, namespace: app}
                spec:
                  podSelector: {matchLabels: {app: web}}
                  policyTypes: [Egress]
                  egress: [{to: [{podSelector: {matchExpressions: [{key: tier, operator: In, values: [data]}]}}], ports: [{port: pg}]}]
                """;
        ConnectivityAnalyzer a = analyzer(deny, dbIn, webOut);
        assertTrue(a.allowed(WEB, DB, 5432, "TCP"), "named port pg resolves on the destination");
        assertFalse(a.allowed(WEB, DB, 5433, "TCP"));
        assertFalse(a.allowed(WEB, DB, 5432, "UDP"));
        assertFalse(a.allowed(DB, WEB, 8080, "TCP"));
    }

    @Test
    void namespaceAndPodSelectorInOnePeerAreAnded() {
        String together = """
                metadata: {name: web, namespace: app}
                spec:
                  podSelector: {matchLabels: {app: web}}
                  ingress: [{from: [{namespaceSelector: {matchLabels: {team: ops}}, podSelector: {matchLabels: {app: db}}}]}]
                """;
        assertFalse(analyzer(together).allowed(OTHER_NS, WEB, 8080, "TCP"));
        String apart = """
                metadata: {name: web, namespace: app}
                spec:
                  podSelector: {matchLabels: {app: web}}
                  ingress: [{from: [{namespaceSelector: {matchLabels: {team: ops}}}, {podSelector: {matchLabels: {app: db}}}]}]
                """;
        assertTrue(analyzer(apart).allowed(OTHER_NS, WEB, 8080, "TCP"));
        assertTrue(analyzer(apart).allowed(DB, WEB, 8080, "TCP"));
    }

    @Test
    void ipBlockWithExceptAndPortRanges() {
        ConnectivityAnalyzer a = analyzer("""
                metadata: {name: web, namespace: app}
                spec:
                  podSelector: {matchLabels: {app: web}}
                  policyTypes: [Egress]
                  egress: [{to: [{ipBlock: {cidr: 0.0.0.0/0, except: [10.0.0.0/8, 169.254.0.0/16]}}], ports: [{port: 443, endPort: 445}]}]
                """);
        assertTrue(a.allowedToAddress(WEB, "140.82.112.3", 443, "TCP"));
        assertTrue(a.allowedToAddress(WEB, "140.82.112.3", 445, "TCP"));
        assertFalse(a.allowedToAddress(WEB, "140.82.112.3", 446, "TCP"));
        assertFalse(a.allowedToAddress(WEB, "10.1.2.3", 443, "TCP"));
        assertFalse(a.allowedToAddress(WEB, "169.254.169.254", 443, "TCP"));
        assertFalse(a.allowed(WEB, DB, 443, "TCP"), "an ipBlock does not select pods");
    }
}
