package io.aiplatform.security.core.graph;

import io.aiplatform.security.core.descriptor.ExclusionSpec;

/** A dependency on another service module of the reactor: an edge on that module's ports. */
final class ServiceModuleDependency implements DependencyRule {

    @Override
    public boolean derive(Service a, ModuleDependency dep, Derivation d) {
        Service b = d.platform.serviceOf(dep);
        if (b == null) {
            return false;
        }
        ExclusionSpec excluded = a.descriptor().exclude().isEmpty() ? null : a.descriptor().exclude().stream()
                .filter(x -> b.name().equals(x.service())).findFirst().orElse(null);
        if (excluded != null) {
            d.excluded(a, excluded, dep.key(), b.name());
        } else if (b != a) {
            d.edge(a, b, d.callPorts(b), PomDependencies.where(d, a, dep)
                    + " declares module " + dep.key());
        }
        return true;
    }
}
