package io.aiplatform.security.core.graph;

import io.aiplatform.security.core.descriptor.ServiceDescriptor;
import io.aiplatform.security.core.descriptor.ServiceRole;
import io.aiplatform.security.core.descriptor.PortRef;
import io.aiplatform.security.core.descriptor.PortSpec;
import java.util.List;
import java.util.Map;

/** A service of the graph: its module, its descriptor and the values its defaults resolve to. */
public record Service(String name, Module module, ServiceDescriptor descriptor, ServiceRole role,
                      Map<String, String> labels, boolean automountServiceAccountToken) {

    public Service {
        labels = Map.copyOf(labels);
    }

    public List<PortSpec> ports() {
        return descriptor.ports();
    }

    /** True when the service holds Kubernetes API permissions and mounts its token: it talks to the API server. */
    public boolean usesKubernetesApi() {
        return !descriptor.kubernetesApi().isEmpty() && automountServiceAccountToken;
    }

    /** The ports published to outside traffic: those {@code ingress.ports} names, else every port. */
    public List<PortSpec> externalPorts() {
        List<PortRef> named = descriptor.ingress().ports();
        return named.isEmpty() ? ports() : ports().stream().filter(p -> named.stream().anyMatch(r -> r.matches(p))).toList();
    }

    /** The declared ports that {@code peers} names: what replicas of the service open to each other. */
    public List<PortSpec> peerPorts() {
        return ports().stream().filter(p -> descriptor.peers().stream().anyMatch(r -> r.matches(p))).toList();
    }
}
