package io.aiplatform.security.core.validate.report;

import io.aiplatform.security.core.connectivity.ConnectivityAnalyzer;
import io.aiplatform.security.core.connectivity.Workload;
import io.aiplatform.security.core.io.KeyMetadata;
import io.aiplatform.security.core.validate.Finding;
import io.aiplatform.security.core.validate.Suppression;
import io.aiplatform.security.core.validate.ValidationReport;
import io.aiplatform.security.core.validate.rules.Control;
import io.aiplatform.security.core.validate.rules.RuleDescription;
import io.aiplatform.security.core.validate.rules.RuleRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
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
 * <p>The controls are {@link Control}'s, and the rules that decide each are the rules and stage checks
 * of {@link RuleRegistry} that cite it, so a rule's reference and the report cannot disagree. A
 * control fails on any finding of those rules (a suppressed one is listed with its reason, not
 * counted); passes when none has a finding and the objects it needs are among the validated files; is
 * "not checked" when they are absent or the evidence lies outside the layer (an API server flag, an
 * image scan: {@link #OUTSIDE_THE_LAYER}). Key rotation alone is decided by the key dates of
 * key-metadata.yaml instead of a rule.
 */
final class ComplianceReport {

    /** The controls no rule decides because their evidence lies outside the layer, each with where it lies. */
    static final Map<Control, String> OUTSIDE_THE_LAYER = new EnumMap<>(Map.of(
            Control.CIS_1_2_29, "a kube-apiserver flag (--tls-cipher-suites), outside the layer",
            Control.CIS_5_7_1, "how namespaces are cut is a design review, not an object",
            Control.GUIDE_IMAGE_SCANNING, "an image scanner in the image pipeline"));

    /** The control that the key dates of src/main/ai-security/key-metadata.yaml decide, not a rule. */
    static final Control DECIDED_BY_KEY_DATES = Control.GUIDE_KEY_ROTATION;

    /** Days between key rotations the guide asks for (quarterly). */
    static final int ROTATION_DAYS = 90;

    private ComplianceReport() {
    }

    record Result(String id, String title, String status, List<String> evidence) {
    }

    /** The ids of the rules and stage checks that cite each control, in the registry's order. */
    static Map<Control, List<String>> citingRules() {
        Map<Control, List<String>> citing = new EnumMap<>(Control.class);
        for (RuleDescription d : RuleRegistry.documented()) {
            d.citation().controls().forEach(c -> citing.computeIfAbsent(c, k -> new ArrayList<>()).add(d.id()));
        }
        return citing;
    }

    static List<Result> evaluate(ValidationReport report, KeyMetadata keys) {
        Map<String, List<Finding>> byRule = new TreeMap<>();
        report.findings().forEach(f -> byRule.computeIfAbsent(f.ruleId(), k -> new ArrayList<>()).add(f));
        Map<String, List<Suppression>> suppressed = new TreeMap<>();
        report.suppressions().forEach(s -> suppressed.computeIfAbsent(s.ruleId(), k -> new ArrayList<>()).add(s));
        Map<Control, List<String>> citing = citingRules();
        List<Result> results = new ArrayList<>();
        for (Control c : Control.values()) {
            if (OUTSIDE_THE_LAYER.containsKey(c)) {
                results.add(new Result(c.id(), c.requirement(), "not checked",
                        List.of("evidence lies outside the layer: " + OUTSIDE_THE_LAYER.get(c))));
            } else if (c == DECIDED_BY_KEY_DATES) {
                results.add(keyRotation(c, keys));
            } else {
                results.add(byRules(c, citing.getOrDefault(c, List.of()), report, byRule, suppressed));
            }
        }
        return results;
    }

    /**
     * CIS 1.2.28 when the deployment supplies the key: what the build checked passed, but whether the API server's
     * file holds a real key only the cluster can tell, so a person reviews it. A failure stays a failure.
     */
    private static Result keySuppliedAtDeploy(Result r) {
        if (!r.id().equals(Control.CIS_1_2_28.id()) || !r.status().equals("pass")) {
            return r;
        }
        List<String> evidence = new ArrayList<>(r.evidence());
        evidence.add(0, "the key is supplied at deploy time (encryptionKeySource=deploy): check that the API server's"
                + " encryption configuration holds a real key, not the placeholder");
        return new Result(r.id(), r.title(), "review", evidence);
    }

    private static Result keyRotation(Control c, KeyMetadata keys) {
        List<String> evidence = new ArrayList<>();
        if (keys == null || keys.entries().isEmpty()) {
            evidence.add("no src/main/ai-security/key-metadata.yaml: run rotate-keys-plan to record key dates");
            return new Result(c.id(), c.requirement(), "not checked", evidence);
        }
        keys.entries().forEach(e -> evidence.add("key " + e.name() + " (" + e.provider() + ") created "
                + e.created() + ", rotation due " + e.created().plusDays(ROTATION_DAYS)));
        return new Result(c.id(), c.requirement(), "review", evidence);
    }

    /**
     * A control that the rules citing it decide: it fails on any finding of theirs (suppressed ones are
     * listed with their reason, not counted), is not checked without the kind of object it needs, and
     * passes otherwise.
     */
    private static Result byRules(Control c, List<String> rules, ValidationReport report,
                                  Map<String, List<Finding>> byRule, Map<String, List<Suppression>> suppressed) {
        List<String> evidence = new ArrayList<>();
        List<Finding> found = rules.stream().flatMap(r -> byRule.getOrDefault(r, List.of()).stream()).toList();
        long objects = report.manifests().stream().filter(m -> c.checks(m.kind())).count();
        if (found.isEmpty() && c.needs() != null && objects == 0) {
            evidence.add("no " + (Control.WORKLOAD.equals(c.needs()) ? "workload (Pod, Deployment, StatefulSet, DaemonSet, Job,"
                    + " CronJob ...) was examined" : c.needs() + " among the validated files"));
            return new Result(c.id(), c.requirement(), "not checked", evidence);
        }
        found.stream().limit(10).forEach(f -> evidence.add(f.ruleId() + " " + f.severity().id() + " " + f.object()
                + ": " + f.message()));
        if (found.size() > 10) {
            evidence.add("and " + (found.size() - 10) + " more finding(s)");
        }
        rules.stream().flatMap(r -> suppressed.getOrDefault(r, List.of()).stream())
                .forEach(s -> evidence.add("suppressed " + s.ruleId() + " on " + s.object() + ": " + s.reason()));
        if (found.isEmpty()) {
            evidence.add("no finding of " + String.join(", ", rules)
                    + (objects > 0 ? " on " + objects + " " + c.needs() + " object(s)" : ""));
        }
        return new Result(c.id(), c.requirement(), found.isEmpty() ? "pass" : "fail", evidence);
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
                } else if (!Arrays.equals(now.get(f), then.get(f))) {
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

        static Review of(ValidationReport report, KeyMetadata keys, List<String> changes, boolean keyAtDeploy) {
            boolean large = report.serviceWorkloads().size() > ConnectivityReport.MATRIX_LIMIT;
            List<Result> results = evaluate(report, keys).stream().map(r -> keyAtDeploy ? keySuppliedAtDeploy(r) : r)
                    .toList();
            return new Review(results, large ? Map.of() : ComplianceReport.peers(report), large, changes);
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
            sb.append("As in `rbac.md`, which also has the rule that gives each grant:\n");
            // rbac.md's sections below its title, each ServiceAccount a heading of this section: whole tables, header included
            String rbac = RbacReport.markdown(report.manifests());
            int first = rbac.indexOf("\n## ");
            if (first >= 0) {
                rbac.substring(first).lines().forEach(l -> sb.append(l.startsWith("## ") ? "#### " + l.substring(3) : l)
                        .append('\n'));
            } else {
                sb.append("\nNo ServiceAccount among the validated files.\n");
            }
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
