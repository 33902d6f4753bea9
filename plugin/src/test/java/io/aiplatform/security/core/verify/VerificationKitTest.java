package io.aiplatform.security.core.verify;

import static io.aiplatform.security.core.Fixtures.dep;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.aiplatform.security.core.Fixtures;
import io.aiplatform.security.core.connectivity.ConnectivityAnalyzer;
import io.aiplatform.security.core.connectivity.Workload;
import io.aiplatform.security.core.convention.ApiServerPorts;
import io.aiplatform.security.core.descriptor.PortSpec;
import io.aiplatform.security.core.generate.EncryptionSettings;
import io.aiplatform.security.core.generate.PlatformSettings;
import io.aiplatform.security.core.graph.Service;
import io.aiplatform.security.core.graph.ServiceGraph;
import io.aiplatform.security.core.io.OutputWriter;
import io.aiplatform.security.core.layer.SecurityLayerGenerator;
import io.aiplatform.security.core.support.EncryptionProvider;
import io.aiplatform.security.it.FakeKubectl;
import io.aiplatform.security.it.GeneratedLayer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.rbac.ClusterRole;
import io.fabric8.kubernetes.api.model.rbac.ClusterRoleBinding;
import io.fabric8.kubernetes.api.model.rbac.PolicyRule;
import io.fabric8.kubernetes.api.model.rbac.Role;
import io.fabric8.kubernetes.api.model.rbac.RoleBinding;
import io.fabric8.kubernetes.api.model.rbac.Subject;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The verification kit run for real (/bin/sh) against a fake kubectl whose answers come from the
 * generated layer: the project's connectivity engine decides what each probe reaches, the layer's
 * Roles and bindings what each can-i answers. A correct layer passes; a layer with a rule removed or
 * a permission added fails on the line of that check.
 */
class VerificationKitTest {

    static final String NS = "shop";

    @TempDir
    Path dir;

    private ServiceGraph graph;
    private Path out;

    @BeforeEach
    void generate() throws Exception {
        assumeTrue(new File("/bin/sh").canExecute(), "no /bin/sh");
        graph = new Fixtures(dir.resolve("src"))
                .service("web", "role: api\nports: [{name: http, port: 8080}]\ningress: {external: true}\n"
                        + "secrets: [web-keys]\n", dep("api"))
                .service("api", "role: api\nports: [{name: http, port: 9000}, {name: metrics, port: 9001}]\n"
                        + "secrets: [api-db]\nkubernetesApi: [{resources: [endpoints], verbs: [get, list]}]\n",
                        dep("redis.clients:jedis"))
                .service("redis", "role: database\nports: [{name: redis, port: 6379}]\nprovides: [redis]\n")
                .graph();
        out = dir.resolve("out");
        new OutputWriter().write(out, new SecurityLayerGenerator(
                new PlatformSettings(NS, "shop", true, true, Map.of("kubernetes.io/metadata.name", "ingress-nginx"),
                        List.of("10.96.0.1/32"), ApiServerPorts.DEFAULT),
                new EncryptionSettings(EncryptionProvider.SECRETBOX, "key1", null, null, null, null)).generate(graph));
    }

    /** What kubectl answers, computed from the manifests as they are now (after any breaking edit). */
    private Path facts() throws Exception {
        GeneratedLayer layer = new GeneratedLayer(out.resolve("manifests"));
        List<Workload> workloads = new ArrayList<>();
        Map<String, String> ips = new TreeMap<>();
        List<String> lines = new ArrayList<>();
        int i = 10;
        for (Service s : graph.services()) {
            Workload w = Workload.of(s.name(), NS, s.labels(), s.ports());
            workloads.add(w);
            String ip = "10.1.0." + i++;
            ips.put(s.name(), ip);
            lines.add(String.join("\t", "pod", NS, selector(s.labels()), ip));
        }
        Workload foreign = Workload.of("probe", "default", Map.of("app.kubernetes.io/name", "ai-security-probe"), List.of());
        Workload kubeDns = Workload.of("kube-dns", "kube-system", Map.of("k8s-app", "kube-dns"),
                List.of(new PortSpec("dns", 53, "UDP")));
        List<Workload> all = new ArrayList<>(workloads);
        all.add(foreign);
        all.add(kubeDns);
        ConnectivityAnalyzer engine = new ConnectivityAnalyzer(layer.all("NetworkPolicy", NetworkPolicy.class), all);
        List<Workload> sources = new ArrayList<>(workloads);
        sources.add(foreign);
        for (Workload src : sources) {
            for (Workload dst : workloads) {
                for (PortSpec p : dst.ports()) {
                    lines.add(String.join("\t", "conn", src.namespace(), selector(src.labels()), ips.get(dst.name()),
                            String.valueOf(p.port()), engine.allowed(src, dst, p.port(), "TCP") ? "allow" : "deny"));
                }
            }
            lines.add(String.join("\t", "conn", src.namespace(), selector(src.labels()), VerificationKit.OUTSIDE_ADDRESS,
                    String.valueOf(VerificationKit.OUTSIDE_PORT), engine.allowedToAddress(src, VerificationKit.OUTSIDE_ADDRESS,
                            VerificationKit.OUTSIDE_PORT, "TCP") ? "allow" : "deny"));
            lines.add(String.join("\t", "dns", selector(src.labels()),
                    engine.allowed(src, kubeDns, 53, "UDP") ? "allow" : "deny"));
        }
        for (RoleBinding b : layer.all("RoleBinding", RoleBinding.class)) {
            for (Role r : layer.all("Role", Role.class)) {
                if (r.getMetadata().getName().equals(b.getRoleRef().getName())) {
                    grants(lines, b.getSubjects(), r.getMetadata().getNamespace(), r.getRules());
                }
            }
        }
        for (ClusterRoleBinding b : layer.all("ClusterRoleBinding", ClusterRoleBinding.class)) {
            for (ClusterRole r : layer.all("ClusterRole", ClusterRole.class)) {
                if (r.getMetadata().getName().equals(b.getRoleRef().getName())) {
                    grants(lines, b.getSubjects(), "*", r.getRules());
                }
            }
        }
        Path facts = dir.resolve("facts.tsv");
        Files.write(facts, lines, StandardCharsets.UTF_8);
        return facts;
    }

    private static void grants(List<String> lines, List<Subject> subjects, String scope, List<PolicyRule> rules) {
        for (Subject s : subjects) {
            for (PolicyRule r : rules) {
                lines.add(String.join("\t", "grant", s.getName(), scope, String.join(",", r.getVerbs()),
                        String.join(",", r.getApiGroups()), String.join(",", r.getResources()),
                        r.getResourceNames() == null ? "" : String.join(",", r.getResourceNames())));
            }
        }
    }

    private static String selector(Map<String, String> labels) {
        return new TreeMap<>(labels).entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(","));
    }

    private record Run(int exit, String stdout, String log) {
    }

    /** verify.sh with the fake kubectl first on the PATH. */
    private Run kit(String... options) throws Exception {
        return kit(Map.of(), options);
    }

    /** verify.sh with the fake kubectl first on the PATH, and these settings of the fake. */
    private Run kit(Map<String, String> fake, String... options) throws Exception {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path kubectl = bin.resolve("kubectl");
        Files.writeString(kubectl, "#!/bin/sh\nexec '" + Path.of(System.getProperty("java.home"), "bin", "java")
                + "' -Xshare:auto -XX:TieredStopAtLevel=1 -cp '" + System.getProperty("java.class.path") + "' "
                + FakeKubectl.class.getName() + " \"$@\"\n");
        kubectl.toFile().setExecutable(true);
        Path log = dir.resolve("kubectl.log");
        Files.deleteIfExists(log);
        List<String> command = new ArrayList<>(List.of("/bin/sh", out.resolve("verify/verify.sh").toString()));
        command.addAll(List.of(options));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().put("PATH", bin + File.pathSeparator + System.getenv("PATH"));
        pb.environment().put("FAKE_KUBECTL_FACTS", facts().toString());
        pb.environment().put("FAKE_KUBECTL_LOG", log.toString());
        pb.environment().putAll(fake);
        Process p = pb.start();
        String stdout = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(5, TimeUnit.MINUTES));
        return new Run(p.exitValue(), stdout, Files.exists(log) ? Files.readString(log) : "");
    }

    private static List<String> failures(Run r) {
        return r.stdout().lines().filter(l -> l.startsWith("not ok")).map(l -> l.replaceFirst("^not ok \\d+ - ", ""))
                .toList();
    }

    @Test
    void aCorrectLayerPassesEveryCheckAndWritesJunit() throws Exception {
        Path junit = dir.resolve("verify.xml");
        Run r = kit("--junit", junit.toString());
        assertEquals(List.of(), failures(r), r.stdout());
        assertEquals(0, r.exit(), r.stdout());
        String tsv = Files.readString(out.resolve("verify/checks.tsv"));
        for (String expected : List.of("rbac: web-sa may get secrets/web-keys", "rbac: web-sa may not read another"
                        + " service's Secret api-db", "rbac: api-sa may list endpoints", "rbac: redis-sa may not list Secrets",
                "conn: web -> api:9000 is allowed (declared)", "conn: web -> api:9001 is blocked (another port of a callee)",
                "conn: web -> redis:6379 is blocked (not a callee)", "conn: a pod of namespace default -> redis:6379 is"
                        + " blocked (another namespace)", "conn: redis -> 1.1.1.1:443 is blocked (an outside address)",
                "dns: redis resolves names")) {
            assertTrue(tsv.contains(expected), expected + " in\n" + tsv);
            assertTrue(r.stdout().contains("ok ") && r.stdout().contains(" - " + expected), expected + " in\n" + r.stdout());
        }
        assertTrue(r.stdout().contains("# SKIP no --etcd given"), r.stdout());
        var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(junit.toFile());
        assertEquals("0", doc.getDocumentElement().getAttribute("failures"));
        assertEquals(String.valueOf(r.stdout().lines().filter(l -> l.matches("(not )?ok \\d+ - .*")).count()),
                doc.getDocumentElement().getAttribute("tests"));
        // probes carry the caller's labels and ServiceAccount, a restricted security context, and are cleaned up
        assertTrue(r.log().contains("--labels=app.kubernetes.io/name=web,ai-security.io/probe-run=aisec-"), r.log());
        assertTrue(r.log().contains("\"serviceAccountName\":\"web-sa\"") && r.log().contains("\"runAsNonRoot\":true")
                && r.log().contains("\"drop\":[\"ALL\"]") && r.log().contains("\"readOnlyRootFilesystem\":true"), r.log());
        assertTrue(r.log().lines().anyMatch(l -> l.startsWith("delete pod -n shop -l ai-security.io/probe-run=aisec-")),
                r.log());
    }

    /** The descriptions of the checks of this kind in checks.tsv whose first field is {@code from}. */
    private List<String> checks(String kind, String from) throws Exception {
        return Files.readAllLines(out.resolve("verify/checks.tsv")).stream().map(l -> l.split("\t", -1))
                .filter(f -> f[0].equals(kind) && (from == null || f[1].equals(from))).map(f -> f[f.length - 1]).toList();
    }

    @Test
    void aProbePodThatNeverStartsIsInconclusiveNotBlocked() throws Exception {
        Path junit = dir.resolve("verify.xml");
        Run r = kit(Map.of("FAKE_KUBECTL_NEVER_RUNS_IN", "default"), "--junit", junit.toString());
        List<String> foreign = checks("conn", "default");
        assertEquals(List.of("conn: a pod of namespace default -> api:9000 is blocked (another namespace)",
                "conn: a pod of namespace default -> redis:6379 is blocked (another namespace)",
                "conn: a pod of namespace default -> web:8080 is blocked (another namespace)"), foreign);
        // must-be-blocked checks whose probe never ran are not passes: not ok ... # inconclusive, and the run fails
        assertEquals(foreign.stream().map(d -> d + " # inconclusive").toList(), failures(r), r.stdout());
        assertEquals(1, r.exit(), r.stdout());
        assertTrue(r.stdout().lines().anyMatch(l -> l.matches("#   the probe pod default/aisec-probe-\\d+-\\d+ never ran its"
                + " command, so nothing was tested \\(kubectl: error: timed out waiting for the condition\\); check image"
                + " busybox:1\\.36 can be pulled, quotas and admission policies")), r.stdout());
        long checks = r.stdout().lines().filter(l -> l.matches("(not )?ok \\d+ - .*")).count();
        assertTrue(r.stdout().contains("# " + (checks - 4) + " passed, 0 failed, 3 inconclusive, 1 skipped"), r.stdout());
        // the probes that ran still decide: every other connection check passes
        assertTrue(r.stdout().contains(" - conn: web -> redis:6379 is blocked (not a callee)\n")
                && r.stdout().contains("ok ") && !failures(r).contains("conn: web -> redis:6379 is blocked (not a callee)"));
        var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(junit.toFile()).getDocumentElement();
        assertEquals("0", doc.getAttribute("failures"));
        assertEquals("3", doc.getAttribute("errors"));
        var errors = doc.getElementsByTagName("error");
        assertEquals(3, errors.getLength());
        assertTrue(((org.w3c.dom.Element) errors.item(0)).getAttribute("message")
                .startsWith("inconclusive: the probe pod default/aisec-probe-"));
    }

    @Test
    void aProbeCommandMissingFromTheImageIsInconclusive() throws Exception {
        Run r = kit(Map.of("FAKE_KUBECTL_PROBE_EXIT", "127"), "--image", "distroless");
        List<String> probed = new ArrayList<>(checks("conn", null));
        probed.addAll(checks("dns", null));
        assertEquals(probed.stream().map(d -> d + " # inconclusive").sorted().toList(),
                failures(r).stream().sorted().toList(), r.stdout());
        assertEquals(1, r.exit(), r.stdout());
        assertTrue(r.stdout().contains("#   the probe command nc exited 127 in pod shop/aisec-probe-"), r.stdout());
        assertTrue(r.stdout().contains("(does image distroless have sh, nc and nslookup?)"), r.stdout());
        assertTrue(r.stdout().contains("ok 1 - rbac: "), "RBAC checks run no probe: " + r.stdout());
    }

    @Test
    void helpPrintsOnlyTheUsage() throws Exception {
        ProcessBuilder pb = new ProcessBuilder("/bin/sh", out.resolve("verify/verify.sh").toString(), "--help")
                .redirectErrorStream(true);
        pb.environment().put("PATH", "/usr/bin:/bin");
        Process p = pb.start();
        String stdout = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(1, TimeUnit.MINUTES));
        assertEquals(0, p.exitValue(), stdout);
        List<String> lines = stdout.lines().toList();
        assertEquals("Usage: sh verify.sh [--dry-run] [--junit FILE] [--namespace NS] [--image IMAGE] [--timeout SECONDS]",
                lines.get(0), stdout);
        assertEquals("  --etcd       e.g. 'etcdctl --endpoints=https://127.0.0.1:2379 --cacert=... --cert=... --key=...'",
                lines.get(lines.size() - 1), stdout);
        assertTrue(stdout.contains("  --namespace  the namespace the layer was installed in (default shop)"), stdout);
        assertTrue(stdout.contains("  --junit      also write the results as JUnit XML to FILE\n"), stdout);
        assertEquals(8, lines.size(), stdout);
    }

    @Test
    void aRemovedRuleFailsOnTheLineOfThatConnection() throws Exception {
        Path policy = out.resolve("manifests/services/web/network-policy.yaml");
        String yaml = Files.readString(policy);
        String egressToApi = yaml.substring(yaml.indexOf("  egress:\n"), yaml.indexOf("  ingress:\n"));
        Files.writeString(policy, yaml.replace(egressToApi, "  egress: []\n"));
        Run r = kit();
        assertEquals(1, r.exit(), r.stdout());
        assertEquals(List.of("conn: web -> api:9000 is allowed (declared)"), failures(r), r.stdout());
        assertTrue(r.stdout().contains("#   the probe could not connect to 10.1.0.10:9000 within 3s, the graph says allow"),
                r.stdout());
    }

    @Test
    void anExtraGrantFailsOnTheLineOfThatDenial() throws Exception {
        Path role = out.resolve("manifests/services/web/role.yaml");
        String yaml = Files.readString(role);
        Files.writeString(role, yaml.replace("rules:\n", "rules:\n  - apiGroups: [\"\"]\n    resources: [secrets]\n"
                + "    verbs: [get, list]\n"));
        Run r = kit();
        assertEquals(1, r.exit(), r.stdout());
        assertEquals(List.of("rbac: web-sa may not read another service's Secret api-db", "rbac: web-sa may not list Secrets"),
                failures(r), r.stdout());
    }

    @Test
    void aDryRunPrintsTheCommandsAndRunsNothing() throws Exception {
        ProcessBuilder pb = new ProcessBuilder("/bin/sh", out.resolve("verify/verify.sh").toString(), "--dry-run",
                "--namespace", "staging", "--etcd", "etcdctl --endpoints=https://127.0.0.1:2379").redirectErrorStream(true);
        pb.environment().put("PATH", "/usr/bin:/bin"); // no kubectl needed
        Process p = pb.start();
        String stdout = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(1, TimeUnit.MINUTES));
        assertEquals(0, p.exitValue(), stdout);
        assertTrue(stdout.contains("kubectl 'auth' 'can-i' 'get' 'secrets/web-keys' '--as=system:serviceaccount:staging:web-sa'"
                + " '-n' 'staging'"), stdout);
        assertTrue(stdout.contains("kubectl 'run' 'aisec-probe-"), stdout);
        assertTrue(stdout.contains("etcdctl --endpoints=https://127.0.0.1:2379 get /registry/secrets/staging/api-db"
                + " --print-value-only"), stdout);
        assertFalse(stdout.contains("not ok"), stdout);
    }

    @Test
    void anInterruptedRunRemovesItsProbePods() throws Exception {
        assumeTrue(new File("/usr/bin/setsid").canExecute() && new File("/bin/kill").canExecute(), "no setsid or kill");
        kit("--dry-run"); // writes the fake kubectl
        Path log = dir.resolve("kubectl.log");
        Files.deleteIfExists(log);
        ProcessBuilder pb = new ProcessBuilder("/usr/bin/setsid", "/bin/sh", out.resolve("verify/verify.sh").toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("interrupted.out").toFile());
        pb.environment().put("PATH", dir.resolve("bin") + File.pathSeparator + System.getenv("PATH"));
        pb.environment().put("FAKE_KUBECTL_FACTS", facts().toString());
        pb.environment().put("FAKE_KUBECTL_LOG", log.toString());
        pb.environment().put("FAKE_KUBECTL_SLOW_RUN", "1");
        Process p = pb.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!(Files.exists(log) && Files.readString(log).contains("run aisec-probe-")) && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertTrue(Files.readString(log).contains("run aisec-probe-"), "a probe started");
        // Ctrl-C reaches the whole foreground process group: the script and the kubectl it waits for
        new ProcessBuilder("/bin/kill", "-INT", "--", "-" + p.pid()).start().waitFor();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the kit stops on interrupt");
        assertEquals(130, p.exitValue(), Files.readString(dir.resolve("interrupted.out")));
        List<String> calls = Files.readAllLines(log);
        assertTrue(calls.get(calls.size() - 1).startsWith("delete pod -n default -l ai-security.io/probe-run=aisec-")
                && calls.stream().anyMatch(l -> l.startsWith("delete pod -n shop -l ai-security.io/probe-run=aisec-")),
                String.join("\n", calls));
    }
}
