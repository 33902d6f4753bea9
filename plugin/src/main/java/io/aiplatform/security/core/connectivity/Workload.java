package io.aiplatform.security.core.connectivity;

import io.aiplatform.security.core.descriptor.PortSpec;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A set of pods that policies can select: its namespace (and that namespace's labels), kind and
 * name, its pod labels and the container ports it listens on.
 */
public record Workload(String name, String namespace, String kind, Map<String, String> namespaceLabels,
                       Map<String, String> labels, List<PortSpec> ports) implements Peer {

    public Workload {
        TreeMap<String, String> ns = new TreeMap<>(namespaceLabels);
        ns.putIfAbsent("kubernetes.io/metadata.name", namespace);
        namespaceLabels = Collections.unmodifiableMap(ns);
        labels = Map.copyOf(labels);
        ports = List.copyOf(ports);
    }

    /** A workload of a platform service (one Deployment per service) in a namespace with default labels. */
    public static Workload of(String name, String namespace, Map<String, String> labels, List<PortSpec> ports) {
        return new Workload(name, namespace, "Deployment", Map.of(), labels, ports);
    }

    public Workload(String name, String namespace, Map<String, String> namespaceLabels, Map<String, String> labels,
                    List<PortSpec> ports) {
        this(name, namespace, "Deployment", namespaceLabels, labels, ports);
    }

    /**
     * From the namespace, kind and name only, which nearly always tell workloads apart: the analyzer
     * keys its tables by workload, and hashing every label map on each lookup was a tenth of it.
     * Equal workloads still have equal hashes.
     */
    @Override
    public int hashCode() {
        return (Objects.hashCode(namespace) * 31 + Objects.hashCode(name)) * 31 + Objects.hashCode(kind);
    }

    /** Every component equal, as the record's own equals; written out, as {@link #hashCode} is, to spare a fresh JVM its bootstrap. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Workload w && sameId(w) && namespaceLabels.equals(w.namespaceLabels) && labels.equals(w.labels)
                && ports.equals(w.ports);
    }

    /** True when {@code other} has the same {@link #id()} (compared without building it). */
    public boolean sameId(Workload other) {
        return Objects.equals(namespace, other.namespace) && Objects.equals(name, other.name)
                && Objects.equals(kind, other.kind);
    }

    /** The qualified name, {@code namespace/name[Kind]}. */
    public String id() {
        return display();
    }

    @Override
    public String display() {
        return namespace + "/" + name + "[" + kind + "]";
    }
}
