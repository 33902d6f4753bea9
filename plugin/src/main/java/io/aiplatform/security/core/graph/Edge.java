package io.aiplatform.security.core.graph;

import io.aiplatform.security.core.descriptor.PortSpec;
import java.util.List;

/**
 * "{@code from} calls {@code to} on {@code ports}", with every declaration that implies it
 * (e.g. "gateway/pom.xml:31 dependency io.example:agent-router").
 */
public record Edge(String from, String to, List<PortSpec> ports, List<String> reasons) {

    public Edge {
        ports = List.copyOf(ports);
        reasons = List.copyOf(reasons);
    }
}
