package io.aiplatform.security.core.graph;

import io.aiplatform.security.core.derive.ConfigReferences;
import io.aiplatform.security.core.support.Problem;

/**
 * Edges from what a service's Spring, Quarkus or Micronaut configuration connects to (URLs, hosts,
 * host lists): its own {@code application*}/{@code bootstrap*} files for the active profiles, a config
 * server's native repository over them, and its deployment's environment (Compose, Kubernetes) over both.
 */
final class ConfiguredHosts implements DerivationSource {

    @Override
    public String name() {
        return "configuration";
    }

    @Override
    public void inputs(DerivationProject project, DeclaredInputs inputs) {
        configurationInputs(project, inputs);
    }

    /**
     * Every service module's configuration folder (a config server's native repository lies in its own), the
     * folders of a configuration repository outside the code repository, and the deployment.
     */
    static void configurationInputs(DerivationProject project, DeclaredInputs inputs) {
        for (Module m : project.serviceModules()) {
            inputs.file("configuration", DerivationProject.resources(m));
        }
        inputs.fact("config directories", project.configDirectories());
        project.configDirectories().forEach(folder -> inputs.file("config directory", folder));
        ServiceResolution.deploymentInputs(project, inputs);
        inputs.fact(ServiceResolution.PROFILES, project.profiles()).fact("namespace", project.namespace());
    }

    @Override
    public void derive(Service a, Derivation d) {
        ConfigReferences.Result found = ConfigReferences.of(d.configuration(a), d.project::shown);
        found.unresolved().forEach(u -> d.findings.warnings.add(new Problem(null, 0, a.name(), u
                + "; the connection it configures cannot be derived (give the placeholder a default, or add 'calls:')")));
        found.notRead().forEach(u -> d.warning(a, u));
        d.hostReferences(a).add(found.references());
    }
}
