package io.aiplatform.security.core.connectivity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aiplatform.security.core.descriptor.PortSpec;
import io.aiplatform.security.core.io.ManifestSerializer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
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
        return new ConnectivityAnalyzer(Arrays.stream(policies).map(ConnectivityAnalyzerTest::policy).toList(),
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

    /**
     * The per-workload indexes (rules turned around once per source and destination) answer exactly
     * what the rule-by-rule scan answers: the same question asked with equal copies of the workloads,
     * which the indexes do not hold, takes the scan. Seeded random workloads and policies with pod and
     * namespace selectors, expressions, rules without peers, ipBlocks, numbered and named ports.
     */
    @Test
    void theListIsOrderedBySourceThenDestinationAsShown() {
        // two workloads shown alike (same namespace, name and kind, other labels): their connections interleave
        Workload web2 = Workload.of("web", "app", Map.of("app", "web2"), List.of(new PortSpec("http", 8081, "TCP")));
        Workload zeta = Workload.of("zeta", "app", Map.of("app", "zeta"), List.of(new PortSpec("http", 80, "TCP")));
        List<NetworkPolicy> policies = List.of(policy("""
                metadata: {name: out, namespace: app}
                spec: {podSelector: {}, policyTypes: [Egress], egress: [{to: [{ipBlock: {cidr: 10.0.0.0/8}}]}, {to: [{podSelector: {}}]}]}
                """));
        for (List<Workload> workloads : List.of(List.of(zeta, WEB, DB, OTHER_NS), List.of(zeta, WEB, DB, web2, OTHER_NS))) {
            List<ConnectivityAnalyzer.Connection> list = new ConnectivityAnalyzer(policies, workloads).connectionList();
            List<ConnectivityAnalyzer.Connection> sorted = new ArrayList<>(list);
            sorted.sort(Comparator.comparing((ConnectivityAnalyzer.Connection c) -> c.source().display())
                    .thenComparing(c -> c.destination().display()));
            assertEquals(sorted, list);
            assertTrue(list.size() > 10, list.toString());
        }
        List<ConnectivityAnalyzer.Connection> twins = new ConnectivityAnalyzer(policies, List.of(web2, DB, WEB)).connectionList();
        List<String> lines = twins.stream().map(ConnectivityAnalyzer.Connection::line).toList();
        int fromWeb = (int) lines.stream().filter(l -> l.startsWith("app/web[")).count();
        assertTrue(fromWeb >= 4, lines.toString());
        // among the twins' connections to one destination, the first given (web2) comes first
        ConnectivityAnalyzer.Connection first = twins.stream().filter(c -> c.source().display().equals("app/web[Deployment]")
                && c.destination().equals(DB)).findFirst().orElseThrow();
        assertEquals(web2, first.source());
    }

    @Test
    void indexedAnswersEqualTheRuleByRuleScan() {
        Random random = new Random(7);
        String[] apps = {"a", "b", "c", "d"};
        for (int round = 0; round < 40; round++) {
            List<Workload> workloads = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                String ns = random.nextBoolean() ? "app" : "tools";
                Map<String, String> labels = new TreeMap<>();
                labels.put("app", apps[random.nextInt(apps.length)]);
                if (random.nextBoolean()) {
                    labels.put("tier", random.nextBoolean() ? "web" : "data");
                }
                workloads.add(new Workload("w" + i, ns, ns.equals("tools") ? Map.of("team", "ops") : Map.of(), labels,
                        List.of(new PortSpec("http", 8000 + random.nextInt(3), "TCP"))));
            }
            List<NetworkPolicy> policies = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                StringBuilder y = new StringBuilder("metadata: {name: p" + i + ", namespace: "
                        + (random.nextBoolean() ? "app" : "tools") + "}\nspec:\n  podSelector: "
                        + selector(random, apps) + "\n  policyTypes: [Ingress, Egress]\n");
                for (String direction : List.of("ingress", "egress")) {
                    y.append("  ").append(direction).append(":\n");
                    for (int r = random.nextInt(3); r > 0; r--) {
                        y.append("    - ports: ").append(ports(random)).append("\n");
                        if (random.nextInt(5) > 0) {
                            y.append("      ").append(direction.equals("ingress") ? "from" : "to").append(": [")
                                    .append(peer(random, apps)).append(", ").append(peer(random, apps)).append("]\n");
                        }
                    }
                }
                policies.add(policy(y.toString().replace("  ingress:\n  egress", "  egress")
                        .replaceAll("(?m)^  (ingress|egress):\n(?!    -)", "")));
            }
            ConnectivityAnalyzer analyzer = new ConnectivityAnalyzer(policies, workloads);
            for (Workload a : workloads) {
                for (Workload b : workloads) {
                    Workload a2 = new Workload(a.name(), a.namespace(), a.kind(), a.namespaceLabels(), a.labels(), a.ports());
                    Workload b2 = new Workload(b.name(), b.namespace(), b.kind(), b.namespaceLabels(), b.labels(), b.ports());
                    assertEquals(analyzer.connections(a2, b2), analyzer.connections(a, b),
                            "round " + round + ": " + a.display() + " -> " + b.display() + " under " + policies);
                }
            }
        }
    }

    private static String selector(Random random, String[] apps) {
        return switch (random.nextInt(4)) {
            case 0 -> "{}";
            case 1 -> "{matchLabels: {app: " + apps[random.nextInt(apps.length)] + "}}";
            case 2 -> "{matchExpressions: [{key: tier, operator: " + (random.nextBoolean() ? "Exists" : "DoesNotExist") + "}]}";
            default -> "{matchLabels: {app: " + apps[random.nextInt(apps.length)] + "}, matchExpressions: [{key: tier,"
                    + " operator: In, values: [web]}]}";
        };
    }

    private static String peer(Random random, String[] apps) {
        return switch (random.nextInt(5)) {
            case 0 -> "{podSelector: " + selector(random, apps) + "}";
            case 1 -> "{namespaceSelector: {matchLabels: {team: ops}}}";
            case 2 -> "{namespaceSelector: {}, podSelector: " + selector(random, apps) + "}";
            case 3 -> "{ipBlock: {cidr: 10.0.0.0/8}}";
            default -> "{podSelector: " + selector(random, apps) + "}";
        };
    }

    private static String ports(Random random) {
        return switch (random.nextInt(4)) {
            case 0 -> "[]";
            case 1 -> "[{port: " + (8000 + random.nextInt(3)) + "}]";
            case 2 -> "[{port: http}]";
            default -> "[{port: 8000, endPort: 8001, protocol: TCP}, {protocol: UDP}]";
        };
    }
}
