package io.aiplatform.security.core.command;

import io.aiplatform.security.core.convention.PodSecurityLevel;
import io.aiplatform.security.core.generate.PlatformSettings;
import io.aiplatform.security.core.validate.Finding;
import io.aiplatform.security.core.validate.Manifest;
import io.aiplatform.security.core.validate.ManifestLoader;
import io.aiplatform.security.core.validate.ValidationContext;
import io.aiplatform.security.core.validate.rules.Rule;
import io.aiplatform.security.core.validate.rules.RuleRegistry;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which of the repository's own Kubernetes workloads (the manifests the derivation read) the Pod Security level the
 * generated Namespace enforces would reject: one note per workload, naming its file and line and what the level
 * forbids in it (a workload that several files deploy the same way once), so that nobody applies the layer to find out from the API server.
 */
final class PodSecurityPreview {

    /** The checks of the Pod Security Standards that admission enforces (baseline's and restricted's). */
    private static final List<String> CHECKS = List.of("POD-HOST-NAMESPACES", "POD-HOST-PATH", "POD-RUN-AS-NON-ROOT",
            "POD-PRIVILEGE-ESCALATION", "POD-CAPABILITIES", "POD-SECCOMP");
    private static final Set<String> WORKLOADS = Set.of("Pod", "Deployment", "StatefulSet", "DaemonSet", "ReplicaSet",
            "Job", "CronJob", "ReplicationController");

    private PodSecurityPreview() {
    }

    static List<String> notes(List<Path> deploymentFiles, PlatformSettings platform, Path root) throws IOException {
        PodSecurityLevel level = platform.podSecurity().level();
        if (level == PodSecurityLevel.NONE || level == PodSecurityLevel.PRIVILEGED || deploymentFiles.isEmpty()) {
            return List.of();
        }
        List<Path> yaml = deploymentFiles.stream().filter(f -> f.getFileName().toString().matches(".*\\.ya?ml")).toList();
        List<Manifest> manifests = new ArrayList<>();
        for (Manifest m : new ManifestLoader(root).load(yaml).manifests()) {
            boolean inNamespace = m.namespace() == null || m.namespace().equals(platform.namespace());
            if (m.kind() != null && WORKLOADS.contains(m.kind()) && inNamespace) {
                manifests.add(m);
            }
        }
        if (manifests.isEmpty()) {
            return List.of();
        }
        manifests.add(namespace(platform));
        ValidationContext context = new ValidationContext(manifests, null, platform.namespace(), Map.of(), false)
                .withFileBase(root);
        Map<String, List<String>> byWorkload = new LinkedHashMap<>();
        for (String id : CHECKS) {
            Rule rule = RuleRegistry.byId(id).orElseThrow();
            for (Finding f : rule.evaluate(context)) {
                byWorkload.computeIfAbsent(f.object() + " (" + f.file() + ":" + f.line() + ")", k -> new ArrayList<>())
                        .add(f.message());
            }
        }
        List<String> notes = new ArrayList<>();
        sameWorkloadAndReasons(byWorkload).forEach((workload, where) -> notes.add(workload.object() + " (" + where
                + ") would be rejected by Pod Security " + level.id() + ", which the generated Namespace "
                + platform.namespace() + " enforces: " + String.join("; ", workload.why())
                + " (harden it, or choose the level with -Dai-security.podSecurity)"));
        return notes;
    }

    /** A workload by kind and name, and what the level forbids in it. */
    private record Rejected(String object, List<String> why) {
    }

    /**
     * The same workload rejected for the same reasons in several files (variants of one deployment: minikube,
     * OpenShift, Knative ...) as one entry naming its first file and line and how many others say the same.
     */
    private static Map<Rejected, String> sameWorkloadAndReasons(Map<String, List<String>> byWorkload) {
        Map<Rejected, List<String>> grouped = new LinkedHashMap<>();
        byWorkload.forEach((located, why) -> {
            int open = located.lastIndexOf(" (");
            grouped.computeIfAbsent(new Rejected(located.substring(0, open), why), k -> new ArrayList<>())
                    .add(located.substring(open + 2, located.length() - 1));
        });
        Map<Rejected, String> where = new LinkedHashMap<>();
        grouped.forEach((rejected, files) -> where.put(rejected, files.get(0) + (files.size() == 1 ? ""
                : ", and the same in " + (files.size() - 1) + " other file" + (files.size() == 2 ? "" : "s") + ": "
                + String.join(", ", files.subList(1, Math.min(files.size(), 4)))
                + (files.size() > 4 ? ", ..." : ""))));
        return where;
    }

    /** The generated Namespace as the rules read it: its name and enforce label. */
    private static Manifest namespace(PlatformSettings platform) {
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("name", platform.namespace());
        metadata.put("labels", new LinkedHashMap<>(platform.podSecurity().labels()));
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("apiVersion", "v1");
        content.put("kind", "Namespace");
        content.put("metadata", metadata);
        return new Manifest(Path.of("manifests/namespace.yaml"), 1, content);
    }
}
