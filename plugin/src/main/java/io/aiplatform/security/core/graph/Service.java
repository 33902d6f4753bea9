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

    /**
     * True when the service holds Kubernetes API permissions — {@code kubernetesApi}, or the Role that lets it read
     * its {@code secrets} and {@code configMaps} through the API — and mounts its token: it talks to the API server.
     */
    public boolean usesKubernetesApi() {
        return automountServiceAccountToken && (!descriptor.kubernetesApi().isEmpty() || !descriptor.secrets().isEmpty()
                || !descriptor.configMaps().isEmpty());
    }

    /** The name of the port that only scrapers reach (Prometheus' convention). */
    public static final String METRICS_PORT = "metrics";

    /**
     * The ports a caller that names no port reaches: every declared port except the one named
     * {@code metrics} (for scrapers) and those in {@code peers} (for replicas); every port when that
     * leaves none.
     */
    public List<PortSpec> callPorts() {
        List<PortSpec> peer = peerPorts();
        List<PortSpec> call = ports().stream().filter(p -> !METRICS_PORT.equals(p.name()) && !peer.contains(p)).toList();
        return call.isEmpty() ? ports() : call;
    }

    /** The ports published to outside traffic: those {@code ingress.ports} names, else the {@link #callPorts()}. */
    public List<PortSpec> externalPorts() {
        List<PortRef> named = descriptor.ingress().ports();
        return named.isEmpty() ? callPorts()
                : ports().stream().filter(p -> named.stream().anyMatch(r -> r.matches(p))).toList();
    }

    /** The declared ports that {@code peers} names: what replicas of the service open to each other. */
    public List<PortSpec> peerPorts() {
        if (descriptor.peers().isEmpty()) {
            return List.of(); // most services: asked for every edge to them, so no stream for nothing
        }
        return ports().stream().filter(p -> descriptor.peers().stream().anyMatch(r -> r.matches(p))).toList();
    }
}
