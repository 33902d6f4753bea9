package io.aiplatform.security.core.intents;

import io.aiplatform.security.core.connectivity.Topology;
import io.aiplatform.security.core.connectivity.Workload;
import io.aiplatform.security.core.convention.Labels;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A platform's deployed layer as the shift-left check sees it: its NetworkPolicies, its namespace, and one
 * stand-in workload per pod set a policy selects by labels (the layer holds no Deployments: the pods of
 * {@code payments} are those {@code payments-network-policy} selects).
 *
 * @param name how messages name the layer: its artifact {@code g:a:v}, or its folder
 */
public record DeployedLayer(String name, String namespace, List<NetworkPolicy> policies, List<Workload> workloads) {

    public DeployedLayer {
        policies = List.copyOf(policies);
        workloads = List.copyOf(workloads);
    }

    /**
     * The layer of {@code documents} (the parsed YAML of its {@code manifests/}); its namespace is that of its
     * Namespace object, else of its first NetworkPolicy, else {@code fallbackNamespace}.
     */
    public static DeployedLayer of(String name, List<Map<String, Object>> documents, String fallbackNamespace) {
        Topology topology = Topology.of(documents);
        List<NetworkPolicy> policies = topology.policies();
        String namespace = topology.namespaces().keySet().stream().findFirst()
                .orElse(policies.stream().map(p -> p.getMetadata().getNamespace()).filter(n -> n != null)
                        .findFirst().orElse(fallbackNamespace));
        Map<String, Workload> standIns = new LinkedHashMap<>();
        for (NetworkPolicy p : policies) {
            LabelSelector selector = p.getSpec().getPodSelector();
            if (selector == null || selector.getMatchLabels() == null || selector.getMatchLabels().isEmpty()
                    || selector.getMatchExpressions() != null && !selector.getMatchExpressions().isEmpty()) {
                continue;
            }
            Map<String, String> labels = new TreeMap<>(selector.getMatchLabels());
            String ns = p.getMetadata().getNamespace() == null ? namespace : p.getMetadata().getNamespace();
            String service = labels.getOrDefault(Labels.NAME, p.getMetadata().getName());
            standIns.putIfAbsent(ns + "/" + labels, Workload.of(service, ns, labels, List.of()));
        }
        return new DeployedLayer(name, namespace, policies, new ArrayList<>(standIns.values()));
    }

    /** The pods of the service {@code name} in the layer's namespace (selected by its name label), if any policy selects them. */
    public Optional<Workload> service(String name) {
        return workloads.stream().filter(w -> w.namespace().equals(namespace) && name.equals(w.name())).findFirst();
    }
}
