package io.aiplatform.security.core.validate.report;

import io.aiplatform.security.core.connectivity.ConnectivityAnalyzer;
import io.aiplatform.security.core.connectivity.Workload;
import io.aiplatform.security.core.io.KeyMetadata;
import io.aiplatform.security.core.validate.Finding;
import io.aiplatform.security.core.validate.Manifest;
import io.aiplatform.security.core.validate.Suppression;
import io.aiplatform.security.core.validate.ValidationReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * compliance.md and compliance.json: the CIS Kubernetes Benchmark controls (numbered as in
 * v1.8–v1.10) and the security guide's best practices that the layer can give evidence for, each
 * with a status and its evidence, then the quarterly review: every ServiceAccount's grants, every
 * service's allowed peers, and what changed since the GitOps copy.
 *
 * <p>A control passes when the objects it needs are among the validated files and none of its rules
 * has a finding; fails on any finding (a suppressed one is listed with its reason, not counted); is
 * "not checked" when the evidence is outside the layer (an API server flag, an image scan) or absent.
 */
final class ComplianceReport {

    /** One control: id, title, the rules that decide it, and the kind of object it needs (null: none). */
    record Control(String id, String title, List<String> rules, String needs, String outside) {
    }

    static final List<Control> CONTROLS = List.of(
            new Control("CIS 1.2.27", "--encryption-provider-config is set", List.of("ENC-SECRETS-NOT-COVERED"),
                    "EncryptionConfiguration", null),
            new Control("CIS 1.2.28", "encryption providers are appropriately configured", List.of("ENC-IDENTITY-FIRST",
                    "ENC-AESCBC", "ENC-KMS-V1", "ENC-DUPLICATE-KEY", "ENC-KEY-INVALID", "ENC-KEY-PLACEHOLDER",
                    "ENC-AESGCM-ROTATION", "KEY-MATERIAL-EXPOSED"), "EncryptionConfiguration", null),
            new Control("CIS 1.2.29", "the API server uses only strong cryptographic ciphers", List.of(), null,
                    "a kube-apiserver flag (--tls-cipher-suites), outside the layer"),
            new Control("CIS 3.2.1", "a minimal audit policy is created", List.of("AUDIT-SECRETS-LOGGED",
                    "AUDIT-SECRETS-UNAUDITED"), "Policy", null),
            new Control("CIS 5.1.1", "cluster-admin is used only where required", List.of("RBAC-CLUSTER-ADMIN"), null, null),
            new Control("CIS 5.1.2", "access to Secrets is minimized", List.of("RBAC-SECRETS-LIST", "RBAC-SECRETS-UNNAMED"),
                    null, null),
            new Control("CIS 5.1.3", "wildcards in Roles and ClusterRoles are minimized", List.of("RBAC-WILDCARD"), null, null),
            new Control("CIS 5.1.4", "access to create pods is minimized", List.of("RBAC-WORKLOAD-CREATE"), null, null),
            new Control("CIS 5.1.5", "default service accounts are not used", List.of("WORKLOAD-DEFAULT-SA"), null, null),
            new Control("CIS 5.1.6", "service account tokens are mounted only where necessary", List.of("RBAC-TOKEN-MOUNT"),
                    "ServiceAccount", null),
            new Control("CIS 5.2.1", "the cluster has an active policy control mechanism (Pod Security Admission)",
                    List.of("POD-SECURITY-LABELS"), "Namespace", null),
            new Control("CIS 5.2.2", "privileged containers are not admitted", List.of("POD-SECURITY-LABELS"), "Namespace",
                    null),
            new Control("CIS 5.2.3-5.2.5", "no hostPID, hostIPC or hostNetwork", List.of("POD-HOST-NAMESPACES"), null, null),
            new Control("CIS 5.2.6", "allowPrivilegeEscalation is not allowed", List.of("POD-PRIVILEGE-ESCALATION"), null, null),
            new Control("CIS 5.2.7", "root containers are not admitted", List.of("POD-RUN-AS-NON-ROOT"), null, null),
            new Control("CIS 5.2.8-5.2.10", "capabilities are dropped (NET_RAW and added ones included)",
                    List.of("POD-CAPABILITIES"), null, null),
            new Control("CIS 5.2.12", "no HostPath volumes", List.of("POD-HOST-PATH"), null, null),
            new Control("CIS 5.3.2", "every namespace has NetworkPolicies", List.of("NETPOL-DEFAULT-DENY",
                    "NETPOL-ALLOW-ALL"), "NetworkPolicy", null),
            new Control("CIS 5.7.1", "administrative boundaries between resources use namespaces", List.of(), null,
                    "how namespaces are cut is a design review, not an object"),
            new Control("CIS 5.7.2", "the seccomp profile is RuntimeDefault", List.of("POD-SECCOMP"), null, null),
            new Control("CIS 5.7.3", "security contexts are applied to pods and containers", List.of("POD-RUN-AS-NON-ROOT",
                    "POD-PRIVILEGE-ESCALATION", "POD-CAPABILITIES", "POD-READONLY-ROOTFS"), null, null),
            new Control("CIS 5.7.4", "the default namespace is not used", List.of("DEFAULT-NAMESPACE"), null, null),
            new Control("Guide: network security", "network policies enabled: default deny, DNS, exact allow rules",
                    List.of("NETPOL-DEFAULT-DENY", "NETPOL-DNS-BLOCKED", "NETPOL-ALLOW-ALL", "NETPOL-DECLARED-BLOCKED",
                            "NETPOL-UNDECLARED-ALLOWED", "NETPOL-ONE-SIDED-WIDENING"), "NetworkPolicy", null),
            new Control("Guide: RBAC security", "least privilege, a ServiceAccount per service, no wildcards, no"
                    + " needless tokens", List.of("RBAC-WILDCARD", "RBAC-ESCALATION", "RBAC-SECRETS-UNNAMED",
                    "WORKLOAD-DEFAULT-SA", "RBAC-TOKEN-MOUNT", "RBAC-ROLE-UNBOUND", "RBAC-BINDING-DANGLING"),
                    "ServiceAccount", null),
            new Control("Guide: secrets management", "encryption at rest, no Secret values in Git",
                    List.of("ENC-SECRETS-NOT-COVERED", "ENC-IDENTITY-FIRST", "SECRET-IN-MANIFESTS", "KEY-MATERIAL-EXPOSED"),
                    "EncryptionConfiguration", null),
            new Control("Guide: key rotation", "encryption keys rotated quarterly", List.of(), null, null),
            new Control("Guide: container security", "non-root, read-only root filesystem, capabilities dropped",
                    List.of("POD-RUN-AS-NON-ROOT", "POD-READONLY-ROOTFS", "POD-CAPABILITIES"), null, null),
            new Control("Guide: image scanning", "container images scanned for vulnerabilities", List.of(), null,
                    "an image scanner in the image pipeline"),
            new Control("Guide: monitoring and auditing", "audit logging enabled, secret access audited",
                    List.of("AUDIT-SECRETS-LOGGED", "AUDIT-SECRETS-UNAUDITED"), "Policy", null));

    /** Days between key rotations the guide asks for (quarterly). */
    static final int ROTATION_DAYS = 90;

    private ComplianceReport() {
    }

    record Result(String id, String title, String status, List<String> evidence) {
    }

    static List<Result> evaluate(ValidationReport report, KeyMetadata keys) {
        Map<String, List<Finding>> byRule = new TreeMap<>();
        report.findings().forEach(f -> byRule.computeIfAbsent(f.ruleId(), k -> new ArrayList<>()).add(f));
        Map<String, List<Suppression>> suppressed = new TreeMap<>();
        report.suppressions().forEach(s -> suppressed.computeIfAbsent(s.ruleId(), k -> new ArrayList<>()).add(s));
        Set<String> kinds = new TreeSet<>();
        report.manifests().forEach(m -> kinds.add(String.valueOf(m.kind())));
        List<Manifest> inDefault = report.manifests().stream().filter(m -> "default".equals(m.namespace())).toList();
        List<Result> results = new ArrayList<>();
        for (Control c : CONTROLS) {
            List<String> evidence = new ArrayList<>();
            String status;
            if (c.outside() != null) {
                status = "not checked";
                evidence.add("evidence lies outside the layer: " + c.outside());
            } else if (c.id().equals("Guide: key rotation")) {
                if (keys == null || keys.entries().isEmpty()) {
                    status = "not checked";
                    evidence.add("no src/main/ai-security/key-metadata.yaml: run rotate-keys-plan to record key dates");
                } else {
                    status = "review";
                    keys.entries().forEach(e -> evidence.add("key " + e.name() + " (" + e.provider() + ") created "
                            + e.created() + ", rotation due " + e.created().plusDays(ROTATION_DAYS)));
                }
            } else if (c.rules().contains("DEFAULT-NAMESPACE")) {
                status = inDefault.isEmpty() ? "pass" : "fail";
                inDefault.stream().limit(10).forEach(m -> evidence.add("in namespace default: " + m.objectRef()));
                if (inDefault.isEmpty()) {
                    evidence.add("no validated object is in namespace default");
                }
            } else if (c.needs() != null && !kinds.contains(c.needs())) {
                status = "not checked";
                evidence.add("no " + c.needs() + " among the validated files");
            } else {
                List<Finding> found = c.rules().stream().flatMap(r -> byRule.getOrDefault(r, List.of()).stream()).toList();
                status = found.isEmpty() ? "pass" : "fail";
                found.stream().limit(10).forEach(f -> evidence.add(f.ruleId() + " " + f.severity().id() + " " + f.object()
                        + ": " + f.message()));
                if (found.size() > 10) {
                    evidence.add("and " + (found.size() - 10) + " more finding(s)");
                }
                c.rules().stream().flatMap(r -> suppressed.getOrDefault(r, List.of()).stream())
                        .forEach(s -> evidence.add("suppressed " + s.ruleId() + " on " + s.object() + ": " + s.reason()));
                if (found.isEmpty()) {
                    long objects = c.needs() == null ? 0 : report.manifests().stream().filter(m -> c.needs().equals(m.kind())).count();
                    evidence.add("no finding of " + String.join(", ", c.rules())
                            + (objects > 0 ? " on " + objects + " " + c.needs() + " object(s)" : ""));
                }
            }
            results.add(new Result(c.id(), c.title(), status, evidence));
        }
        return results;
    }

    /** Key metadata of the project, when it records any. */
    static KeyMetadata keys(Path base) {
        if (base == null) {
            return null;
        }
        Path file = base.resolve("src/main/ai-security/key-metadata.yaml");
        try {
            return Files.isRegularFile(file) ? KeyMetadata.read(file) : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** Files of the layer's manifests/ that differ from the GitOps copy: added, changed, removed. */
    static List<String> changes(Path manifests, List<Path> tracked) {
        List<String> lines = new ArrayList<>();
        if (manifests == null || !Files.isDirectory(manifests)) {
            return lines;
        }
        for (Path copy : tracked) {
            if (!Files.isDirectory(copy)) {
                continue;
            }
            Map<String, byte[]> now = files(manifests);
            Map<String, byte[]> then = files(copy);
            Set<String> all = new TreeSet<>(now.keySet());
            all.addAll(then.keySet());
            for (String f : all) {
                if (!then.containsKey(f)) {
                    lines.add("added " + f);
                } else if (!now.containsKey(f)) {
                    lines.add("removed " + f);
                } else if (!java.util.Arrays.equals(now.get(f), then.get(f))) {
                    lines.add("changed " + f);
                }
            }
        }
        return lines;
    }

    private static Map<String, byte[]> files(Path dir) {
        Map<String, byte[]> result = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".yaml")).toList()) {
                result.put(dir.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        } catch (IOException e) {
            return result;
        }
        return result;
    }

    /** Per service, the peers the policies let it reach and be reached from (the connectivity result). */
    static Map<String, List<String>> peers(ValidationReport report) {
        Map<Workload, String> serviceOf = new LinkedHashMap<>();
        report.serviceWorkloads().forEach((name, w) -> serviceOf.put(w, name));
        Map<String, List<String>> peers = new TreeMap<>();
        for (ConnectivityAnalyzer.Connection c : report.connections()) {
            String from = c.source() instanceof Workload w ? serviceOf.get(w) : null;
            String to = c.destination() instanceof Workload w ? serviceOf.get(w) : null;
            if (from != null) {
                peers.computeIfAbsent(from, k -> new ArrayList<>()).add("to " + (to != null ? to : c.destination().display())
                        + " (" + c.allowed() + ")");
            }
            if (to != null) {
                peers.computeIfAbsent(to, k -> new ArrayList<>()).add("from " + (from != null ? from : c.source().display())
                        + " (" + c.allowed() + ")");
            }
        }
        return peers;
    }

    /** What both compliance files show, computed once: the controls' results and, for a small platform, the peers. */
    record Review(List<Result> results, Map<String, List<String>> peers, boolean large, List<String> changes) {

        static Review of(ValidationReport report, KeyMetadata keys, List<String> changes) {
            boolean large = report.serviceWorkloads().size() > ConnectivityReport.MATRIX_LIMIT;
            return new Review(evaluate(report, keys), large ? Map.of() : ComplianceReport.peers(report), large, changes);
        }
    }

    static String markdown(ValidationReport report, Review review) {
        List<Result> results = review.results();
        List<String> changes = review.changes();
        StringBuilder sb = new StringBuilder("# Compliance\n\nEach control of the CIS Kubernetes Benchmark (numbered as in"
                + " v1.8-v1.10) and each best practice of the security guide that the layer gives evidence for, with"
                + " the result of this validation. `not checked` means the evidence is outside the layer or absent;"
                + " `review` needs a person.\n\n");
        Map<String, Long> counts = new TreeMap<>();
        results.forEach(r -> counts.merge(r.status(), 1L, Long::sum));
        sb.append("Summary: ").append(String.join(", ", counts.entrySet().stream()
                .map(e -> e.getValue() + " " + e.getKey()).toList())).append("\n\n");
        sb.append("| control | requirement | status | evidence |\n|---|---|---|---|\n");
        for (Result r : results) {
            sb.append("| ").append(r.id()).append(" | ").append(md(r.title())).append(" | **").append(r.status())
                    .append("** | ").append(md(String.join("; ", r.evidence()))).append(" |\n");
        }
        boolean large = review.large();
        sb.append("\n## Quarterly review\n\n### ServiceAccounts and their grants\n\n");
        if (large) {
            sb.append("More than ").append(ConnectivityReport.MATRIX_LIMIT).append(" services: see `rbac.md`, one section"
                    + " per ServiceAccount with each grant and the rule that gives it.\n");
        } else {
            sb.append("See `rbac.md` for each grant with the rule that gives it; in short:\n\n");
            RbacReport.markdown(report.manifests()).lines()
                    .filter(l -> l.startsWith("## ") || l.startsWith("| ") && !l.startsWith("| resource") || l.startsWith("No "))
                    .forEach(l -> sb.append(l.startsWith("## ") ? "- **" + l.substring(3) + "**" : "  " + l).append('\n'));
        }
        sb.append("\n### Allowed peers of each service\n\n");
        Map<String, List<String>> peers = review.peers();
        if (large) {
            sb.append("More than ").append(ConnectivityReport.MATRIX_LIMIT).append(" services: see `connectivity.md`,"
                    + " one section per service with its callers and callees.\n");
        } else if (peers.isEmpty()) {
            sb.append("No service of a project was validated.\n");
        }
        peers.forEach((service, list) -> sb.append("- **").append(service).append("**: ")
                .append(md(String.join(", ", list))).append('\n'));
        sb.append("\n### Changes since the GitOps copy\n\n");
        if (changes == null) {
            sb.append("No GitOps copy (checkDirectory) was given.\n");
        } else if (changes.isEmpty()) {
            sb.append("None: the layer equals the GitOps copy.\n");
        } else {
            changes.forEach(c -> sb.append("- ").append(c).append('\n'));
        }
        return sb.toString();
    }

    static Map<String, Object> json(Review review) {
        Map<String, Object> root = new LinkedHashMap<>();
        List<Map<String, Object>> controls = new ArrayList<>();
        for (Result r : review.results()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("control", r.id());
            m.put("requirement", r.title());
            m.put("status", r.status());
            m.put("evidence", r.evidence());
            controls.add(m);
        }
        root.put("controls", controls);
        if (!review.large()) { // above the limit connectivity.md has them
            root.put("peers", review.peers());
        }
        root.put("changesSinceGitOpsCopy", review.changes());
        return root;
    }

    private static String md(String s) {
        return s.replace("|", "\\|").replace("\n", " ");
    }
}
