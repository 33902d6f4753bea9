package io.aiplatform.security.core.graph;

import io.aiplatform.security.core.descriptor.PortSpec;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A connection between a service of the platform and pods in another namespace: outgoing (the
 * service calls them) or incoming (they call the service), on {@code ports} (of the callee), with the
 * declarations that imply it.
 *
 * @param peerService the Service's name in that namespace, when known (messages and reports)
 * @param labels      the labels of the pods there; empty means every pod of the namespace
 */
public record OutsideEdge(String service, boolean outgoing, String namespace, String peerService,
                          Map<String, String> labels, List<PortSpec> ports, List<String> reasons) {

    public OutsideEdge {
        labels = Collections.unmodifiableMap(new TreeMap<>(labels));
        ports = List.copyOf(ports);
        reasons = List.copyOf(reasons);
    }

    /** {@code kafka/my-cluster-kafka-bootstrap}, {@code monitoring/{app=prometheus}} or {@code monitoring/*}. */
    public String peer() {
        return namespace + "/" + (peerService != null ? peerService : labels.isEmpty() ? "*" : labels.toString());
    }
}
