package io.aiplatform.security.core.generate;

import static io.aiplatform.security.core.Fixtures.dep;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aiplatform.security.core.Fixtures;
import io.aiplatform.security.core.catalog.ClientCatalog;
import io.aiplatform.security.core.convention.ApiServerPorts;
import io.aiplatform.security.core.convention.PodSecurityLevel;
import io.aiplatform.security.core.graph.Module;
import io.aiplatform.security.core.graph.ServiceGraph;
import io.aiplatform.security.core.graph.ServiceGraphBuilder;
import io.aiplatform.security.core.io.GeneratedFile;
import io.aiplatform.security.core.io.ManifestReader;
import io.aiplatform.security.core.io.ManifestSerializer;
import io.aiplatform.security.core.io.SecurityLayer;
import io.aiplatform.security.core.layer.SecurityLayerGenerator;
import io.aiplatform.security.core.support.EncryptionProvider;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.rbac.Role;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

class SecurityLayerGeneratorTest {

    static final PlatformSettings PLATFORM = new PlatformSettings("shop", "shop-platform", true, true,
            Map.of("kubernetes.io/metadata.name", "ingress-nginx"));
    static final EncryptionSettings NO_KEY = new EncryptionSettings(EncryptionProvider.SECRETBOX, "key1", null,
            null, null, null);

    @TempDir
    Path dir;

    private Fixtures shop() {
        return new Fixtures(dir)
                .service("gateway", "role: api\nports: [{name: http, port: 8080}]\ningress: {external: true}\n"
                        + "secrets: [gw-keys, {name: tls, watch: true}]\nconfigMaps: [gw-config]\n"
                        + "kubernetesApi: [{resources: [services, endpoints], verbs: [list, get]}]\n",
                        dep("orders"), dep("org.postgresql:postgresql"))
                .service("orders", "role: api\nports: [{name: http, port: 9000}]\n")
                .service("db", "role: database\nports: [{name: pg, port: 5432}]\nprovides: [postgresql]\n"
                        + "secrets: [db-credentials]\n")
                .service("batch", "role: worker\n")
                .service("scraper", "role: monitoring\nkubernetesApi: [{resources: [pods], verbs: [list, watch], scope: cluster}]\n");
    }

    private static <T> T object(SecurityLayer layer, String path, Class<T> type) throws Exception {
        Object plain = new Yaml().load(layer.byPath().get(path).content());
        return new ManifestSerializer().convert(plain, type);
    }

    @Test
    void writesTheFilesOfEveryServiceAndAKustomizationListingThem() throws Exception {
        SecurityLayer layer = new SecurityLayerGenerator(PLATFORM, NO_KEY).generate(shop().graph());
        assertTrue(layer.byPath().containsKey("manifests/default-deny-all.yaml"));
        assertTrue(layer.byPath().containsKey("manifests/allow-dns.yaml"));
        assertTrue(layer.byPath().containsKey("manifests/services/gateway/role.yaml"));
        assertFalse(layer.byPath().containsKey("manifests/services/orders/role.yaml"), "orders needs no permission");
        assertFalse(layer.byPath().containsKey("manifests/services/orders/role-binding.yaml"));
        assertTrue(layer.byPath().containsKey("manifests/services/scraper/cluster-role.yaml"));
        Map<String, Object> kustomization = new Yaml()
                .load(layer.byPath().get("manifests/kustomization.yaml").content());
        @SuppressWarnings("unchecked")
        List<String> resources = (List<String>) kustomization.get("resources");
        List<String> expected = layer.under("manifests").keySet().stream()
                .filter(p -> !p.equals("kustomization.yaml")).toList();
        assertEquals(expected, resources);
        assertFalse(resources.stream().anyMatch(r -> r.contains("encryption")));
    }

    @Test
    void everyObjectCarriesThePlatformLabels() throws Exception {
        SecurityLayer layer = new SecurityLayerGenerator(PLATFORM, NO_KEY).generate(shop().graph());
        for (GeneratedFile f : layer.under("manifests").values()) {
            if (f.path().endsWith("kustomization.yaml")) {
                continue;
            }
            Map<String, Object> doc = new Yaml().load(f.content());
            @SuppressWarnings("unchecked")
            Map<String, Object> labels = (Map<String, Object>) ((Map<String, Object>) doc.get("metadata")).get("labels");
            assertEquals("ai-security-maven-plugin", labels.get("app.kubernetes.io/managed-by"), f.path());
            assertEquals("shop-platform", labels.get("app.kubernetes.io/part-of"), f.path());
        }
    }

    @Test
    void defaultDenyAndDnsCanBeTurnedOff() throws Exception {
        PlatformSettings off = new PlatformSettings("shop", "p", false, false, Map.of());
        SecurityLayer layer = new SecurityLayerGenerator(off, NO_KEY).generate(shop().graph());
        assertFalse(layer.byPath().containsKey("manifests/default-deny-all.yaml"));
        assertFalse(layer.byPath().containsKey("manifests/allow-dns.yaml"));
    }

    @Test
    void allowDnsIsOnePeerWithBothSelectorsOnUdpAndTcp53() throws Exception {
        SecurityLayer layer = new SecurityLayerGenerator(PLATFORM, NO_KEY).generate(shop().graph());
        NetworkPolicy dns = object(layer, "manifests/allow-dns.yaml", NetworkPolicy.class);
        assertEquals(List.of("Egress"), dns.getSpec().getPolicyTypes());
        var rule = dns.getSpec().getEgress().get(0);
        assertEquals(1, rule.getTo().size());
        assertEquals(Map.of("kubernetes.io/metadata.name", "kube-system"),
                rule.getTo().get(0).getNamespaceSelector().getMatchLabels());
        assertEquals(Map.of("k8s-app", "kube-dns"), rule.getTo().get(0).getPodSelector().getMatchLabels());
        assertEquals(List.of("53/UDP", "53/TCP"), rule.getPorts().stream()
                .map(p -> p.getPort().getIntVal() + "/" + p.getProtocol()).toList());
        NetworkPolicy deny = object(layer, "manifests/default-deny-all.yaml", NetworkPolicy.class);
        assertEquals(List.of("Ingress", "Egress"), deny.getSpec().getPolicyTypes());
        assertTrue(deny.getSpec().getPodSelector().getMatchLabels().isEmpty());
        assertTrue(deny.getSpec().getIngress().isEmpty() && deny.getSpec().getEgress().isEmpty());
    }

    @Test
    void replicasReachEachOtherOnlyOnTheirPeerPorts() throws Exception {
        ServiceGraph graph = new Fixtures(dir.resolve("peers"))
                .service("kafka", "role: worker\nports: [{name: client, port: 9092}, {name: internal, port: 9093}]\n"
                        + "peers: [internal]\n")
                .graph();
        NetworkPolicy kafka = object(new SecurityLayerGenerator(PLATFORM, NO_KEY).generate(graph),
                "manifests/services/kafka/network-policy.yaml", NetworkPolicy.class);
        assertEquals(1, kafka.getSpec().getIngress().size());
        assertEquals(Map.of("app.kubernetes.io/name", "kafka"),
                kafka.getSpec().getIngress().get(0).getFrom().get(0).getPodSelector().getMatchLabels());
        assertEquals(9093, kafka.getSpec().getIngress().get(0).getPorts().get(0).getPort().getIntVal());
        assertEquals(1, kafka.getSpec().getIngress().get(0).getPorts().size(), "the client port is not opened to replicas");
        assertEquals(Map.of("app.kubernetes.io/name", "kafka"),
                kafka.getSpec().getEgress().get(0).getTo().get(0).getPodSelector().getMatchLabels());
        assertEquals(9093, kafka.getSpec().getEgress().get(0).getPorts().get(0).getPort().getIntVal());
    }

    @Test
    void externalIngressPublishesOnlyThePortsItNames() throws Exception {
        ServiceGraph graph = new Fixtures(dir.resolve("broker"))
                .service("rabbitmq", "role: worker\nports: [{name: amqp, port: 5672}, {name: management, port: 15672}]\n"
                        + "ingress: {external: true, ports: [management]}\n")
                .graph();
        NetworkPolicy broker = object(new SecurityLayerGenerator(PLATFORM, NO_KEY).generate(graph),
                "manifests/services/rabbitmq/network-policy.yaml", NetworkPolicy.class);
        assertEquals(List.of(15672), broker.getSpec().getIngress().get(0).getPorts().stream()
                .map(p -> p.getPort().getIntVal()).toList(), "AMQP is not published");
    }

    @Test
    void servicePolicyAllowsExactlyCallersAndCallees() throws Exception {
        SecurityLayer layer = new SecurityLayerGenerator(PLATFORM, NO_KEY).generate(shop().graph());
        NetworkPolicy gw = object(layer, "manifests/services/gateway/network-policy.yaml", NetworkPolicy.class);
        assertEquals("gateway-network-policy", gw.getMetadata().getName());
        assertEquals("shop", gw.getMetadata().getNamespace());
        assertEquals(Map.of("app.kubernetes.io/name", "gateway"), gw.getSpec().getPodSelector().getMatchLabels());
        assertEquals(1, gw.getSpec().getIngress().size(), "only the external rule");
        assertEquals(Map.of("kubernetes.io/metadata.name", "ingress-nginx"),
                gw.getSpec().getIngress().get(0).getFrom().get(0).getNamespaceSelector().getMatchLabels());
        List<String> egress = gw.getSpec().getEgress().stream().map(r -> r.getTo().get(0).getPodSelector()
                .getMatchLabels().get("app.kubernetes.io/name") + ":" + r.getPorts().get(0).getPort().getIntVal()).toList();
        assertEquals(List.of("db:5432", "orders:9000"), egress);

        NetworkPolicy db = object(layer, "manifests/services/db/network-policy.yaml", NetworkPolicy.class);
        assertEquals(1, db.getSpec().getIngress().size());
        assertEquals(Map.of("app.kubernetes.io/name", "gateway"),
                db.getSpec().getIngress().get(0).getFrom().get(0).getPodSelector().getMatchLabels());
        assertTrue(db.getSpec().getEgress().isEmpty(), "a database that calls nothing has no egress beyond DNS");
        assertEquals(List.of("Ingress", "Egress"), db.getSpec().getPolicyTypes());
    }

    @Test
    void rolesAreLeastPrivilege() throws Exception {
        SecurityLayer layer = new SecurityLayerGenerator(PLATFORM, NO_KEY).generate(shop().graph());
        Role role = object(layer, "manifests/services/gateway/role.yaml", Role.class);
        List<String> rules = role.getRules().stream().map(r -> r.getApiGroups() + " " + r.getResources() + " "
                + r.getVerbs() + " " + r.getResourceNames()).toList();
        assertEquals(List.of(
                "[] [secrets] [get] [gw-keys]",
                "[] [secrets] [get, watch] [tls]",
                "[] [configmaps] [get] [gw-config]",
                "[] [endpoints, services] [get, list] []"), rules);
        for (var rule : role.getRules()) {
            assertFalse(rule.getVerbs().contains("*") || rule.getResources().contains("*")
                    || rule.getApiGroups().contains("*"));
            if (rule.getResources().contains("secrets")) {
                assertFalse(rule.getResourceNames().isEmpty(), "secrets only by name");
                assertFalse(rule.getVerbs().contains("list"));
            }
        }
        String binding = layer.byPath().get("manifests/services/gateway/role-binding.yaml").content();
        assertTrue(binding.contains("name: gateway-role"), binding);
        assertTrue(binding.contains("name: gateway-sa"), binding);
        String clusterRole = layer.byPath().get("manifests/services/scraper/cluster-role.yaml").content();
        assertTrue(clusterRole.contains("kind: ClusterRole") && clusterRole.contains("name: shop-scraper-clusterrole"));
        assertFalse(layer.byPath().containsKey("manifests/services/gateway/cluster-role.yaml"), "no ClusterRole unless asked");
    }

    @Test
    void serviceAccountsMountTokensByRole() throws Exception {
        SecurityLayer layer = new SecurityLayerGenerator(PLATFORM, NO_KEY).generate(shop().graph());
        assertTrue(layer.byPath().get("manifests/services/gateway/service-account.yaml").content()
                .contains("automountServiceAccountToken: true"));
        assertTrue(layer.byPath().get("manifests/services/db/service-account.yaml").content()
                .contains("automountServiceAccountToken: false"));
        assertTrue(layer.byPath().get("manifests/services/batch/service-account.yaml").content()
                .contains("name: batch-sa"));
    }

    @Test
    void outputIsByteForByteDeterministicWhateverTheModuleOrder() throws Exception {
        Fixtures fixtures = shop();
        ServiceGraph graph = fixtures.graph();
        List<Module> shuffled = new ArrayList<>(fixtures.modules());
        Collections.reverse(shuffled);
        ServiceGraph again = new ServiceGraphBuilder(ClientCatalog.builtIn(), dir).build(shuffled);
        SecurityLayer a = new SecurityLayerGenerator(PLATFORM, NO_KEY).generate(graph);
        SecurityLayer b = new SecurityLayerGenerator(PLATFORM, NO_KEY).generate(again);
        assertEquals(a.byPath().keySet(), b.byPath().keySet());
        for (String path : a.byPath().keySet()) {
            assertEquals(a.byPath().get(path).content(), b.byPath().get(path).content(), path);
        }
    }

    @Test
    void everyYamlFileStartsWithOneCommentNamingWhatItWasGeneratedFrom() throws Exception {
        SecurityLayer layer = new SecurityLayerGenerator(PLATFORM.withSource("com.example:shop"), NO_KEY)
                .generate(shop().graph());
        List<String> yaml = layer.byPath().keySet().stream().filter(p -> p.endsWith(".yaml")).toList();
        assertTrue(yaml.containsAll(List.of("manifests/kustomization.yaml", "manifests/default-deny-all.yaml",
                "manifests/services/gateway/network-policy.yaml", "control-plane/encryption-config.yaml",
                "control-plane/audit-policy.yaml")), yaml.toString());
        for (String path : yaml) {
            String content = layer.byPath().get(path).content();
            assertTrue(content.startsWith("# Generated by ai-security from com.example:shop; do not edit.\n"), path);
            assertFalse(content.substring(1).contains("# Generated by"), path + " has one header");
            assertTrue(content.lines().skip(1).findFirst().orElseThrow().startsWith("apiVersion: "), path);
        }
        // no coordinates given (a test, a tool): the platform's name
        assertTrue(new SecurityLayerGenerator(PLATFORM, NO_KEY).generate(shop().graph()).byPath()
                .get("manifests/kustomization.yaml").content()
                .startsWith("# Generated by ai-security from shop-platform; do not edit.\napiVersion: "));
        assertThrows(IllegalArgumentException.class, () -> PLATFORM.withSource("x */ }}{{ evil"));
    }

    @Test
    void theEncryptionConfigIsOwnerOnlyAndNeverAManifest() throws Exception {
        SecurityLayer layer = new SecurityLayerGenerator(PLATFORM, NO_KEY).generate(shop().graph());
        GeneratedFile config = layer.byPath().get("control-plane/encryption-config.yaml");
        assertTrue(config.ownerOnly());
        assertTrue(layer.under("manifests").values().stream().noneMatch(GeneratedFile::ownerOnly));
        assertTrue(layer.under("manifests").values().stream().noneMatch(f -> f.content().contains("EncryptionConfiguration")));
    }

    @Test
    void parsesBackWithTheManifestReader() throws Exception {
        SecurityLayer layer = new SecurityLayerGenerator(PLATFORM, NO_KEY).generate(shop().graph());
        Path file = dir.resolve("np.yaml");
        Files.writeString(file, layer.byPath().get("manifests/services/gateway/network-policy.yaml").content());
        assertEquals("NetworkPolicy", new ManifestReader().read(file).get(0).get("kind"));
        assertNull(new ManifestReader().read(file).get(0).get("status"));
    }

    @Test
    void theNamespaceEnforcesAuditsAndWarnsAtOnePinnedPodSecurityLevel() throws Exception {
        SecurityLayer layer = new SecurityLayerGenerator(PLATFORM, NO_KEY).generate(shop().graph());
        Namespace ns = object(layer, "manifests/namespace.yaml",
                Namespace.class);
        assertEquals("shop", ns.getMetadata().getName());
        Map<String, String> psa = new TreeMap<>(ns.getMetadata().getLabels());
        psa.keySet().removeIf(k -> !k.startsWith("pod-security.kubernetes.io/"));
        assertEquals(Map.of("pod-security.kubernetes.io/enforce", "restricted",
                "pod-security.kubernetes.io/enforce-version", "v1.33",
                "pod-security.kubernetes.io/audit", "restricted", "pod-security.kubernetes.io/audit-version", "v1.33",
                "pod-security.kubernetes.io/warn", "restricted", "pod-security.kubernetes.io/warn-version", "v1.33"), psa);

        PlatformSettings baseline = new PlatformSettings("shop", "p", true, true, Map.of(), List.of(),
                ApiServerPorts.DEFAULT, PodSecurity.of("baseline", "latest"));
        ns = object(new SecurityLayerGenerator(baseline, NO_KEY).generate(shop().graph()), "manifests/namespace.yaml",
                Namespace.class);
        assertEquals("baseline", ns.getMetadata().getLabels().get("pod-security.kubernetes.io/warn"));
        assertEquals("latest", ns.getMetadata().getLabels().get("pod-security.kubernetes.io/enforce-version"));

        PlatformSettings none = new PlatformSettings("shop", "p", true, true, Map.of(), List.of(),
                ApiServerPorts.DEFAULT, PodSecurity.of("none", PodSecurityLevel.DEFAULT_VERSION));
        assertFalse(new SecurityLayerGenerator(none, NO_KEY).generate(shop().graph()).byPath()
                .containsKey("manifests/namespace.yaml"), "none: the namespace is managed elsewhere");
        IllegalArgumentException bad = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> PodSecurity.of("strict", "v1.33"));
        assertEquals("podSecurity 'strict' is not one of [restricted, baseline, privileged, none]", bad.getMessage());
        assertThrows(IllegalArgumentException.class, () -> PodSecurity.of("restricted", "1.33"));
    }
}
