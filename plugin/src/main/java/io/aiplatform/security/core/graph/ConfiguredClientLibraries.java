package io.aiplatform.security.core.graph;

import io.aiplatform.security.core.derive.ConfiguredClients;
import java.util.List;

/**
 * Client libraries of several products ({@link ConfiguredClients}: Micronaut's discovery client for Consul and
 * Eureka): the service calls the provider of each product whose keys its configuration sets, with that key as
 * evidence; a library that nothing configures calls nobody (an omission says so). Runs after the configuration,
 * so a provider the configuration already locates keeps that edge's port.
 */
final class ConfiguredClientLibraries extends NamedSource {

    ConfiguredClientLibraries() {
        super("configured client libraries", PomDependencies::dependencyInputs, ConfiguredHosts::configurationInputs,
                JavaSourceHosts::sourceInputs, UnusedClientLibraries::otherSourceInputs);
    }

    @Override
    public void derive(Service a, Derivation d) {
        for (ModuleDependency dep : a.module().dependencies()) {
            String coordinates = dep.groupId() + ":" + dep.artifactId();
            if (!dep.onRuntimeClasspath() || !ConfiguredClients.decidedByConfiguration(coordinates)) {
                continue;
            }
            List<ConfiguredClients.Decision> decisions = decisions(a, dep, d);
            if (decisions.isEmpty()) {
                d.findings.omissions.add(new Omission(a.name(), dep.key(), ConfiguredClients.products(coordinates),
                        "its configuration sets no " + ConfiguredClients.prefixes(coordinates)
                                + " key, so it calls none of its products",
                        PomDependencies.where(d, a, dep)));
            }
            for (ConfiguredClients.Decision decision : decisions) {
                new CatalogClientEdge(d, a).derive(dep, decision.product(), "declares ", "; "
                        + decision.key().where(d::shown) + " configures it");
            }
        }
    }

    /** The products {@code dep} calls for {@code a}, decided by {@code a}'s configuration. */
    static List<ConfiguredClients.Decision> decisions(Service a, ModuleDependency dep, Derivation d) {
        return ConfiguredClients.decide(dep.groupId() + ":" + dep.artifactId(), d.configuration(a));
    }
}
