package io.aiplatform.security.core.graph;

import io.aiplatform.security.core.support.DerivationRule;
import io.aiplatform.security.core.derive.WorkloadConnections;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * OpenShift's {@code app.openshift.io/connects-to} annotation on the Kubernetes workloads in the repository
 * ({@link WorkloadConnections}). The annotation draws an arrow in the OpenShift console's topology view; it opens no
 * connection and names no port. So it never makes an edge: where another source located the connection to a
 * service it names (the configuration's {@code http://otel-lgtm:4318}), it adds its evidence to that edge; where none
 * did, the arrow is noted as no connection ("{@code ui -/-> fights}"). It runs last, after every other source. A
 * workload is a service by its name.
 */
final class WorkloadConnectsTo extends NamedSource {

    WorkloadConnectsTo() {
        super("connects-to annotations", ServiceResolution::deploymentInputs);
    }

    @Override
    public void derive(Service a, Derivation d) {
        List<WorkloadConnections.Connection> all = d.once("connects-to", () -> WorkloadConnections.scan(
                d.platform.deploymentFiles, d::shown,
                p -> d.findings.warnings.add(d.project.relative(p).orRule(DerivationRule.INPUT_UNREAD))));
        Map<String, List<String>> hints = new TreeMap<>();
        for (WorkloadConnections.Connection c : all) {
            Service b = c.workload().equals(a.name())
                    ? d.hosts().serviceOf(c.target()).map(d.services()::get).orElse(null) : null;
            if (b == null || b == a) {
                continue;
            }
            EdgeBuilder located = d.edgeSoFar(a, b);
            if (located != null && !located.ports.isEmpty()) {
                d.edge(a, b, List.of(), c.source() + " names " + c.target());
            } else {
                String where = c.source().substring(0, c.source().length() - WorkloadConnections.ANNOTATION.length());
                hints.computeIfAbsent(b.name(), k -> new ArrayList<>()).add(where.strip());
            }
        }
        // one note per service it names, however many copies of the manifest carry the annotation
        hints.forEach((b, where) -> d.findings.omissions.add(new Omission(a.name(), WorkloadConnections.ANNOTATION, b,
                "a topology hint of the OpenShift console, not a connection; nothing else " + a.name()
                        + " runs with names " + b, where.get(0) + (where.size() > 1 ? " and " + (where.size() - 1)
                        + " more" : ""))));
    }
}
