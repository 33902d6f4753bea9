package io.aiplatform.security.core.descriptor;

import java.util.List;
import java.util.Map;

/**
 * Who may call a service besides the services whose POMs depend on it.
 *
 * @param external       accepts traffic from outside the namespace
 * @param fromNamespaces labels of the namespaces outside traffic comes from (empty: the plugin's default)
 * @param fromCidrs      IP blocks outside traffic comes from (for a LoadBalancer that keeps client addresses)
 * @param from           extra calling services, by name
 * @param ports          the ports published to outside traffic, by name or number (empty: every port)
 * @param fromOutside    calling pods in other namespaces (entries of {@code from} that name a namespace)
 */
public record IngressSpec(boolean external, Map<String, String> fromNamespaces, List<String> fromCidrs,
                          List<NamedRef> from, List<PortRef> ports, List<OutsidePeer> fromOutside) {

    public static final IngressSpec NONE = new IngressSpec(false, Map.of(), List.of(), List.of(), List.of(), List.of());

    public IngressSpec {
        fromNamespaces = Map.copyOf(fromNamespaces);
        fromCidrs = List.copyOf(fromCidrs);
        from = List.copyOf(from);
        ports = ports == null ? List.of() : List.copyOf(ports);
        fromOutside = fromOutside == null ? List.of() : List.copyOf(fromOutside);
    }
}
