package io.aiplatform.security.core.descriptor;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * Pods in another namespace that a service calls or is called by: the namespace, the Service's
 * name there (for messages and reports; may be null) and the labels of its pods (empty: every pod of
 * that namespace), with the port of the call.
 *
 * @param port for a call, the callee's port number; for a caller, one of the service's own ports
 *             (null: every port)
 */
public record OutsidePeer(String namespace, String service, Map<String, String> labels, PortRef port, int line) {

    public OutsidePeer {
        labels = Collections.unmodifiableMap(new TreeMap<>(labels));
    }

    /** How messages and reports show the peer: {@code kafka/my-cluster-kafka-bootstrap} or {@code monitoring/{app=x}}. */
    public String display() {
        return namespace + "/" + (service != null ? service : labels.isEmpty() ? "*" : labels.toString());
    }
}
