package io.aiplatform.security.core.graph;

import io.aiplatform.security.core.support.DerivationRule;
import io.aiplatform.security.core.descriptor.ExclusionSpec;
import io.aiplatform.security.core.descriptor.PortRef;
import io.aiplatform.security.core.support.InvalidInputException;
import io.aiplatform.security.core.support.Parallel;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The last step of a derivation: the checks that need every edge (a service that receives traffic
 * needs a port; named ports exist), then the graph, with a warning for each {@code exclude} that matched
 * nothing, each connection with a whole other namespace, and each input that could not be read.
 */
final class GraphAssembly {

    private final Derivation d;

    GraphAssembly(Derivation d) {
        this.d = d;
    }

    ServiceGraph assemble() throws InvalidInputException {
        List<EdgeBuilder> edges = d.findings.sortedEdges();
        checkNamedPorts();
        checkReceiversHavePorts(edges);
        if (!d.findings.errors.isEmpty()) {
            throw new InvalidInputException(d.findings.errors);
        }
        // each edge's ports sorted and evidence copied, in parallel when there are many; the list keeps the edges' order
        List<Edge> built = Parallel.stream(edges).map(EdgeBuilder::build).toList();
        warnUnusedExclusions();
        List<OutsideEdge> outsideEdges = d.findings.outside.values().stream().map(OutsideEdgeBuilder::build).toList();
        outsideEdges.stream().filter(e -> e.outgoing() && e.labels().isEmpty()).forEach(this::warnWholeNamespace);
        d.findings.unread.forEach(p -> d.findings.warnings.add(d.project.relative(p).orRule(DerivationRule.INPUT_UNREAD)));
        return new ServiceGraph(List.copyOf(d.services().values()), built, d.findings.productEgress,
                d.findings.warnings, d.findings.omissions, outsideEdges, d.findings.notices)
                .withDeploymentFiles(d.platform.deploymentFiles).withUnresolvedCalls(d.findings.unresolvedCalls);
    }

    private void checkNamedPorts() {
        for (Service s : d.services().values()) {
            for (PortRef published : s.descriptor().ingress().ports()) {
                if (Ports.of(s, published).isEmpty()) {
                    d.error(s, 0, "ingress.ports names port " + published + ", which the service does not declare;"
                            + " declared ports: " + Ports.describe(s.ports()));
                }
            }
            for (PortRef peer : s.descriptor().peers()) {
                if (Ports.of(s, peer).isEmpty()) {
                    d.error(s, 0, "peers names port " + peer + ", which the service does not declare; declared ports: "
                            + Ports.describe(s.ports()));
                }
            }
        }
    }

    /** A service that receives traffic needs a port. */
    private void checkReceiversHavePorts(List<EdgeBuilder> edges) {
        Set<String> receivers = new HashSet<>(); // only asked whether it holds a name
        edges.forEach(e -> receivers.add(e.to));
        for (Service s : d.services().values()) {
            boolean receives = receivers.contains(s.name()) || s.descriptor().ingress().external()
                    || !s.descriptor().ingress().fromOutside().isEmpty();
            if (receives && s.ports().isEmpty()) {
                List<String> callers = edges.stream().filter(e -> e.to.equals(s.name()))
                        .map(e -> e.from).toList();
                d.error(s, 0, "receives traffic (" + (callers.isEmpty() ? "ingress.external" : "called by "
                        + String.join(", ", callers)) + ") but declares no port; add 'ports: [{name: http, port: 8080}]'"
                        + " with its real port");
            }
        }
    }

    private void warnUnusedExclusions() {
        for (Service s : d.services().values()) {
            for (ExclusionSpec exclusion : s.descriptor().exclude()) {
                if (!d.findings.usedExclusions.contains(exclusion)) {
                    d.warning(DerivationRule.UNUSED_EXCLUDE, s, exclusion.line(), "exclude of '" + exclusion.target()
                            + "' matches nothing derived for this service; remove it");
                }
            }
        }
    }

    private void warnWholeNamespace(OutsideEdge e) {
        String ports = String.join(",", e.ports().stream().map(p -> String.valueOf(p.port())).toList());
        d.info(DerivationRule.NAMESPACE_WIDE, d.services().get(e.service()), 0, e.service() + " may reach every pod of namespace "
                + e.namespace() + " on port " + ports + " (" + e.peer() + "): the selector of a Service in another"
                + " namespace is not known here; to narrow it, give it as labels: calls: [{service: " + e.peerService()
                + ", namespace: " + e.namespace() + ", port: " + ports + ", labels: {...}}] (kubectl get service "
                + e.peerService() + " -n " + e.namespace() + " -o jsonpath='{.spec.selector}')");
    }
}
