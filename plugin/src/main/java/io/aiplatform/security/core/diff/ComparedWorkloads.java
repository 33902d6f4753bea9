package io.aiplatform.security.core.diff;

import io.aiplatform.security.core.connectivity.ConnectivityAnalyzer;
import io.aiplatform.security.core.connectivity.LabelSelectors;
import io.aiplatform.security.core.connectivity.Workload;
import io.aiplatform.security.core.convention.Labels;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.LabelSelectorRequirement;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The one set of workloads both sides are judged on: the workloads known (the services of the graph, those
 * written in either side's manifests), and for every selector of either side's policies that selects none
 * of them, a stand-in with the labels it asks for (kind {@link #SELECTED}); in a namespace that only a
 * {@code namespaceSelector} names, a stand-in namespace. A selector is judged against the known workloads
 * only, so the set does not depend on the order of the policies.
 */
public final class ComparedWorkloads {

    /** The kind of a stand-in for the pods a selector names. */
    public static final String SELECTED = "Selected";

    private final Map<String, Workload> known = new TreeMap<>();
    private final Map<String, Map<String, String>> namespaces = new TreeMap<>();
    private final Map<String, Workload> standIns = new TreeMap<>();

    private ComparedWorkloads() {
    }

    /** Sorted by {@link Workload#display()}: known workloads first come first when two have the same id. */
    public static List<Workload> of(LayerSnapshot base, LayerSnapshot now, List<Workload> known) {
        ComparedWorkloads c = new ComparedWorkloads();
        List<Workload> all = new ArrayList<>(known);
        all.addAll(now.workloads());
        all.addAll(base.workloads());
        all.forEach(w -> {
            c.known.putIfAbsent(w.display(), w);
            c.namespaces.putIfAbsent(w.namespace(), w.namespaceLabels());
        });
        now.namespaces().forEach(c.namespaces::putIfAbsent);
        base.namespaces().forEach(c.namespaces::putIfAbsent);
        List<NetworkPolicy> policies = new ArrayList<>(now.policies());
        policies.addAll(base.policies());
        policies.forEach(c::standInsFor);
        Map<String, Workload> result = new TreeMap<>(c.standIns);
        result.putAll(c.known);
        return List.copyOf(result.values());
    }

    private void standInsFor(NetworkPolicy policy) {
        String ns = ConnectivityAnalyzer.namespaceOf(policy);
        pods(policy.getSpec().getPodSelector(), ns, namespaces.getOrDefault(ns, Map.of()));
        List<NetworkPolicyPeer> peers = new ArrayList<>();
        if (policy.getSpec().getIngress() != null) {
            policy.getSpec().getIngress().forEach(r -> peers.addAll(r.getFrom() == null ? List.of() : r.getFrom()));
        }
        if (policy.getSpec().getEgress() != null) {
            policy.getSpec().getEgress().forEach(r -> peers.addAll(r.getTo() == null ? List.of() : r.getTo()));
        }
        for (NetworkPolicyPeer peer : peers) {
            if (peer.getIpBlock() != null) {
                continue;
            }
            if (peer.getNamespaceSelector() == null) {
                pods(peer.getPodSelector(), ns, namespaces.getOrDefault(ns, Map.of()));
                continue;
            }
            boolean matched = false;
            for (Map.Entry<String, Map<String, String>> e : namespaces.entrySet()) {
                if (LabelSelectors.matches(peer.getNamespaceSelector(), e.getValue())) {
                    matched = true;
                    pods(peer.getPodSelector(), e.getKey(), e.getValue());
                }
            }
            Map<String, String> nsLabels = labelsFor(peer.getNamespaceSelector());
            if (!matched && nsLabels != null) {
                String name = nsLabels.getOrDefault(Labels.NAMESPACE_NAME, labelText(nsLabels));
                pods(peer.getPodSelector(), name, nsLabels);
            }
        }
    }

    /** A stand-in for the pods of {@code namespace} that {@code selector} names, unless a known workload is one. */
    private void pods(LabelSelector selector, String namespace, Map<String, String> namespaceLabels) {
        for (Workload w : known.values()) {
            if (w.namespace().equals(namespace) && LabelSelectors.matches(selector, w.labels())) {
                return;
            }
        }
        Map<String, String> labels = selector == null ? Map.of() : labelsFor(selector);
        if (labels == null) {
            return; // a selector no label set can be made for (NotIn or DoesNotExist alone): nothing stands in
        }
        String name = labels.isEmpty() ? "*" : labels.size() == 1 && labels.containsKey(Labels.NAME)
                ? labels.get(Labels.NAME) : labelText(labels);
        Workload standIn = new Workload(name, namespace, SELECTED, namespaceLabels, labels, List.of());
        standIns.putIfAbsent(standIn.display(), standIn);
    }

    /** Labels the selector matches: its matchLabels, the first value of an In, any value for Exists; null if none does. */
    static Map<String, String> labelsFor(LabelSelector selector) {
        Map<String, String> labels = new TreeMap<>();
        if (selector.getMatchLabels() != null) {
            labels.putAll(selector.getMatchLabels());
        }
        for (LabelSelectorRequirement r : selector.getMatchExpressions() == null ? List.<LabelSelectorRequirement>of()
                : selector.getMatchExpressions()) {
            if ("In".equals(r.getOperator()) && r.getValues() != null && !r.getValues().isEmpty()) {
                labels.putIfAbsent(r.getKey(), r.getValues().get(0));
            } else if ("Exists".equals(r.getOperator())) {
                labels.putIfAbsent(r.getKey(), "any");
            }
        }
        try {
            return LabelSelectors.matches(selector, labels) ? labels : null;
        } catch (IllegalArgumentException unknownOperator) {
            return null;
        }
    }

    /** {@code {k=v,k2=v2}}. */
    static String labelText(Map<String, String> labels) {
        List<String> pairs = new ArrayList<>();
        new TreeMap<>(labels).forEach((k, v) -> pairs.add(k + "=" + v));
        return "{" + String.join(",", pairs) + "}";
    }
}
