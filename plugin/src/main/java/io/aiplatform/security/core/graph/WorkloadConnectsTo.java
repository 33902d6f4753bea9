package io.aiplatform.security.core.graph;

import io.aiplatform.security.core.support.DerivationRule;
import io.aiplatform.security.core.derive.HostReference;
import io.aiplatform.security.core.derive.WorkloadConnections;
import java.util.List;

/**
 * Edges from OpenShift's {@code app.openshift.io/connects-to} annotation on the Kubernetes workloads in
 * the repository ({@link WorkloadConnections}): the workload of a service connects to the workloads it
 * names that are services of the platform, on their call ports; to a service another source already located the
 * connection to, on the ports that source gives (the annotation adds its evidence). A workload is a service by its name.
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
        HostReferenceEdges edges = d.hostReferences(a);
        List<HostReference> references = all.stream()
                .filter(c -> c.workload().equals(a.name()))
                .filter(c -> edges.isPlatformService(c.target()))
                .filter(c -> !evidenceOnly(a, c, d))
                .map(c -> new HostReference(c.target(), null, c.source())).toList();
        edges.add(references);
    }

    /**
     * The annotation names a workload, never a port: when another source already located the connection to
     * that service on its ports (the configuration's {@code http://otel-lgtm:4318}), it only adds its evidence.
     */
    private static boolean evidenceOnly(Service a, WorkloadConnections.Connection c, Derivation d) {
        Service b = d.services().get(c.target());
        EdgeBuilder located = b == null ? null : d.edgeSoFar(a, b);
        if (located == null || located.ports.isEmpty()) {
            return false;
        }
        d.edge(a, b, List.of(), c.source() + " names " + c.target());
        return true;
    }
}
