package io.aiplatform.security.core.graph;

import io.aiplatform.security.core.derive.PodTemplateLabels;
import io.aiplatform.security.core.support.DerivationRule;
import io.aiplatform.security.core.support.Problem;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The Kubernetes workloads of the repository (manifests, kustomize, rendered Helm charts) that run a service while
 * their pod template lacks a label of the service's {@code labels}, which every generated NetworkPolicy of the
 * service selects its pods by: applied as generated, the namespace's default-deny policy selects those pods and no
 * allow policy does. One warning per service, at the first such workload, naming the labels on both sides and the
 * two ways out (the second: the labels the pods of all its workloads carry alike, when they share any). A pod template
 * without labels is left alone: a Deployment, StatefulSet or DaemonSet needs them (the API server refuses it without),
 * so the manifest is a fragment, or a Job's pods that Kubernetes labels itself. Reported once the sources have run,
 * before the graph is assembled. Compose services have no labels and get none; the edges do not change.
 */
final class PodLabelMismatches {

    private PodLabelMismatches() {
    }

    /** One warning per service that a workload of the repository runs with pods that lack its labels. */
    static void report(Derivation d) {
        d.platform.podTemplateLabels.forEach((service, workloads) -> {
            Service s = d.platform.services.get(service);
            List<PodTemplateLabels> lacking = workloads.stream()
                    .filter(w -> !w.labels().isEmpty() && !w.labels().entrySet().containsAll(s.labels().entrySet()))
                    .toList();
            if (!lacking.isEmpty()) {
                d.findings.warnings.add(d.project.relative(warning(s, lacking, shared(workloads), d)));
            }
        });
    }

    private static Problem warning(Service s, List<PodTemplateLabels> lacking, Map<String, String> shared,
                                   Derivation d) {
        PodTemplateLabels first = lacking.get(0);
        String others = lacking.stream().skip(1).map(w -> w.workload() + " (" + d.project.rel(w.file()) + ":"
                + w.line() + ")").collect(Collectors.joining(", "));
        String descriptor = s.module().descriptorFile() == null ? "its descriptor"
                : "its descriptor (" + d.project.rel(s.module().descriptorFile()) + ")";
        return new Problem(first.file(), first.line(), s.name(), first.workload() + " runs service " + s.name()
                + (first.reason() == null ? "" : " (" + first.reason() + ")") + ", but its pods carry the labels "
                + yaml(first.labels()) + " and lack " + yaml(missing(first, s)) + " of " + yaml(new TreeMap<>(s.labels()))
                + ", which the generated NetworkPolicies of " + s.name() + " select: applied as generated, none of"
                + " them applies to those pods, and under the default-deny policy their traffic is blocked"
                + (others.isEmpty() ? "" : "; so are the pods of " + others) + ". Add " + yaml(missing(first, s))
                + " to the pod template's labels"
                + (shared.isEmpty() ? "" : ", or set labels: " + yaml(shared) + " in " + descriptor))
                .withRule(DerivationRule.POD_LABELS);
    }

    /**
     * Labels whose value is a version, as their owners document them: Kubernetes' recommended
     * {@code app.kubernetes.io/version} (the application's version) and Helm's {@code helm.sh/chart} ({@code
     * <chart>-<version>}). A selector on them stops selecting the pods at the next upgrade, so they are not offered.
     */
    private static final List<String> VERSION_LABELS = List.of("app.kubernetes.io/version", "helm.sh/chart");

    /**
     * The labels that the pods of every workload running the service carry alike, sorted, without those that carry a
     * version: what may select them all.
     */
    private static Map<String, String> shared(List<PodTemplateLabels> workloads) {
        Map<String, String> shared = new TreeMap<>(workloads.get(0).labels());
        shared.keySet().removeAll(VERSION_LABELS);
        workloads.forEach(w -> shared.entrySet().removeIf(e -> !e.getValue().equals(w.labels().get(e.getKey()))));
        return shared;
    }

    /** The service's labels that the workload's pods lack (or carry with another value), sorted. */
    private static Map<String, String> missing(PodTemplateLabels w, Service s) {
        Map<String, String> missing = new TreeMap<>(s.labels());
        missing.entrySet().removeIf(e -> e.getValue().equals(w.labels().get(e.getKey())));
        return missing;
    }

    /** {@code {a: b, c: d}}, as a descriptor or manifest writes labels in flow style; {@code {}} for none. */
    private static String yaml(Map<String, String> labels) {
        return labels.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue())
                .collect(Collectors.joining(", ", "{", "}"));
    }
}
