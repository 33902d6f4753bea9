package io.aiplatform.security.core.verify;

import io.aiplatform.security.core.convention.Labels;
import io.aiplatform.security.core.convention.OutputFolders;
import io.aiplatform.security.core.convention.ServiceAccounts;
import io.aiplatform.security.core.descriptor.Cidr;
import io.aiplatform.security.core.descriptor.EgressSpec;
import io.aiplatform.security.core.descriptor.ObjectAccess;
import io.aiplatform.security.core.descriptor.PortSpec;
import io.aiplatform.security.core.generate.EncryptionSettings;
import io.aiplatform.security.core.generate.PlatformSettings;
import io.aiplatform.security.core.generate.RbacGenerator;
import io.aiplatform.security.core.graph.Edge;
import io.aiplatform.security.core.graph.Service;
import io.aiplatform.security.core.graph.ServiceGraph;
import io.aiplatform.security.core.io.GeneratedFile;
import io.aiplatform.security.core.support.EncryptionProvider;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.rbac.ClusterRole;
import io.fabric8.kubernetes.api.model.rbac.PolicyRule;
import io.fabric8.kubernetes.api.model.rbac.Role;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * {@code verify/}: a POSIX shell script that checks a deployed layer with kubectl only, and the
 * checks it runs ({@code checks.tsv}), derived from the service graph the layer came from:
 * <ul>
 *   <li>{@code rbac}: each permission a ServiceAccount was granted (yes) and denials (no): another
 *       service's Secret by name, listing Secrets, every verb on every resource, creating pods, and a
 *       cluster-scoped read;</li>
 *   <li>{@code conn}: each declared connection on each TCP port (allow), and per service a sample
 *       that must be blocked: a callee's undeclared port, a service it does not call, a probe from
 *       another namespace, an outside address;</li>
 *   <li>{@code dns}: names resolve from each service's pods; {@code etcd}: a Secret is stored encrypted.</li>
 * </ul>
 */
public final class VerificationKit {

    public static final String FOLDER = OutputFolders.VERIFY;
    /** The outside address probed from every service: expected blocked unless an egress entry allows it. */
    public static final String OUTSIDE_ADDRESS = "1.1.1.1";
    public static final int OUTSIDE_PORT = 443;
    /** The labels of the probe that comes from another namespace. */
    public static final String FOREIGN_LABELS = Labels.NAME + "=ai-security-probe";

    private final PlatformSettings platform;
    private final EncryptionSettings encryption;

    public VerificationKit(PlatformSettings platform, EncryptionSettings encryption) {
        this.platform = platform;
        this.encryption = encryption;
    }

    public List<GeneratedFile> generate(ServiceGraph graph) {
        String script = template().replace("@@PLATFORM@@", platform.platform()).replace("@@NAMESPACE@@", platform.namespace());
        return List.of(new GeneratedFile(FOLDER + "/verify.sh", script, false),
                new GeneratedFile(FOLDER + "/checks.tsv", checks(graph), false));
    }

    private static String template() {
        try (InputStream in = VerificationKit.class.getResourceAsStream("verify.sh")) {
            if (in == null) {
                throw new IllegalStateException("verify.sh is missing from the plugin");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The checks, one per line, tab-separated; deterministic. */
    String checks(ServiceGraph graph) {
        List<String> lines = new ArrayList<>();
        lines.add("# kind\tfields (see verify.sh); generated for platform " + platform.platform());
        RbacGenerator rbac = new RbacGenerator(platform);
        Set<String> allSecrets = new TreeSet<>();
        graph.services().forEach(s -> s.descriptor().secrets().forEach(o -> allSecrets.add(o.name())));
        for (Service s : graph.services()) {
            rbacChecks(s, rbac.forService(s), allSecrets, lines);
        }
        for (Service s : graph.services()) {
            connectivityChecks(graph, s, lines);
        }
        for (Service s : graph.services()) {
            lines.add(row("dns", labels(s), sa(s), "dns: " + s.name() + " resolves names"));
        }
        if (encryption.provider().writesConfiguration() && !allSecrets.isEmpty()) {
            String prefix = encryption.provider() == EncryptionProvider.KMS
                    ? "k8s:enc:kms:v2:" + encryption.kmsName() + ":"
                    : "k8s:enc:" + encryption.provider().id() + ":v1:" + encryption.keyName() + ":";
            String secret = allSecrets.iterator().next();
            lines.add(row("etcd", secret, prefix, "encryption: Secret " + secret + " is stored with " + prefix));
        }
        return String.join("\n", lines) + "\n";
    }

    private void rbacChecks(Service s, Map<String, HasMetadata> objects, Set<String> allSecrets, List<String> lines) {
        Set<String> granted = new LinkedHashSet<>();
        for (HasMetadata o : objects.values()) {
            List<PolicyRule> rules = o instanceof Role r ? r.getRules() : o instanceof ClusterRole c ? c.getRules() : List.of();
            String scope = o instanceof ClusterRole ? "cluster" : "namespace";
            for (PolicyRule rule : rules) {
                for (String group : rule.getApiGroups()) {
                    for (String resource : rule.getResources()) {
                        String res = group.isEmpty() ? resource : resource + "." + group;
                        List<String> names = rule.getResourceNames() == null || rule.getResourceNames().isEmpty()
                                ? List.of("") : rule.getResourceNames();
                        for (String name : names) {
                            for (String verb : rule.getVerbs()) {
                                String target = name.isEmpty() ? res : res + "/" + name;
                                if (granted.add(verb + " " + target)) {
                                    lines.add(row("rbac", sa(s), verb, target, scope, "yes",
                                            "rbac: " + sa(s) + " may " + verb + " " + target));
                                }
                            }
                        }
                    }
                }
            }
        }
        Set<String> own = s.descriptor().secrets().stream().map(ObjectAccess::name).collect(Collectors.toSet());
        allSecrets.stream().filter(x -> !own.contains(x)).findFirst().ifPresent(other -> lines.add(row("rbac", sa(s),
                "get", "secrets/" + other, "namespace", "no", "rbac: " + sa(s) + " may not read another service's Secret "
                        + other)));
        deny(s, "list", "secrets", "namespace", "list Secrets", granted, lines);
        deny(s, "*", "*", "namespace", "do everything", granted, lines);
        deny(s, "create", "pods", "namespace", "create pods", granted, lines);
        deny(s, "list", "nodes", "cluster", "list nodes (cluster scope)", granted, lines);
    }

    private void deny(Service s, String verb, String resource, String scope, String what, Set<String> granted,
                      List<String> lines) {
        if (!granted.contains(verb + " " + resource)) {
            lines.add(row("rbac", sa(s), verb, resource, scope, "no", "rbac: " + sa(s) + " may not " + what));
        }
    }

    private void connectivityChecks(ServiceGraph graph, Service s, List<String> lines) {
        Map<String, Edge> callees = new TreeMap<>();
        graph.calleesOf(s.name()).forEach(e -> callees.put(e.to(), e));
        for (Edge e : callees.values()) {
            Service to = graph.service(e.to()).orElseThrow();
            for (PortSpec p : tcp(e.ports())) {
                lines.add(conn(s, to, p.port(), "allow", "conn: " + s.name() + " -> " + to.name() + ":" + p.port()
                        + " is allowed (declared)"));
            }
            tcp(to.ports()).stream().filter(p -> e.ports().stream().noneMatch(q -> q.port() == p.port())).findFirst()
                    .ifPresent(p -> lines.add(conn(s, to, p.port(), "deny", "conn: " + s.name() + " -> " + to.name() + ":"
                            + p.port() + " is blocked (another port of a callee)")));
        }
        graph.services().stream()
                .filter(t -> t != s && !callees.containsKey(t.name()) && !tcp(t.ports()).isEmpty())
                .findFirst()
                .ifPresent(t -> lines.add(conn(s, t, tcp(t.ports()).get(0).port(), "deny", "conn: " + s.name() + " -> "
                        + t.name() + ":" + tcp(t.ports()).get(0).port() + " is blocked (not a callee)")));
        if (!tcp(s.ports()).isEmpty()) {
            int port = tcp(s.ports()).get(0).port();
            var ingress = s.descriptor().ingress();
            boolean admitted = ingress.fromOutside().stream().anyMatch(o -> o.namespace().equals("default") && o.labels().isEmpty())
                    || ingress.external() && ingress.fromNamespaces().equals(Map.of("kubernetes.io/metadata.name", "default"));
            lines.add(row("conn", "default", FOREIGN_LABELS, "default", target(s), String.valueOf(port),
                    admitted ? "allow" : "deny", "conn: a pod of namespace default -> " + s.name() + ":" + port + " is "
                            + (admitted ? "allowed (declared caller namespace)" : "blocked (another namespace)")));
        }
        boolean outsideAllowed = s.descriptor().egress().stream().anyMatch(this::coversOutsideAddress);
        lines.add(row("conn", "@", labels(s), sa(s), "address:" + OUTSIDE_ADDRESS, String.valueOf(OUTSIDE_PORT),
                outsideAllowed ? "allow" : "deny", "conn: " + s.name() + " -> " + OUTSIDE_ADDRESS + ":" + OUTSIDE_PORT
                        + " is " + (outsideAllowed ? "allowed (egress)" : "blocked (an outside address)")));
    }

    private boolean coversOutsideAddress(EgressSpec e) {
        return Cidr.contains(e.cidr(), OUTSIDE_ADDRESS + "/32")
                && e.except().stream().noneMatch(x -> Cidr.contains(x, OUTSIDE_ADDRESS + "/32"))
                && e.ports().stream().anyMatch(p -> p.port() == OUTSIDE_PORT && "TCP".equals(p.protocol()));
    }

    private String conn(Service from, Service to, int port, String expected, String description) {
        return row("conn", "@", labels(from), sa(from), target(to), String.valueOf(port), expected, description);
    }

    private static String target(Service s) {
        return "pod:@:" + labels(s);
    }

    private static List<PortSpec> tcp(List<PortSpec> ports) {
        return ports.stream().filter(p -> "TCP".equals(p.protocol())).toList();
    }

    private static String labels(Service s) {
        return new TreeMap<>(s.labels()).entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(","));
    }

    private static String sa(Service s) {
        return ServiceAccounts.of(s.name());
    }

    private static String row(String... fields) {
        for (String f : fields) {
            if (f.contains("\t") || f.contains("\n")) {
                throw new IllegalArgumentException("a check field holds a tab or newline: " + f);
            }
        }
        return String.join("\t", fields);
    }
}
