package io.aiplatform.security.core.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aiplatform.security.core.Fixtures;
import io.aiplatform.security.core.graph.ServiceGraph;
import io.aiplatform.security.core.validate.rules.Rule;
import io.aiplatform.security.core.validate.rules.RuleRegistry;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every registered rule has a manifest that triggers it ({@code rules/<ID>/fires.yaml}) and one
 * that does not ({@code passes.yaml}); rules that need the service graph are tested below.
 */
class RuleRegistryTest {

    private static final Set<String> GRAPH_RULES = Set.of("WORKLOAD-SERVICE-MISMATCH");
    /** Rules about folders validated without a platform namespace: their fixtures run with none. */
    private static final Set<String> NO_PLATFORM_NAMESPACE = Set.of("NAMESPACE-UNSET");

    @TempDir
    Path dir;

    static Path fixtures() throws URISyntaxException {
        return Path.of(RuleRegistryTest.class.getResource("/rules").toURI());
    }

    static List<Finding> run(Rule rule, Path file, ServiceGraph graph) throws Exception {
        return run(rule, file, graph, NO_PLATFORM_NAMESPACE.contains(rule.id()) ? null : "app");
    }

    static List<Finding> run(Rule rule, Path file, ServiceGraph graph, String namespace) throws Exception {
        ManifestLoader.Result loaded = new ManifestLoader(file.getParent()).load(List.of(file));
        assertTrue(loaded.findings().isEmpty(), loaded.findings().toString());
        return rule.evaluate(new ValidationContext(loaded.manifests(), graph, namespace, Map.of(), false)
                .withFileBase(file.getParent()));
    }

    @TestFactory
    Stream<DynamicTest> everyRuleFiresOnItsBadManifestAndNotOnItsGoodOne() throws Exception {
        Path root = fixtures();
        return RuleRegistry.all().stream().filter(r -> !GRAPH_RULES.contains(r.id())).flatMap(rule -> Stream.of(
                DynamicTest.dynamicTest(rule.id() + " fires", () -> {
                    Path bad = root.resolve(rule.id()).resolve("fires.yaml");
                    assertTrue(Files.exists(bad), "no test manifest for " + rule.id());
                    List<Finding> findings = run(rule, bad, null);
                    assertFalse(findings.isEmpty(), rule.id() + " did not fire");
                    for (Finding f : findings) {
                        assertEquals(rule.id(), f.ruleId());
                        assertEquals(rule.severity(), f.severity());
                        assertNotNull(f.object(), f.describe());
                        assertFalse(f.remediation().isBlank());
                    }
                }),
                DynamicTest.dynamicTest(rule.id() + " passes", () -> {
                    Path good = root.resolve(rule.id()).resolve("passes.yaml");
                    assertTrue(Files.exists(good), "no passing manifest for " + rule.id());
                    List<Finding> findings = run(rule, good, null);
                    assertTrue(findings.isEmpty(), findings.toString());
                })));
    }

    @Test
    void ruleIdsAreUnique() {
        Set<String> ids = new HashSet<>();
        RuleRegistry.all().forEach(r -> assertTrue(ids.add(r.id()), "duplicate rule id " + r.id()));
    }

    @Test
    void workloadMustMatchTheGeneratedService() throws Exception {
        ServiceGraph graph = new Fixtures(dir.resolve("src")).service("web", "ports: [{port: 8080}]\n").graph();
        Rule rule = RuleRegistry.byId("WORKLOAD-SERVICE-MISMATCH").orElseThrow();
        String deployment = """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: web, namespace: app}
                spec:
                  selector: {matchLabels: {app.kubernetes.io/name: web}}
                  template:
                    metadata: {labels: {app.kubernetes.io/name: web}}
                    spec:
                      serviceAccountName: web-sa
                      containers: [{name: web, image: web}]
                """;
        Path good = dir.resolve("good.yaml");
        Files.writeString(good, deployment);
        assertTrue(run(rule, good, graph).isEmpty());
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, deployment.replace("serviceAccountName: web-sa", "serviceAccountName: default")
                .replace("labels: {app.kubernetes.io/name: web}", "labels: {app: web}"));
        List<Finding> findings = run(rule, bad, graph);
        assertEquals(2, findings.size(), findings.toString());
        assertTrue(findings.get(0).message().contains("select none of its pods"), findings.get(0).message());
        assertTrue(findings.get(1).message().contains("not web-sa"), findings.get(1).message());
    }

    @Test
    void tokenRuleKnowsTheServiceRole() throws Exception {
        ServiceGraph graph = new Fixtures(dir.resolve("src")).service("db", "role: database\nports: [{port: 5432}]\n")
                .service("api", "role: api\nports: [{port: 80}]\n").graph();
        Rule rule = RuleRegistry.byId("RBAC-TOKEN-MOUNT").orElseThrow();
        Path file = dir.resolve("sa.yaml");
        Files.writeString(file, """
                apiVersion: v1
                kind: ServiceAccount
                metadata: {name: db-sa, namespace: app}
                automountServiceAccountToken: true
                ---
                apiVersion: v1
                kind: ServiceAccount
                metadata: {name: api-sa, namespace: app}
                automountServiceAccountToken: true
                """);
        List<Finding> findings = run(rule, file, graph);
        assertEquals(1, findings.size(), findings.toString());
        assertTrue(findings.get(0).message().contains("role database"), findings.get(0).message());
    }

    @Test
    void workloadsAreCheckedAtThePodSecurityLevelTheirNamespaceEnforces() throws Exception {
        Path dir = Files.createTempDirectory("psa");
        String workload = """
                ---
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: agent, namespace: %s}
                spec:
                  selector: {matchLabels: {app: agent}}
                  template:
                    metadata: {labels: {app: agent}}
                    spec:
                      hostNetwork: true
                      containers: [{name: agent, image: agent:1}]
                """;
        Map<String, List<String>> fired = new TreeMap<>();
        for (String level : List.of("restricted", "baseline", "privileged")) {
            Path file = dir.resolve(level + ".yaml");
            Files.writeString(file, "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: " + level + "\n  labels:"
                    + " {pod-security.kubernetes.io/enforce: " + level + ", pod-security.kubernetes.io/enforce-version: v1.33}\n"
                    + workload.formatted(level));
            List<String> ids = new ArrayList<>();
            for (Rule rule : RuleRegistry.all()) {
                if (Set.of("POD-RUN-AS-NON-ROOT", "POD-SECCOMP", "POD-HOST-NAMESPACES", "POD-READONLY-ROOTFS")
                        .contains(rule.id()) && !run(rule, file, null).isEmpty()) {
                    ids.add(rule.id());
                }
            }
            fired.put(level, ids);
        }
        assertEquals(Map.of(
                "restricted", List.of("POD-RUN-AS-NON-ROOT", "POD-SECCOMP", "POD-HOST-NAMESPACES", "POD-READONLY-ROOTFS"),
                "baseline", List.of("POD-HOST-NAMESPACES", "POD-READONLY-ROOTFS"),
                "privileged", List.of("POD-READONLY-ROOTFS")), fired,
                "admission and validation agree: what the level does not forbid is not reported (read-only root is the guide's)");
    }

    @Test
    void aServiceAccountSubjectWithoutNamespaceIsNamedInItsBindingsNamespace() throws Exception {
        Path file = Files.createTempDirectory("crb").resolve("binding.yaml");
        Files.writeString(file, """
                apiVersion: rbac.authorization.k8s.io/v1
                kind: RoleBinding
                metadata: {name: reader, namespace: app}
                roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: view}
                subjects: [{kind: ServiceAccount, name: web-sa}]
                """);
        Rule rule = RuleRegistry.all().stream().filter(r -> r.id().equals("RBAC-CLUSTER-ROLE")).findFirst().orElseThrow();
        List<String> messages = run(rule, file, null).stream().map(f -> f.message()).toList();
        assertEquals(List.of("binds ClusterRole view to ServiceAccount app/web-sa"), messages);
    }
}
