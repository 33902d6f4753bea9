package io.aiplatform.security.core.graph;

import io.aiplatform.security.core.support.DerivationRule;
import io.aiplatform.security.core.support.Problem;
import java.util.List;

/**
 * A dependency with the groupId of the platform's modules that is no module of the reactor (renamed
 * or removed): a warning, since it loses its edges. Later rules still read it.
 */
final class ForeignModuleDependency implements DependencyRule {

    @Override
    public boolean derive(Service a, ModuleDependency dep, Derivation d) {
        List<String> siblings = d.platform.artifactIdsOf(dep.groupId());
        if (!siblings.isEmpty()) {
            d.findings.warnings.add(new Problem(PomDependencies.file(d, a, dep), PomDependencies.line(dep), a.name(),
                    "depends on " + dep.key() + ", which has the groupId of this platform's modules"
                    + " but is no module of the reactor" + ServiceNames.likelyModule(dep.artifactId(), siblings)
                    + "; a renamed or removed module loses its edges: depend on the module it is now")
                    .withRule(DerivationRule.FOREIGN_MODULE));
        }
        return false;
    }
}
