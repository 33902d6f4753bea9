package io.aiplatform.security.core.graph;

import io.aiplatform.security.core.support.DerivationRule;
import io.aiplatform.security.core.derive.WorkloadConnections;
import java.util.List;

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
                d.platform.deploymentFiles, d.project::shown,
                p -> d.findings.warnings.add(d.project.relative(p).orRule(DerivationRule.INPUT_UNREAD))));
        all.stream().filter(c -> c.workload().equals(a.name()))
                .forEach(c -> d.hosts().serviceOf(c.target()).map(d.services()::get)
                        .ifPresent(b -> evidenceOrHint(a, b, c, d)));
    }

    /** Evidence on the edge another source located to the named service, else a note that the arrow is no connection. */
    private static void evidenceOrHint(Service a, Service b, WorkloadConnections.Connection c, Derivation d) {
        if (b == null || b == a) {
            return;
        }
        EdgeBuilder located = d.edgeSoFar(a, b);
        if (located != null && !located.ports.isEmpty()) {
            d.edge(a, b, List.of(), c.source() + " names " + c.target());
            return;
        }
        String where = c.source().substring(0, c.source().length() - WorkloadConnections.ANNOTATION.length()).strip();
        d.findings.omissions.add(new Omission(a.name(), WorkloadConnections.ANNOTATION, b.name(),
                "a topology hint of the OpenShift console, not a connection; nothing else " + a.name()
                        + " runs with names " + b.name(), where));
    }
}
