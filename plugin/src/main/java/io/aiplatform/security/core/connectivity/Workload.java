package io.aiplatform.security.core.connectivity;

import io.aiplatform.security.core.descriptor.PortSpec;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A set of pods that policies can select: its namespace (and that namespace's labels), its pod
 * labels and the container ports it listens on.
 */
public record Workload(String name, String namespace, Map<String, String> namespaceLabels,
                       Map<String, String> labels, List<PortSpec> ports) {

    public Workload {
        TreeMap<String, String> ns = new TreeMap<>(namespaceLabels);
        ns.putIfAbsent("kubernetes.io/metadata.name", namespace);
        namespaceLabels = java.util.Collections.unmodifiableMap(ns);
        labels = Map.copyOf(labels);
        ports = List.copyOf(ports);
    }

    public static Workload of(String name, String namespace, Map<String, String> labels, List<PortSpec> ports) {
        return new Workload(name, namespace, Map.of(), labels, ports);
    }

    /** The qualified name, {@code namespace/name}. */
    public String id() {
        return namespace + "/" + name;
    }
}
