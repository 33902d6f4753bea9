package io.aiplatform.security.core.command;

import static io.aiplatform.security.core.Fixtures.dep;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.aiplatform.security.core.Fixtures;
import io.aiplatform.security.core.generate.EncryptionSettings;
import io.aiplatform.security.core.generate.PlatformSettings;
import io.aiplatform.security.core.graph.ServiceGraph;
import io.aiplatform.security.core.io.OutputWriter;
import io.aiplatform.security.core.layer.SecurityLayerGenerator;
import io.aiplatform.security.core.support.EncryptionProvider;
import io.aiplatform.security.core.validate.ConnectivityStage;
import io.aiplatform.security.core.validate.FailOn;
import io.aiplatform.security.core.validate.Finding;
import io.aiplatform.security.core.validate.ValidationReport;
import io.aiplatform.security.core.validate.report.ReportWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The four stages together on a generated platform, the comparison with the graph, suppressions and reports. */
class ValidateCommandTest {

    @TempDir
    Path dir;

    private ServiceGraph graph;
    private List<io.aiplatform.security.core.graph.Module> modules;
    private Path out;

    @BeforeEach
    void generate() throws Exception {
        Fixtures fixtures = new Fixtures(dir.resolve("src"))
                .service("web", "role: api\nports: [{name: http, port: 8080}]\nsecrets: [web-keys]\n", dep("api"))
                .service("api", "role: api\nports: [{name: http, port: 9000}]\n", dep("redis.clients:jedis"))
                .service("redis", "role: database\nports: [{name: redis, port: 6379}]\nprovides: [redis]\n")
                ;
        graph = fixtures.graph();
        modules = fixtures.modules();
        out = dir.resolve("out");
        new OutputWriter().write(out, new SecurityLayerGenerator(
                new PlatformSettings("shop", "shop", true, true, Map.of("kubernetes.io/metadata.name", "ingress-nginx")),
                new EncryptionSettings(EncryptionProvider.SECRETBOX, "key1", null, null, null, null)).generate(graph));
    }

    private ValidationReport validate(List<Path> extra, FailOn failOn) throws Exception {
        return new ValidateCommand().run(ValidateRequest.builder(dir, out).manifestDirectories(extra)
                .modules(modules).namespace("shop").trackedDirectories(extra).failOn(failOn).build());
    }

    /** The kustomize layer of {@code fixtures} in namespace shop, with the placeholder secretbox key. */
    private static void writeLayer(Path layer, Fixtures fixtures) throws Exception {
        new OutputWriter().write(layer, new SecurityLayerGenerator(new PlatformSettings("shop", "shop", true, true,
                Map.of()), new EncryptionSettings(EncryptionProvider.SECRETBOX, "key1", null, null, null, null))
                .generate(fixtures.graph()));
    }

    private static String rules(ValidationReport r) {
        return r.findings().stream().map(f -> f.ruleId() + " " + f.object()).collect(Collectors.joining("\n"));
    }

    @Test
    void theGeneratedLayerValidatesCleanAndMatchesTheGraph() throws Exception {
        ValidationReport r = validate(List.of(), FailOn.ERROR);
        // web's Role reads web-keys and its role mounts the token, but no apiServerEndpoints is set: a warning
        assertEquals("ENC-KEY-PLACEHOLDER EncryptionConfiguration\nNETPOL-API-SERVER-BLOCKED Service/web", rules(r));
        assertFalse(r.failed());
        assertTrue(validate(List.of(), FailOn.WARNING).failed(), "failOn=warning fails on the placeholder warning");
        List<String> lines = r.connections().stream().map(c -> c.line()).toList();
        assertEquals(List.of("shop/api[Deployment] => shop/redis[Deployment] : TCP 6379",
                "shop/web[Deployment] => shop/api[Deployment] : TCP 9000"), lines);
    }

    @Test
    void aDeclaredCallThatThePoliciesBlockIsNamedWithItsDeclarationAndThePolicy() throws Exception {
        Files.writeString(out.resolve("manifests/services/redis/network-policy.yaml"), """
                apiVersion: networking.k8s.io/v1
                kind: NetworkPolicy
                metadata: {name: redis-network-policy, namespace: shop}
                spec:
                  podSelector: {matchLabels: {app.kubernetes.io/name: redis}}
                  policyTypes: [Ingress, Egress]
                  ingress: [{from: [{podSelector: {matchLabels: {app.kubernetes.io/name: web}}}], ports: [{port: 6379}]}]
                """);
        ValidationReport r = validate(List.of(), FailOn.ERROR);
        Finding blocked = r.findings().stream().filter(f -> f.ruleId().equals(ConnectivityStage.DECLARED_BLOCKED))
                .findFirst().orElseThrow(() -> new AssertionError(rules(r)));
        assertEquals("Service/api", blocked.object());
        assertTrue(blocked.message().startsWith("api -> redis:6379/TCP is declared (src/api/pom.xml declares redis.clients:jedis (catalog: redis, provided by redis))"
                + " but blocked: redis-network-policy allows ingress to redis only from web (on the ports they declare)"), blocked.message());
        assertTrue(r.failed());
    }

    @Test
    void aConnectionThatIsAllowedButNotDeclaredIsAnError() throws Exception {
        Path extra = dir.resolve("extra");
        Files.createDirectories(extra);
        Files.writeString(extra.resolve("debug.yaml"), """
                apiVersion: networking.k8s.io/v1
                kind: NetworkPolicy
                metadata: {name: debug, namespace: shop}
                spec:
                  podSelector: {matchLabels: {app.kubernetes.io/name: web}}
                  policyTypes: [Egress]
                  egress: [{to: [{podSelector: {matchLabels: {app.kubernetes.io/name: redis}}}], ports: [{port: 6379}]}]
                ---
                apiVersion: networking.k8s.io/v1
                kind: NetworkPolicy
                metadata: {name: redis-debug, namespace: shop}
                spec:
                  podSelector: {matchLabels: {app.kubernetes.io/name: redis}}
                  ingress: [{from: [{podSelector: {matchLabels: {app.kubernetes.io/name: web}}}], ports: [{port: 6379}]}]
                """);
        ValidationReport r = validate(List.of(extra), FailOn.ERROR);
        Finding undeclared = r.findings().stream().filter(f -> f.ruleId().equals(ConnectivityStage.UNDECLARED_ALLOWED))
                .findFirst().orElseThrow(() -> new AssertionError(rules(r)));
        assertEquals("Service/web", undeclared.object());
        assertEquals("allowed but not declared: web -> redis is allowed on TCP 6379 but declared nowhere;"
                + " allowed by egress debug and ingress redis-debug", undeclared.message());
    }

    @Test
    void suppressionsNeedAReasonAndAreListed() throws Exception {
        Path extra = dir.resolve("extra");
        Files.createDirectories(extra);
        String role = """
                apiVersion: rbac.authorization.k8s.io/v1
                kind: Role
                metadata:
                  name: %s
                  namespace: shop
                  annotations: {ai-security.io/suppress: "%s"}
                rules: [{apiGroups: [""], resources: [secrets], verbs: [get]}]
                """;
        Files.writeString(extra.resolve("roles.yaml"), role.formatted("with-reason",
                "RBAC-SECRETS-UNNAMED: the operator reads every Secret by design; RBAC-ROLE-UNBOUND: bound by the operator")
                + "---\n" + role.formatted("without-reason", "RBAC-SECRETS-UNNAMED"));
        ValidationReport r = validate(List.of(extra), FailOn.ERROR);
        assertEquals(2, r.suppressions().size(), r.suppressions().toString());
        assertEquals("the operator reads every Secret by design", r.suppressions().get(0).reason());
        String all = rules(r);
        assertFalse(all.contains("RBAC-SECRETS-UNNAMED Role/shop/with-reason"), all);
        assertTrue(all.contains("RBAC-SECRETS-UNNAMED Role/shop/without-reason"), all);
        assertTrue(all.contains("SUPPRESSION-REASON Role/shop/without-reason"), all);
    }

    @Test
    void reportsAreWrittenAndWellFormed() throws Exception {
        Path extra = dir.resolve("extra");
        Files.createDirectories(extra);
        Files.writeString(extra.resolve("role.yaml"), """
                apiVersion: rbac.authorization.k8s.io/v1
                kind: Role
                metadata: {name: greedy, namespace: shop}
                rules: [{apiGroups: ["*"], resources: ["*"], verbs: ["*"]}]
                """);
        ValidationReport r = validate(List.of(extra), FailOn.ERROR);
        new ReportWriter("test").write(out, r);
        Path reports = out.resolve("reports");
        JsonNode json = new ObjectMapper().readTree(reports.resolve("validation.json").toFile());
        assertTrue(json.path("summary").path("failed").asBoolean());
        assertTrue(json.path("findings").toString().contains("RBAC-WILDCARD"));
        JsonNode sarif = new ObjectMapper().readTree(reports.resolve("results.sarif").toFile());
        assertEquals("2.1.0", sarif.path("version").asText());
        JsonNode result = sarif.path("runs").get(0).path("results").findValues("ruleId").stream()
                .filter(n -> n.asText().equals("RBAC-WILDCARD")).findFirst().orElseThrow();
        assertEquals("RBAC-WILDCARD", result.asText());
        var junit = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(reports.resolve("junit.xml").toFile());
        var suite = junit.getElementsByTagName("testsuite").item(0);
        assertTrue(Integer.parseInt(suite.getAttributes().getNamedItem("failures").getNodeValue()) >= 1);
        String rbac = Files.readString(reports.resolve("rbac.md"));
        assertTrue(rbac.contains("Role web-role (namespace shop), bound by RoleBinding web-rolebinding:\n\n"
                + "| resource | names | verbs | rule |\n|---|---|---|---|\n| secrets | web-keys | get | rules[0] |\n"), rbac);
        assertTrue(Files.readString(reports.resolve("connectivity.dot")).contains("\"web\" -> \"api\" [label=\"TCP 9000\"]"));
        assertEquals("shop/api[Deployment] => shop/redis[Deployment] : TCP 6379\nshop/web[Deployment] => shop/api[Deployment] : TCP 9000\n",
                Files.readString(reports.resolve("connlist.txt")));
        SortedMap<String, String> again = new ReportWriter("test").render(validate(List.of(extra), FailOn.ERROR));
        assertEquals(Files.readString(reports.resolve("validation.json")), again.get("validation.json"), "deterministic");
    }

    @Test
    void theItemsOfAListAreCheckedLikeAnyObjectAtTheirOwnLines() throws Exception {
        Path extra = Files.createDirectories(dir.resolve("listed"));
        Files.writeString(extra.resolve("list.yaml"), """
                apiVersion: v1
                kind: List
                items:
                  - apiVersion: rbac.authorization.k8s.io/v1
                    kind: ClusterRole
                    metadata: {name: everything}
                    rules: [{apiGroups: ["*"], resources: ["*"], verbs: ["*"]}]
                  - apiVersion: rbac.authorization.k8s.io/v1
                    kind: ClusterRoleBinding
                    metadata: {name: admins}
                    roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: cluster-admin}
                    subjects: [{kind: ServiceAccount, name: web-sa, namespace: shop}]
                  - apiVersion: v1
                    kind: Pod
                    metadata: {name: root, namespace: shop}
                    spec:
                      hostPID: true
                      containers: [{name: c, image: busybox, securityContext: {privileged: true}}]
                """);
        Files.writeString(extra.resolve("pods.yaml"), """
                apiVersion: v1
                kind: PodList
                items:
                  - metadata: {name: bare, namespace: shop}
                    spec: {hostNetwork: true, containers: [{name: c, image: busybox}]}
                """);
        ValidationReport r = validate(List.of(extra), FailOn.ERROR);
        Map<String, Integer> lines = new java.util.TreeMap<>();
        r.findings().stream().filter(f -> f.file() != null && f.file().toString().contains("listed"))
                .forEach(f -> lines.put(f.ruleId() + " " + f.object(), f.line()));
        assertEquals(4, lines.get("RBAC-WILDCARD ClusterRole/everything"), lines.toString());
        assertEquals(8, lines.get("RBAC-CLUSTER-ADMIN ClusterRoleBinding/admins"), lines.toString());
        assertEquals(13, lines.get("POD-HOST-NAMESPACES Pod/shop/root"), lines.toString());
        assertEquals(4, lines.get("POD-HOST-NAMESPACES Pod/shop/bare"), "an item of a PodList is a Pod: " + lines);
        assertTrue(r.findings().stream().noneMatch(f -> f.object() != null && f.object().startsWith("List")),
                "the list itself is no object: " + r.findings());
    }

    @Test
    void escalatingPermissionsFromADescriptorAreErrorsUnlessTheDescriptorSuppressesThemWithAReason() throws Exception {
        String trainer = "role: learning\nkubernetesApi:\n  - {apiGroup: batch, resources: [jobs], verbs: [get, create]}\n";
        for (boolean suppressed : List.of(false, true)) {
            Path root = dir.resolve("trainer-" + suppressed);
            Fixtures fixtures = new Fixtures(root.resolve("src")).service("trainer", trainer
                    + (suppressed ? "suppress: {RBAC-WORKLOAD-CREATE: launches the nightly training Jobs}\n" : ""));
            Path layer = root.resolve("out");
            writeLayer(layer, fixtures);
            ValidationReport r = new ValidateCommand().run(ValidateRequest.builder(root, layer)
                    .modules(fixtures.modules()).namespace("shop").build());
            boolean flagged = r.findings().stream().anyMatch(f -> f.ruleId().equals("RBAC-WORKLOAD-CREATE")
                    && "Role/shop/trainer-role".equals(f.object()));
            assertEquals(!suppressed, flagged, r.findings().toString());
            assertEquals(suppressed, r.suppressions().stream().anyMatch(x -> x.ruleId().equals("RBAC-WORKLOAD-CREATE")
                    && x.reason().equals("launches the nightly training Jobs")), r.suppressions().toString());
        }
    }

    @Test
    void anEncryptionConfigurationTheApiServerRefusesIsAnError() throws Exception {
        Path extra = Files.createDirectories(dir.resolve("enc"));
        String unpadded = java.util.Base64.getEncoder().encodeToString(new byte[32]).replace("=", "");
        Files.writeString(extra.resolve("enc.yaml"), """
                apiVersion: apiserver.config.k8s.io/v1
                kind: EncryptionConfiguration
                resources:
                  - resources: [secrets]
                    providers:
                      - secretbox: {keys: [{name: k1, secret: %s}]}
                      - kms: {apiVersion: v2, name: 'a:b', endpoint: 'tcp://kms:443', timeout: 0s}
                      - identity: {}
                """.formatted(unpadded));
        ValidationReport r = validate(List.of(extra), FailOn.ERROR);
        String all = r.findings().stream().map(Finding::describe).collect(Collectors.joining("\n"));
        for (String expected : List.of("ENC-KEY-INVALID", "not padded standard base64", "not a unix socket",
                "must be more than zero", "contains ':'")) {
            assertTrue(all.contains(expected), expected + " in\n" + all);
        }
        assertFalse(all.contains(unpadded), "never the key");
    }

    @Test
    void callsToAndFromOtherNamespacesAreOnePeerWithBothSelectorsAndAreProvedByValidation() throws Exception {
        Path root = dir.resolve("outside");
        Fixtures fixtures = new Fixtures(root.resolve("src"))
                .service("orders", "role: api\nports: [{name: http, port: 8080}, {name: metrics, port: 9100}]\n"
                        + "calls: [{service: my-cluster-kafka-bootstrap, namespace: kafka, port: 9092,"
                        + " labels: {strimzi.io/cluster: my-cluster}}]\n"
                        + "ingress:\n  from: [{namespace: monitoring, labels: {app.kubernetes.io/name: prometheus},"
                        + " port: metrics}]\n");
        Path layer = root.resolve("out");
        writeLayer(layer, fixtures);
        String policy = Files.readString(layer.resolve("manifests/services/orders/network-policy.yaml"));
        assertTrue(policy.contains("""
                    - ports:
                        - port: 9092
                          protocol: TCP
                      to:
                        - namespaceSelector:
                            matchLabels:
                              kubernetes.io/metadata.name: kafka
                          podSelector:
                            matchLabels:
                              strimzi.io/cluster: my-cluster
                """), policy);
        assertTrue(policy.contains("""
                    - from:
                        - namespaceSelector:
                            matchLabels:
                              kubernetes.io/metadata.name: monitoring
                          podSelector:
                            matchLabels:
                              app.kubernetes.io/name: prometheus
                      ports:
                        - port: 9100
                """), policy);
        ValidationReport clean = new ValidateCommand().run(ValidateRequest.builder(root, layer)
                .modules(fixtures.modules()).namespace("shop").build());
        assertEquals("ENC-KEY-PLACEHOLDER EncryptionConfiguration", rules(clean));
        assertTrue(clean.connections().stream().map(c -> c.line()).toList().containsAll(List.of(
                "monitoring/pods[OtherNamespace] => shop/orders[Deployment] : TCP 9100",
                "shop/orders[Deployment] => kafka/my-cluster-kafka-bootstrap[OtherNamespace] : TCP 9092")),
                clean.connections().toString());

        // a hand-made policy that opens orders to the whole monitoring namespace on every port is wider than declared
        Path extra = root.resolve("extra");
        Files.createDirectories(extra);
        Files.writeString(extra.resolve("wide.yaml"), """
                apiVersion: networking.k8s.io/v1
                kind: NetworkPolicy
                metadata: {name: monitoring-wide, namespace: shop}
                spec:
                  podSelector: {matchLabels: {app.kubernetes.io/name: orders}}
                  policyTypes: [Ingress]
                  ingress: [{from: [{namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: monitoring}}}]}]
                """);
        ValidationReport wide = new ValidateCommand().run(ValidateRequest.builder(root, layer).manifestDirectories(List.of(extra))
                .modules(fixtures.modules()).namespace("shop").build());
        assertTrue(wide.findings().stream().anyMatch(f -> f.ruleId().equals(ConnectivityStage.UNDECLARED_ALLOWED)
                && f.message().startsWith("allowed but not declared: monitoring/pods -> orders is allowed on")
                && f.message().contains("declared only on TCP 9100")), rules(wide));
    }

    @Test
    void aPolicyOpenedWiderThanTheGraphIsAWarningNamingItAndTheExtraPeersEvenWhenTheOtherSideBlocks() throws Exception {
        Path extra = dir.resolve("extra");
        Files.createDirectories(extra);
        Files.writeString(extra.resolve("open.yaml"), """
                apiVersion: networking.k8s.io/v1
                kind: NetworkPolicy
                metadata: {name: redis-open, namespace: shop}
                spec:
                  podSelector: {matchLabels: {app.kubernetes.io/name: redis}}
                  policyTypes: [Ingress]
                  ingress: [{from: [{podSelector: {}}], ports: [{port: 6379}]}]
                ---
                apiVersion: networking.k8s.io/v1
                kind: NetworkPolicy
                metadata: {name: web-out, namespace: shop}
                spec:
                  podSelector: {matchLabels: {app.kubernetes.io/name: web}}
                  policyTypes: [Egress]
                  egress: [{to: [{podSelector: {matchLabels: {app.kubernetes.io/name: api}}}]}]
                """);
        ValidationReport r = validate(List.of(extra), FailOn.ERROR);
        List<Finding> wide = r.findings().stream().filter(f -> f.ruleId().equals(ConnectivityStage.ONE_SIDED)).toList();
        assertEquals(List.of("NetworkPolicy/shop/redis-open", "NetworkPolicy/shop/web-out"),
                wide.stream().map(Finding::object).toList(), rules(r));
        assertEquals("NetworkPolicy shop/redis-open admits to redis web (TCP 6379), which the graph does not declare;"
                + " only their egress blocks it today", wide.get(0).message());
        assertEquals("NetworkPolicy shop/web-out lets web reach api (All Connections), which the graph does not declare; only their"
                + " ingress blocks it today", wide.get(1).message(), "declared on 9000 only; every other port is extra");
        assertTrue(wide.stream().allMatch(f -> f.severity() == io.aiplatform.security.core.validate.Severity.WARNING));
        assertFalse(r.findings().stream().anyMatch(f -> f.ruleId().equals(ConnectivityStage.UNDECLARED_ALLOWED)),
                "the other side still blocks: " + rules(r));
    }

    @Test
    void theGeneratedAuditPolicyKeepsSecretBodiesOutOfTheLogAndAChangedOneIsCaught() throws Exception {
        Path policy = out.resolve("control-plane/audit-policy.yaml");
        String text = Files.readString(policy);
        assertTrue(text.startsWith("# Generated by ai-security from shop; do not edit.\napiVersion: audit.k8s.io/v1\nkind: Policy\n"),
                text);
        int secrets = text.indexOf("- secrets");
        int requestResponse = text.indexOf("level: RequestResponse");
        assertTrue(secrets > 0 && requestResponse > secrets, "Secrets at Metadata come before any RequestResponse rule");
        assertEquals("rw-r--r--", java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(policy)), "no key material: an ordinary file");

        Files.writeString(policy, text.replaceFirst("(?s)(rules:\n)", "$1  - level: RequestResponse\n"
                + "    users: [ops]\n    resources:\n      - group: \"\"\n        resources: [secrets]\n"));
        ValidationReport r = validate(List.of(), FailOn.ERROR);
        Finding logged = r.findings().stream().filter(f -> f.ruleId().equals("AUDIT-SECRETS-LOGGED")).findFirst()
                .orElseThrow(() -> new AssertionError(rules(r)));
        assertEquals("rules[0] (level RequestResponse) logs the bodies of requests on Secrets: their values reach the"
                + " audit log", logged.message());
        assertTrue(r.failed());
    }

    @Test
    void externalSecretsReplaceSecretValuesInGitAndPassTheirSchema() throws Exception {
        Path root = dir.resolve("eso");
        Fixtures fixtures = new Fixtures(root.resolve("src"))
                .service("web", "role: api\nports: [{name: http, port: 8080}]\n"
                        + "secrets: [shared-db, {name: tls, immutable: true}]\n")
                .service("api", "role: api\nports: [{name: http, port: 9000}]\nsecrets: [shared-db]\n");
        Path layer = root.resolve("out");
        new OutputWriter().write(layer, new SecurityLayerGenerator(new PlatformSettings("shop", "shop", true, true,
                Map.of()), new EncryptionSettings(EncryptionProvider.SECRETBOX, "key1", null, null, null, null),
                java.util.Set.of(io.aiplatform.security.core.generate.OutputFormat.KUSTOMIZE,
                        io.aiplatform.security.core.generate.OutputFormat.EXTERNAL_SECRETS), null,
                new io.aiplatform.security.core.generate.ExternalSecretsSettings("vault", "ClusterSecretStore",
                        "{platform}/{namespace}/{secret}", "15m")).generate(fixtures.graph()));
        assertEquals(List.of("shared-db.yaml", "tls.yaml"), Files.list(layer.resolve("manifests/external-secrets"))
                .map(p -> p.getFileName().toString()).sorted().toList(), "one per Secret, however many services read it");
        String tls = Files.readString(layer.resolve("manifests/external-secrets/tls.yaml"));
        assertTrue(tls.contains("kind: ExternalSecret") && tls.contains("key: shop/shop/tls")
                && tls.contains("immutable: true") && tls.contains("refreshInterval: 0s")
                && tls.contains("kind: ClusterSecretStore") && tls.contains("name: vault"), tls);
        String shared = Files.readString(layer.resolve("manifests/external-secrets/shared-db.yaml"));
        assertTrue(shared.contains("immutable: false") && shared.contains("refreshInterval: 15m"), shared);
        assertTrue(Files.readString(layer.resolve("manifests/kustomization.yaml")).contains("external-secrets/tls.yaml"));
        ValidationReport clean = new ValidateCommand().run(ValidateRequest.builder(root, layer)
                .modules(fixtures.modules()).namespace("shop").build());
        assertEquals("ENC-KEY-PLACEHOLDER EncryptionConfiguration\nNETPOL-API-SERVER-BLOCKED Service/api"
                + "\nNETPOL-API-SERVER-BLOCKED Service/web", rules(clean), "the bundled ExternalSecret schema passes");

        Files.writeString(layer.resolve("manifests/external-secrets/tls.yaml"), tls.replace("immutable: true",
                "immutable: true\n    secretValue: hunter2"));
        ValidationReport broken = new ValidateCommand().run(ValidateRequest.builder(root, layer)
                .modules(fixtures.modules()).namespace("shop").build());
        assertTrue(broken.findings().stream().anyMatch(f -> f.ruleId().startsWith("SCHEMA")
                && f.message().contains("secretValue")), rules(broken) + broken.findings());
    }

    @Test
    void aTrackedFileTooLargeToScanForKeyMaterialIsAWarningNamingItAndTheLimit() throws Exception {
        Path tracked = dir.resolve("tracked");
        Files.createDirectories(tracked);
        Files.write(tracked.resolve("dump.bin"), new byte[4 * 1024 * 1024 + 1]);
        ValidationReport r = validate(List.of(tracked), FailOn.ERROR);
        Finding f = r.findings().stream().filter(x -> x.message().contains("not scanned")).findFirst()
                .orElseThrow(() -> new AssertionError(rules(r)));
        assertEquals("warning", f.severity().id());
        assertTrue(f.file().toString().endsWith("dump.bin"), f.file().toString());
        assertTrue(f.message().contains("4194305 bytes, more than the 4194304 (4 MiB) scanned"), f.message());
    }
}
