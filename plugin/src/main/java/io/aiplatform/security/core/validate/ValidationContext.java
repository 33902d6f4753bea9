package io.aiplatform.security.core.validate;

import io.aiplatform.security.core.connectivity.Topology;
import io.aiplatform.security.core.connectivity.Workload;
import io.aiplatform.security.core.graph.ServiceGraph;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What the rules look at: every manifest, the user's workloads, the service graph when there is a
 * project, and the files under Git-tracked folders (for key material that must not be there).
 *
 * @param graph                   the declared service graph, or null when validating standalone
 * @param namespace               the platform namespace, or null
 * @param trackedFiles            text of files under Git-tracked folders, by displayed path
 * @param aesgcmRotationAutomated the operator rotates aesgcm keys automatically
 */
public record ValidationContext(List<Manifest> manifests, ServiceGraph graph, String namespace,
                                Map<Path, String> trackedFiles, boolean aesgcmRotationAutomated) {

    public ValidationContext {
        manifests = List.copyOf(manifests);
        trackedFiles = Map.copyOf(trackedFiles);
    }

    public List<Manifest> ofKind(String... kinds) {
        List<String> k = List.of(kinds);
        return manifests.stream().filter(m -> m.kind() != null && k.contains(m.kind())).collect(Collectors.toList());
    }

    /** Workloads declared in the manifests (Deployments, StatefulSets, ..., Pods). */
    public List<Workload> userWorkloads() {
        return Topology.of(manifests.stream().map(Manifest::content).toList()).workloads();
    }
}
