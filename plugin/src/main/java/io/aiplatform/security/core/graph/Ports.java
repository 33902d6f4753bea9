package io.aiplatform.security.core.graph;

import io.aiplatform.security.core.descriptor.PortRef;
import io.aiplatform.security.core.descriptor.PortSpec;
import java.util.List;

/** A service's ports as a reference names them, and as messages list them. */
final class Ports {

    private Ports() {
    }

    /** The ports of {@code s} that {@code ref} names (by name or number). */
    static List<PortSpec> of(Service s, PortRef ref) {
        return s.ports().stream().filter(ref::matches).toList();
    }

    /** "http=8080/TCP, 9090/TCP", or "none". */
    static String describe(List<PortSpec> ports) {
        if (ports.isEmpty()) {
            return "none";
        }
        return String.join(", ", ports.stream()
                .map(p -> (p.name() == null ? "" : p.name() + "=") + p.port() + "/" + p.protocol()).toList());
    }
}
