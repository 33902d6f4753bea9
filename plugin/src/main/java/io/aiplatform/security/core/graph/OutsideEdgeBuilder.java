package io.aiplatform.security.core.graph;

import io.aiplatform.security.core.descriptor.PortSpec;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** A connection with pods of another namespace being derived: its ports and its evidence. */
final class OutsideEdgeBuilder {
    final String service;
    final boolean outgoing;
    final String namespace;
    final String peerService;
    final Map<String, String> labels;
    final Map<String, PortSpec> ports = new TreeMap<>();
    final Set<String> reasons = new TreeSet<>();

    /** The peer: pods of {@code namespace} behind Service {@code peerService} (or null), with these labels. */
    record Peer(String namespace, String peerService, Map<String, String> labels) {
    }

    OutsideEdgeBuilder(String service, boolean outgoing, Peer peer) {
        this.service = service;
        this.outgoing = outgoing;
        this.namespace = peer.namespace();
        this.peerService = peer.peerService();
        this.labels = peer.labels();
    }

    void add(List<PortSpec> more, String reason) {
        more.forEach(p -> ports.put(String.format("%05d/%s", p.port(), p.protocol()), p));
        reasons.add(reason);
    }

    OutsideEdge build() {
        return new OutsideEdge(service, outgoing, namespace, peerService, labels, List.copyOf(ports.values()),
                List.copyOf(reasons));
    }
}
