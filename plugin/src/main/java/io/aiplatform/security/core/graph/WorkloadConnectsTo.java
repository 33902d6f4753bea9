package io.aiplatform.security.core.graph;

import io.aiplatform.security.core.support.DerivationRule;
import io.aiplatform.security.core.derive.HostReference;
import io.aiplatform.security.core.derive.WorkloadConnections;
import java.util.List;

/**
 * Edges from OpenShift's {@code app.openshift.io/connects-to} annotation on the Kubernetes workloads in
 * the repository ({@link WorkloadConnections}): the workload of a service connects to the workloads it
 * names that are services of the platform, on their call ports. A workload is a service by its name.
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
                .map(c -> new HostReference(c.target(), null, c.source())).toList();
        edges.add(references);
    }
}
