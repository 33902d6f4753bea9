package io.aiplatform.security.core.connectivity;

import io.fabric8.kubernetes.api.model.LabelSelector;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Workloads by namespace and by pod label, so that a selector is answered from the workloads that
 * carry one of its {@code matchLabels} instead of a scan of every workload.
 */
public final class WorkloadIndex {

    private final List<Workload> all;
    private final Map<String, List<Workload>> byNamespace = new HashMap<>();
    /** "namespace/key=value" → workloads with that pod label. */
    private final Map<String, List<Workload>> byLabel = new HashMap<>();

    public WorkloadIndex(List<Workload> workloads) {
        this.all = List.copyOf(workloads);
        for (Workload w : all) {
            byNamespace.computeIfAbsent(w.namespace(), k -> new ArrayList<>()).add(w);
            w.labels().forEach((k, v) -> byLabel.computeIfAbsent(w.namespace() + "/" + k + "=" + v,
                    x -> new ArrayList<>()).add(w));
        }
    }

    public List<Workload> all() {
        return all;
    }

    public List<Workload> inNamespace(String namespace) {
        return byNamespace.getOrDefault(namespace, List.of());
    }

    /** Namespace → its workloads (namespaces that have none are absent). */
    public Map<String, List<Workload>> byNamespace() {
        return byNamespace;
    }

    /** The workloads of {@code namespace} that {@code selector} matches; a null selector matches all of them. */
    public List<Workload> select(LabelSelector selector, String namespace) {
        List<Workload> inNamespace = inNamespace(namespace);
        if (selector == null || selector.getMatchLabels() == null || selector.getMatchLabels().isEmpty()) {
            return selector == null ? inNamespace
                    : inNamespace.stream().filter(w -> LabelSelectors.matches(selector, w.labels())).toList();
        }
        List<Workload> smallest = null;
        for (Map.Entry<String, String> e : selector.getMatchLabels().entrySet()) {
            List<Workload> candidates = byLabel.getOrDefault(namespace + "/" + e.getKey() + "=" + e.getValue(), List.of());
            if (smallest == null || candidates.size() < smallest.size()) {
                smallest = candidates;
            }
        }
        return smallest.stream().filter(w -> LabelSelectors.matches(selector, w.labels())).toList();
    }
}
