package io.aiplatform.security.core.graph;

import io.aiplatform.security.core.descriptor.PortSpec;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** An edge being derived: its ports and its evidence, gathered from every source that finds it. */
final class EdgeBuilder {
    private static final Comparator<PortSpec> BY_PORT =
            Comparator.comparingInt(PortSpec::port).thenComparing(PortSpec::protocol);

    final String from;
    final String to;
    final Map<String, PortSpec> ports = new LinkedHashMap<>();
    final Set<String> reasons = new TreeSet<>();

    EdgeBuilder(String from, String to) {
        this.from = from;
        this.to = to;
    }

    void add(List<PortSpec> more, String reason) {
        more.forEach(p -> ports.put(p.port() + "/" + p.protocol(), p));
        reasons.add(reason);
    }

    Edge build() {
        List<PortSpec> sorted = ports.values().stream().sorted(BY_PORT).toList();
        return new Edge(from, to, sorted, List.copyOf(reasons));
    }
}
