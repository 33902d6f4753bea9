package io.aiplatform.security.core.helm;

import static io.aiplatform.security.core.Fixtures.dep;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.aiplatform.security.core.Fixtures;
import io.aiplatform.security.core.command.ValidateCommand;
import io.aiplatform.security.core.command.ValidateRequest;
import io.aiplatform.security.core.convention.ApiServerPorts;
import io.aiplatform.security.core.convention.OutputFolders;
import io.aiplatform.security.core.generate.EncryptionKey;
import io.aiplatform.security.core.generate.EncryptionSettings;
import io.aiplatform.security.core.generate.OutputFormat;
import io.aiplatform.security.core.generate.PlatformSettings;
import io.aiplatform.security.core.graph.ServiceGraph;
import io.aiplatform.security.core.io.GeneratedFile;
import io.aiplatform.security.core.io.OutputWriter;
import io.aiplatform.security.core.io.SecurityLayer;
import io.aiplatform.security.core.layer.SecurityLayerGenerator;
import io.aiplatform.security.core.support.EncryptionProvider;
import io.aiplatform.security.core.validate.Severity;
import io.aiplatform.security.core.validate.ValidationReport;
import io.aiplatform.security.it.HelmChart;
import io.aiplatform.security.it.ItFiles;
import io.aiplatform.security.it.Kustomize;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The chart written by the helm format, driven through the real Helm library (helm-java): lint,
 * template against the kustomize output, each values switch, the values schema, the notes, and
 * validate-security on what Helm rendered. Skipped where helm-java has no native Helm.
 */
class HelmChartTest {

    static final PlatformSettings PLATFORM = new PlatformSettings("shop", "shop", true, true,
            Map.of("kubernetes.io/metadata.name", "ingress-nginx"), List.of("172.18.0.2/32"),
            ApiServerPorts.DEFAULT);
    static final String KEY = Base64.getEncoder().encodeToString(
            "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII));

    @TempDir
    static Path dir;
    static ServiceGraph graph;
    static List<io.aiplatform.security.core.graph.Module> modules;
    static SecurityLayer layer;
    static Path out;
    static Path chart;
    static Map<String, Map<String, Object>> kustomize;

    @BeforeAll
    static void generate() throws Exception {
        Fixtures fixtures = new Fixtures(dir.resolve("src"))
                .service("gateway", "role: api\nports: [{name: http, port: 8080}]\ningress: {external: true}\n"
                        + "secrets: [gw-keys]\nserviceAccountAnnotations: {iam.example.com/role: gateway}\n",
                        dep("orders"), dep("org.postgresql:postgresql"))
                .service("orders", "role: api\nports: [{name: http, port: 9000}]\n")
                .service("db", "role: database\nports: [{name: pg, port: 5432}]\nprovides: [postgresql]\n")
                .service("scraper", "role: monitoring\n"
                        + "kubernetesApi: [{resources: [pods], verbs: [list, watch], scope: cluster}]\n")
                ;
        graph = fixtures.graph();
        modules = fixtures.modules();
        EncryptionSettings encryption = new EncryptionSettings(EncryptionProvider.SECRETBOX, "key1",
                EncryptionKey.of(KEY, "test", EncryptionProvider.SECRETBOX), null, null, null);
        layer = new SecurityLayerGenerator(PLATFORM, encryption, Set.of(OutputFormat.KUSTOMIZE, OutputFormat.HELM),
                new HelmChartSettings("1.2.0-SNAPSHOT", "1.2-SNAPSHOT",
                        "target/ai-security/control-plane/encryption-config.yaml")).generate(graph);
        out = dir.resolve("out");
        new OutputWriter().write(out, layer);
        chart = out.resolve("helm/shop-security");
        kustomize = HelmChart.objects(out.resolve("manifests"));
    }

    private static void assumeHelm() {
        assumeTrue(HelmChart.available(), "helm-java has no native Helm for this OS and CPU");
    }

    @Test
    void theChartHasItsFilesAndNoKeyMaterial() throws Exception {
        for (String file : List.of("Chart.yaml", "values.yaml", "values.schema.json", "templates/NOTES.txt",
                "templates/default-deny-all.yaml", "templates/allow-dns.yaml",
                "templates/services/gateway/network-policy.yaml", "templates/services/gateway/service-account.yaml",
                "templates/services/gateway/role.yaml", "templates/services/scraper/cluster-role-binding.yaml")) {
            assertTrue(Files.isRegularFile(chart.resolve(file)), file);
        }
        for (GeneratedFile f : layer.under(OutputFolders.HELM).values()) {
            assertFalse(f.content().contains(KEY), f.path() + " holds the key");
            assertFalse(f.content().contains("kind: EncryptionConfiguration"), f.path());
            assertFalse(f.ownerOnly());
        }
        assertTrue(layer.byPath().get("control-plane/encryption-config.yaml").content().contains(KEY),
                "the control-plane file is the one place the key is");
        String chartYaml = Files.readString(chart.resolve("Chart.yaml"));
        assertTrue(chartYaml.contains("apiVersion: v2\nname: shop-security\n"), chartYaml);
        assertTrue(chartYaml.contains("version: 1.2.0-SNAPSHOT\nappVersion: 1.2-SNAPSHOT\n"), chartYaml);
    }

    @Test
    void theChartPassesHelmLint() {
        assumeHelm();
        assertEquals(List.of(), new HelmChart(chart, "shop").lintProblems());
    }

    @Test
    void defaultValuesRenderExactlyTheKustomizeObjects() {
        assumeHelm();
        Map<String, Map<String, Object>> rendered = HelmChart.objects(new HelmChart(chart, "shop").template(Map.of()));
        assertEquals(kustomize.keySet(), rendered.keySet());
        kustomize.forEach((key, object) -> assertEquals(object, rendered.get(key), key));
        assertEquals(true, rendered.containsKey("ClusterRole//shop-scraper-clusterrole"));
        @SuppressWarnings("unchecked")
        Map<String, Object> meta = (Map<String, Object>) rendered.get("ServiceAccount/shop/gateway-sa").get("metadata");
        assertEquals(Map.of("iam.example.com/role", "gateway"), meta.get("annotations"));
    }

    @Test
    void defaultValuesRenderWhatRealKustomizeRenders() throws Exception {
        assumeHelm();
        assumeTrue(Kustomize.available(), "kubectl is not on the PATH");
        assertEquals(List.of(), HelmChart.differences(HelmChart.objects(Kustomize.render(out.resolve("manifests"))),
                HelmChart.objects(new HelmChart(chart, "shop").template(Map.of()))));
    }

    static Stream<Arguments> switches() {
        Predicate<String> netpol = k -> k.startsWith("NetworkPolicy/");
        Predicate<String> rbac = k -> k.startsWith("ServiceAccount/") || k.startsWith("Role") || k.startsWith("ClusterRole");
        return Stream.of(
                Arguments.of("networkPolicies.enabled", false, netpol),
                Arguments.of("networkPolicies.defaultDeny", false, (Predicate<String>) "NetworkPolicy/shop/default-deny-all"::equals),
                Arguments.of("networkPolicies.allowDNS", false, (Predicate<String>) "NetworkPolicy/shop/allow-dns"::equals),
                Arguments.of("rbac.enabled", false, rbac),
                Arguments.of("rbac.serviceAccounts.gateway.create", false, (Predicate<String>) "ServiceAccount/shop/gateway-sa"::equals),
                Arguments.of("podSecurity.namespace", false, (Predicate<String>) "Namespace//shop"::equals),
                Arguments.of("secrets.encryption.enabled", false, (Predicate<String>) k -> false));
    }

    @ParameterizedTest(name = "{0}={1}")
    @MethodSource("switches")
    void eachSwitchRemovesExactlyTheObjectsItNames(String value, Object setting, Predicate<String> removed) {
        assumeHelm();
        Map<String, Map<String, Object>> rendered =
                HelmChart.objects(new HelmChart(chart, "shop").template(Map.of(value, setting)));
        Map<String, Map<String, Object>> expected = new TreeMap<>(kustomize);
        expected.keySet().removeIf(removed);
        assertFalse(expected.size() == kustomize.size() && !value.startsWith("secrets"), "the switch names objects");
        assertEquals(expected, rendered);
    }

    @Test
    void objectsAndSubjectsGoToTheReleaseNamespaceOrTheNamespaceValue() {
        assumeHelm();
        Map<String, Map<String, Object>> released = HelmChart.objects(new HelmChart(chart, "staging").template(Map.of()));
        assertEquals(kustomize.size(), released.size());
        assertTrue(released.keySet().stream().allMatch(k -> k.startsWith("ClusterRole") || k.contains("/staging/")
                || k.equals("Namespace//staging")), released.keySet().toString());
        String text = new HelmChart(chart, "staging").template(Map.of());
        assertFalse(text.contains("namespace: shop"), "no object or subject keeps the generated namespace");
        assertTrue(text.contains("app.kubernetes.io/part-of: shop"), "labels are not namespaces");
        assertTrue(text.contains("kubernetes.io/metadata.name: ingress-nginx"), "selectors of other namespaces stay");
        assertEquals(kustomize, HelmChart.objects(new HelmChart(chart, "staging").template(Map.of("namespace", "shop"))),
                "the namespace value wins over the release's");
        String notes = new HelmChart(chart, "staging").notes(Map.of());
        assertTrue(notes.contains("in namespace staging") && notes.contains("generated and validated for namespace shop"),
                notes);
        assertFalse(new HelmChart(chart, "shop").notes(Map.of()).contains("generated and validated for"));
    }

    @Test
    void twoSwitchesTogether() {
        assumeHelm();
        Map<String, Object> set = new LinkedHashMap<>();
        set.put("networkPolicies.defaultDeny", false);
        set.put("rbac.enabled", false);
        Map<String, Map<String, Object>> rendered = HelmChart.objects(new HelmChart(chart, "shop").template(set));
        Map<String, Map<String, Object>> expected = new TreeMap<>(kustomize);
        expected.keySet().removeIf(k -> !k.startsWith("NetworkPolicy/") && !k.startsWith("Namespace/")
                || k.endsWith("/default-deny-all"));
        assertEquals(expected, rendered);
    }

    @Test
    void serviceAccountTokenAndAnnotationsComeFromValues() {
        assumeHelm();
        Object generated = kustomize.get("ServiceAccount/shop/orders-sa").get("automountServiceAccountToken");
        Map<String, Object> set = new LinkedHashMap<>();
        set.put("rbac.serviceAccounts.orders.automountServiceAccountToken", !Boolean.TRUE.equals(generated));
        set.put("rbac.serviceAccounts.orders.annotations.team", "orders");
        Map<String, Map<String, Object>> rendered = HelmChart.objects(new HelmChart(chart, "shop").template(set));
        Map<String, Object> sa = rendered.get("ServiceAccount/shop/orders-sa");
        assertEquals(!Boolean.TRUE.equals(generated), sa.get("automountServiceAccountToken"));
        @SuppressWarnings("unchecked")
        Map<String, Object> meta = (Map<String, Object>) sa.get("metadata");
        assertEquals(Map.of("team", "orders"), meta.get("annotations"));
        Map<String, Map<String, Object>> others = new TreeMap<>(rendered);
        others.remove("ServiceAccount/shop/orders-sa");
        Map<String, Map<String, Object>> expected = new TreeMap<>(kustomize);
        expected.remove("ServiceAccount/shop/orders-sa");
        assertEquals(expected, others, "nothing else changes");
    }

    @Test
    void valuesThatCarryAKeyAreRefusedBeforeAnythingRenders() {
        assumeHelm();
        for (String where : List.of("secrets.encryption.secret", "secrets.encryption.key", "secrets.encryption.kms.key",
                "secrets.key")) {
            RuntimeException e = assertThrows(RuntimeException.class,
                    () -> new HelmChart(chart, "shop").template(Map.of(where, KEY)), where);
            assertTrue(e.getMessage().contains("values don't meet the specifications of the schema"), e.getMessage());
            assertFalse(e.getMessage().contains(KEY), "the refusal does not repeat the key");
        }
        RuntimeException kms = assertThrows(RuntimeException.class,
                () -> new HelmChart(chart, "shop").template(Map.of("secrets.encryption.provider", "kms")));
        assertTrue(kms.getMessage().contains("kms"), "kms without a plugin name and endpoint: " + kms.getMessage());
    }

    @Test
    void notesSayWhereTheControlPlaneFileIsAndHowToInstallIt() {
        assumeHelm();
        String notes = new HelmChart(chart, "shop").notes(Map.of());
        assertTrue(notes.contains("Secrets encryption at rest (secretbox) is configured on the API servers"), notes);
        assertTrue(notes.contains("target/ai-security/control-plane/encryption-config.yaml"), notes);
        assertTrue(notes.contains("--encryption-provider-config=/etc/kubernetes/enc/encryption-config.yaml"), notes);
        assertTrue(notes.contains("Its first key is \"key1\"."), notes);
        assertTrue(notes.contains("kubectl get secrets --all-namespaces -o json | kubectl replace -f -"), notes);
        assertFalse(notes.contains(KEY));
        assertFalse(notes.contains("kind: EncryptionConfiguration"), "the file is never rendered into the cluster");

        String other = new HelmChart(chart, "shop").notes(Map.of("secrets.encryption.provider", "aesgcm"));
        assertTrue(other.contains("-Dai-security.encryptionProvider=aesgcm"), other);
        String off = new HelmChart(chart, "shop").notes(Map.of("secrets.encryption.enabled", false,
                "networkPolicies.enabled", false));
        assertTrue(off.contains("- Secrets encryption at rest: off"), off);
        assertFalse(off.contains("--encryption-provider-config"), off);
        assertTrue(off.contains("NetworkPolicies: off"), off);
    }

    @Test
    void validateSecurityPassesOnTheRenderedChart() throws Exception {
        assumeHelm();
        Path rendered = HelmChart.write(new HelmChart(chart, "shop").template(Map.of()), dir.resolve("rendered/chart.yaml"));
        Path nothingGenerated = Files.createDirectories(dir.resolve("validate"));
        ValidationReport report = validate(nothingGenerated, List.of(rendered));
        assertFalse(report.failed(), () -> findings(report).toString());
        assertEquals(kustomize.size(), report.manifests().size());
        Path manifestsOnly = Files.createDirectories(dir.resolve("validate-kustomize"));
        OutputWriter.deleteRecursively(manifestsOnly);
        ItFiles.copyTree(out.resolve("manifests"), manifestsOnly.resolve("manifests"));
        assertEquals(findings(validate(manifestsOnly, List.of())), findings(report),
                "the same findings as the kustomize output");
        assertTrue(findings(report).contains("RBAC-CLUSTER-ROLE warning ClusterRoleBinding/shop-scraper-clusterrolebinding"));
        // gateway's Role reads its Secret and its role mounts the token: it reaches the API server too
        assertEquals(List.of("shop/gateway[Deployment] => 172.18.0.2-172.18.0.2[External] : TCP 443,6443",
                "shop/gateway[Deployment] => shop/db[Deployment] : TCP 5432",
                "shop/gateway[Deployment] => shop/orders[Deployment] : TCP 9000",
                "shop/scraper[Deployment] => 172.18.0.2-172.18.0.2[External] : TCP 443,6443"),
                report.connections().stream().map(c -> c.line()).toList());
    }

    private static ValidationReport validate(Path output, List<Path> manifests) throws Exception {
        return new ValidateCommand().run(ValidateRequest.builder(dir, output).manifestDirectories(manifests)
                .modules(modules).namespace("shop").apiServer(PLATFORM.apiServerEndpoints(), PLATFORM.apiServerPorts())
                .build());
    }

    private static List<String> findings(ValidationReport report) {
        return report.findings().stream().filter(f -> f.severity() != Severity.INFO)
                .map(f -> f.ruleId() + " " + f.severity().name().toLowerCase(Locale.ROOT) + " " + f.object())
                .sorted().toList();
    }

    @Test
    void theApiServerEgressTakesItsAddressesAndPortsFromValuesAndIsLeftOutWithoutAddresses() {
        assumeHelm();
        assertTrue(kustomize.containsKey("NetworkPolicy/shop/scraper-api-server"), kustomize.keySet().toString());
        assertTrue(HelmChart.objects(new HelmChart(chart, "shop").template(Map.of("networkPolicies.apiServer.endpoints", "null")))
                .keySet().stream().noneMatch(k -> k.endsWith("-api-server")), "no addresses: no egress rule without peers");
        Map<String, Map<String, Object>> rendered = HelmChart.objects(new HelmChart(chart, "shop").template(
                Map.of("networkPolicies.apiServer.endpoints[0]", "10.1.2.3/32",
                        "networkPolicies.apiServer.endpoints[1]", "10.1.2.4/32")));
        Map<String, Object> policy = rendered.get("NetworkPolicy/shop/scraper-api-server");
        assertTrue(policy != null, rendered.keySet().toString());
        assertEquals(Map.of("podSelector", Map.of("matchLabels", Map.of("app.kubernetes.io/name", "scraper")),
                "policyTypes", List.of("Egress"),
                "egress", List.of(Map.of(
                        "ports", List.of(Map.of("port", 443, "protocol", "TCP"), Map.of("port", 6443, "protocol", "TCP")),
                        "to", List.of(Map.of("ipBlock", Map.of("cidr", "10.1.2.3/32")),
                                Map.of("ipBlock", Map.of("cidr", "10.1.2.4/32")))))), policy.get("spec"));
        assertEquals(List.of("NetworkPolicy/shop/gateway-api-server", "NetworkPolicy/shop/scraper-api-server"),
                rendered.keySet().stream().filter(k -> k.endsWith("-api-server")).sorted().toList(),
                "only the services with API permissions (scraper's kubernetesApi, gateway's Role for its Secret) and a"
                        + " mounted token");
        assertThrows(RuntimeException.class, () -> new HelmChart(chart, "shop").template(
                Map.of("networkPolicies.apiServer.endpoints[0]", "not-a-cidr")), "the values schema refuses a non-CIDR");
    }
}
