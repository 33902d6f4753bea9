package io.aiplatform.security.it;

import io.aiplatform.security.core.descriptor.DescriptorParser;
import io.aiplatform.security.core.descriptor.PortSpec;
import io.aiplatform.security.core.descriptor.ServiceDescriptor;
import io.aiplatform.security.core.connectivity.ConnectivityAnalyzer;
import io.aiplatform.security.core.connectivity.Workload;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.rbac.PolicyRule;
import io.fabric8.kubernetes.api.model.rbac.Role;
import io.fabric8.kubernetes.api.model.rbac.RoleBinding;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Checks the reference AI platform's generated layer against the connectivity and RBAC of the
 * reference design, computed from the generated NetworkPolicies (not compared with stored YAML).
 * Called from {@code it/ai-platform/verify.groovy}.
 */
public final class ReferencePlatformCheck {

    static final String NS = "ai-platform";
    static final Workload INGRESS_CONTROLLER = Workload.of("ingress-controller", "ingress-nginx",
            Map.of("app.kubernetes.io/name", "ingress-nginx"), List.of());
    static final Workload KUBE_DNS = Workload.of("kube-dns", "kube-system", Map.of("k8s-app", "kube-dns"),
            List.of(new PortSpec("dns", 53, "UDP"), new PortSpec("dns-tcp", 53, "TCP")));
    static final Workload KUBE_SYSTEM_OTHER = Workload.of("metrics-server", "kube-system",
            Map.of("k8s-app", "metrics-server"), List.of(new PortSpec("https", 443, "TCP")));
    static final Workload INTRUDER = Workload.of("intruder", "default", Map.of("app", "intruder"),
            List.of(new PortSpec("http", 8080, "TCP")));
    /** A pod in the platform namespace that no descriptor declares. */
    static final Workload STRANGER = Workload.of("stranger", NS, Map.of("app.kubernetes.io/name", "stranger"),
            List.of(new PortSpec("http", 8080, "TCP")));

    /** The reference design's connectivity: "from -> to" with the destination ports allowed. */
    static final Map<String, Set<Integer>> EXPECTED = new TreeMap<>();

    static {
        for (String m : List.of("max-serve-llama", "max-serve-qwen", "max-serve-deepseek")) {
            expect("gateway", m, 8000);
            expect("agent-router", m, 8000);
            expect("learning-engine", m, 8000);
        }
        expect("gateway", "agent-router", 8081);
        expect("gateway", "qdrant", 6334);
        expect("gateway", "redis", 6379);
        expect("agent-router", "postgres", 5432);
        expect("agent-router", "neo4j", 7687);
        expect("agent-router", "qdrant", 6334);
        expect("agent-router", "redis", 6379);
        expect("mcpjungle", "agent-router", 8081);
        expect("mcpjungle", "redis", 6379);
        expect("mcpjungle", "qdrant", 6334);
        expect("kong", "gateway", 8080);
        expect("kong", "redis", 6379);
        expect("mem0", "qdrant", 6333);
        expect("drift-monitor", "learning-engine", 8100);
        expect("grafana", "prometheus", 9090);
        expect("learning-engine", "postgres", 5432);
        expect("learning-engine", "minio", 9000);
        // Prometheus scrapes every service with a metrics endpoint, and nobody else reaches those ports
        for (String api : List.of("gateway", "agent-router", "mcpjungle", "learning-engine", "drift-monitor")) {
            expect("prometheus", api, 9464);
        }
        for (String m : List.of("max-serve-llama", "max-serve-qwen", "max-serve-deepseek")) {
            expect("prometheus", m, 8001);
        }
        expect("prometheus", "kong", 8100);
        expect("prometheus", "postgres", 9187);
        expect("prometheus", "redis", 9121);
        expect("prometheus", "neo4j", 2004);
        expect("prometheus", "qdrant", 6333);
        expect("prometheus", "minio", 9000);
        expect("ingress-controller", "gateway", 8080);
        expect("ingress-controller", "kong", 8000);
    }

    private static void expect(String from, String to, int port) {
        EXPECTED.computeIfAbsent(from + " -> " + to, k -> new TreeSet<>()).add(port);
    }

    private ReferencePlatformCheck() {
    }

    public static void verify(File basedir) throws Exception {
        Path root = basedir.toPath();
        GeneratedLayer layer = new GeneratedLayer(root.resolve("target/ai-security/manifests"));
        List<Workload> services = services(root);
        if (services.size() != 17) {
            throw new AssertionError("expected the 17 services of the reference design, found " + services.size());
        }
        checkConnectivity(layer, services);
        checkRbac(layer, services);
        checkEncryptionConfig(root.resolve("target/ai-security/control-plane/encryption-config.yaml"));
    }

    /** The same connectivity and RBAC checks on objects rendered another way (the Helm chart). */
    public static void verifyRendered(File basedir, Collection<Map<String, Object>> objects) throws Exception {
        GeneratedLayer layer = new GeneratedLayer(new ArrayList<>(objects));
        List<Workload> services = services(basedir.toPath());
        checkConnectivity(layer, services);
        checkRbac(layer, services);
    }

    static List<Workload> services(Path root) throws Exception {
        List<Workload> workloads = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(root)) {
            for (Path dir : dirs.sorted().toList()) {
                Path descriptorFile = dir.resolve("src/main/ai-security/service.yaml");
                if (!Files.isRegularFile(descriptorFile)) {
                    continue;
                }
                ServiceDescriptor d = new DescriptorParser().parse(descriptorFile);
                String name = d.name() != null ? d.name() : dir.getFileName().toString();
                Map<String, String> labels = d.labels() != null ? d.labels() : Map.of("app.kubernetes.io/name", name);
                workloads.add(Workload.of(name, NS, labels, d.ports()));
            }
        }
        return workloads;
    }

    static void checkConnectivity(GeneratedLayer layer, List<Workload> services) {
        List<NetworkPolicy> policies = layer.all("NetworkPolicy", NetworkPolicy.class);
        List<Workload> all = new ArrayList<>(services);
        all.addAll(List.of(INGRESS_CONTROLLER, KUBE_DNS, KUBE_SYSTEM_OTHER, INTRUDER, STRANGER));
        ConnectivityAnalyzer analyzer = new ConnectivityAnalyzer(policies, all);
        Map<String, Set<Integer>> actual = new TreeMap<>();
        List<String> errors = new ArrayList<>();
        for (Workload src : all) {
            for (Workload dst : all) {
                if (src == dst || (!services.contains(src) && !services.contains(dst))) {
                    continue;
                }
                if (dst == KUBE_DNS) {
                    continue; // checked below
                }
                List<PortSpec> probes = new ArrayList<>(dst.ports());
                probes.add(new PortSpec(null, 22, "TCP"));
                probes.add(new PortSpec(null, 9999, "TCP"));
                for (PortSpec port : probes) {
                    for (String protocol : List.of("TCP", "UDP")) {
                        if (analyzer.allowed(src, dst, port.port(), protocol)) {
                            if (!protocol.equals("TCP")) {
                                errors.add(src.name() + " -> " + dst.name() + " allowed on UDP " + port.port());
                            }
                            actual.computeIfAbsent(src.name() + " -> " + dst.name(), k -> new TreeSet<>()).add(port.port());
                        }
                    }
                }
            }
            if (services.contains(src)) {
                for (String protocol : List.of("UDP", "TCP")) {
                    if (!analyzer.allowed(src, KUBE_DNS, 53, protocol)) {
                        errors.add(src.name() + " cannot reach kube-dns on " + protocol + " 53");
                    }
                }
                if (analyzer.allowed(src, KUBE_DNS, 8080, "TCP")) {
                    errors.add(src.name() + " reaches kube-dns beyond port 53");
                }
            }
        }
        if (!actual.equals(EXPECTED)) {
            for (String edge : new TreeSet<>(union(actual.keySet(), EXPECTED.keySet()))) {
                Set<Integer> a = actual.get(edge);
                Set<Integer> e = EXPECTED.get(edge);
                if (a == null) {
                    errors.add("declared but blocked: " + edge + " " + e);
                } else if (e == null) {
                    errors.add("allowed but not declared: " + edge + " " + a);
                } else if (!a.equals(e)) {
                    errors.add(edge + " allows ports " + a + ", expected " + e);
                }
            }
        }
        for (Workload s : services) {
            // grafana, drift-monitor, learning-engine: their Roles read their Secrets or ConfigMaps through the API and
            // their roles (monitoring, learning) mount the token
            boolean needsApi = List.of("gateway", "agent-router", "kong", "mcpjungle", "prometheus", "grafana",
                    "drift-monitor", "learning-engine").contains(s.name());
            for (int port : List.of(443, 6443)) {
                if (needsApi != analyzer.allowedToAddress(s, "172.18.0.2", port, "TCP")) {
                    errors.add(s.name() + (needsApi ? " cannot reach" : " reaches") + " the API server on " + port);
                }
            }
        }
        Workload mcpjungle = find(services, "mcpjungle");
        if (!analyzer.allowedToAddress(mcpjungle, "140.82.112.3", 443, "TCP")) {
            errors.add("mcpjungle cannot reach the GitHub API over HTTPS");
        }
        for (String ip : List.of("10.0.0.1", "172.16.5.4", "192.168.1.1", "169.254.169.254", "100.64.0.1")) {
            if (analyzer.allowedToAddress(mcpjungle, ip, 443, "TCP") || analyzer.allowedToAddress(mcpjungle, ip, 80, "TCP")) {
                errors.add("mcpjungle reaches private or metadata address " + ip);
            }
        }
        if (analyzer.allowedToAddress(mcpjungle, "140.82.112.3", 80, "TCP")) {
            errors.add("mcpjungle reaches the internet beyond HTTPS");
        }
        for (Workload s : services) {
            if (s != mcpjungle && analyzer.allowedToAddress(s, "140.82.112.3", 443, "TCP")) {
                errors.add(s.name() + " reaches the internet");
            }
            if (analyzer.allowedFromAddress("203.0.113.9", s, s.ports().isEmpty() ? 80 : s.ports().get(0).port(), "TCP")) {
                errors.add(s.name() + " accepts traffic from an external address");
            }
        }
        if (!errors.isEmpty()) {
            throw new AssertionError("connectivity differs from the reference design:\n  " + String.join("\n  ", errors));
        }
    }

    static void checkRbac(GeneratedLayer layer, List<Workload> services) {
        List<String> errors = new ArrayList<>();
        Map<String, ServiceAccount> accounts = new TreeMap<>();
        layer.all("ServiceAccount", ServiceAccount.class).forEach(sa -> accounts.put(sa.getMetadata().getName(), sa));
        Map<String, Role> roles = new TreeMap<>();
        layer.all("Role", Role.class).forEach(r -> roles.put(r.getMetadata().getName(), r));
        Map<String, RoleBinding> bindings = new TreeMap<>();
        layer.all("RoleBinding", RoleBinding.class).forEach(b -> bindings.put(b.getMetadata().getName(), b));
        if (!layer.all("ClusterRole", Object.class).isEmpty() || !layer.all("ClusterRoleBinding", Object.class).isEmpty()) {
            errors.add("the reference platform needs no cluster-wide permission");
        }
        Set<String> referencedSecrets = new TreeSet<>();
        for (Workload s : services) {
            ServiceAccount sa = accounts.get(s.name() + "-sa");
            if (sa == null) {
                errors.add("no ServiceAccount " + s.name() + "-sa");
                continue;
            }
            Role role = roles.get(s.name() + "-role");
            RoleBinding binding = bindings.get(s.name() + "-rolebinding");
            if (role == null || binding == null) {
                errors.add(s.name() + " has no Role or RoleBinding");
                continue;
            }
            if (!binding.getRoleRef().getName().equals(role.getMetadata().getName())
                    || !binding.getSubjects().get(0).getName().equals(sa.getMetadata().getName())) {
                errors.add(binding.getMetadata().getName() + " does not bind " + role.getMetadata().getName() + " to "
                        + sa.getMetadata().getName());
            }
            Map<String, Set<String>> access = new TreeMap<>();
            for (PolicyRule rule : role.getRules()) {
                for (String field : concat(rule.getApiGroups(), rule.getResources(), rule.getVerbs(), rule.getResourceNames())) {
                    if (field.contains("*")) {
                        errors.add(role.getMetadata().getName() + " uses a wildcard");
                    }
                }
                for (String resource : rule.getResources()) {
                    for (String verb : rule.getVerbs()) {
                        access.computeIfAbsent(resource, k -> new TreeSet<>()).add(verb);
                    }
                    if (resource.equals("secrets")) {
                        if (rule.getResourceNames().isEmpty() || rule.getVerbs().contains("list")) {
                            errors.add(role.getMetadata().getName() + " reads Secrets beyond their names");
                        }
                        referencedSecrets.addAll(rule.getResourceNames());
                    }
                    if (resource.equals("configmaps") && rule.getResourceNames().isEmpty()) {
                        errors.add(role.getMetadata().getName() + " reads ConfigMaps beyond their names");
                    }
                }
            }
            String name = s.name();
            boolean api = Set.of("gateway", "agent-router", "mcpjungle", "kong").contains(name);
            boolean inference = name.startsWith("max-serve-");
            boolean database = Set.of("postgres", "redis", "qdrant", "neo4j", "minio").contains(name);
            boolean token = Boolean.TRUE.equals(sa.getAutomountServiceAccountToken());
            boolean mounts = api || Set.of("learning-engine", "drift-monitor", "prometheus", "grafana").contains(name);
            if (mounts != token) {
                errors.add(name + "-sa automountServiceAccountToken is " + token);
            }
            if (api && !(Set.of("get", "list").equals(access.get("services")) && Set.of("get", "list").equals(access.get("endpoints")))) {
                errors.add(name + " (api) should get and list services and endpoints, has " + access);
            }
            if (inference && (!access.keySet().equals(Set.of("configmaps")))) {
                errors.add(name + " (inference) should read ConfigMaps only, has " + access);
            }
            if (database && !access.keySet().equals(Set.of("configmaps", "secrets"))) {
                errors.add(name + " (database) should read its Secrets and ConfigMaps only, has " + access);
            }
            if (name.equals("prometheus") && !(Set.of("get", "list", "watch").equals(access.get("pods"))
                    && Set.of("get", "list", "watch").equals(access.get("services"))
                    && Set.of("get", "list", "watch").equals(access.get("endpoints")))) {
                errors.add("prometheus should list and watch services, endpoints and pods, has " + access);
            }
            if (name.equals("learning-engine")) {
                Set<String> secrets = secretsOf(role);
                if (!secrets.equals(Set.of("postgres-credentials", "minio-credentials"))) {
                    errors.add("learning-engine should read the postgres and minio credentials, reads " + secrets);
                }
            }
            if (name.equals("grafana") && !secretsOf(role).equals(Set.of("grafana-credentials"))) {
                errors.add("grafana should read grafana-credentials only, reads " + secretsOf(role));
            }
        }
        Set<String> designSecrets = new TreeSet<>(List.of("postgres-credentials", "neo4j-credentials",
                "minio-credentials", "grafana-credentials", "gateway-api-keys", "mcpjungle-credentials", "github-token",
                "notion-api-key", "redis-credentials", "qdrant-credentials", "kong-postgres-credentials",
                "kong-oauth2-credentials", "kong-jwt-keys", "tls-certificate", "encryption-keys"));
        if (!referencedSecrets.equals(designSecrets)) {
            errors.add("Secrets referenced " + referencedSecrets + " differ from the reference design " + designSecrets);
        }
        if (!errors.isEmpty()) {
            throw new AssertionError("RBAC differs from the reference design:\n  " + String.join("\n  ", errors));
        }
    }

    static void checkEncryptionConfig(Path file) throws Exception {
        String text = Files.readString(file);
        if (!text.contains("kind: EncryptionConfiguration") || text.indexOf("secretbox") > text.indexOf("identity")) {
            throw new AssertionError("encryption-config.yaml should put secretbox first and identity last:\n" + text);
        }
        String perms = PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
        if (!perms.equals("rw-------")) {
            throw new AssertionError("encryption-config.yaml is " + perms + ", expected rw-------");
        }
    }

    private static Set<String> secretsOf(Role role) {
        Set<String> names = new TreeSet<>();
        role.getRules().stream().filter(r -> r.getResources().contains("secrets")).forEach(r -> names.addAll(r.getResourceNames()));
        return names;
    }

    private static Workload find(List<Workload> services, String name) {
        return services.stream().filter(w -> w.name().equals(name)).findFirst().orElseThrow();
    }

    @SafeVarargs
    private static List<String> concat(List<String>... lists) {
        List<String> all = new ArrayList<>();
        for (List<String> l : lists) {
            if (l != null) {
                all.addAll(l);
            }
        }
        return all;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> u = new TreeSet<>(a);
        u.addAll(b);
        return u;
    }
}
