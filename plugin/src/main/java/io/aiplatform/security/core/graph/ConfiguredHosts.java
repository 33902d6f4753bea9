package io.aiplatform.security.core.graph;

import io.aiplatform.security.core.support.DerivationRule;
import io.aiplatform.security.core.derive.ConfigReferences;
import io.aiplatform.security.core.derive.HostReference;
import io.aiplatform.security.core.derive.JavaSourceReferences;
import io.aiplatform.security.core.support.Problem;
import java.util.ArrayList;
import java.util.List;

/**
 * Edges from what a service's Spring, Quarkus or Micronaut configuration connects to (URLs, hosts,
 * host lists): its own {@code application*}/{@code bootstrap*} files for the active profiles, a config
 * server's native repository over them, and its deployment's environment (Compose, Kubernetes) over both.
 * Only keys that something reads count ({@link ReadKeys}); a host under a key that nothing reads is an
 * omission (shown by {@code explain}), not an edge and not a warning.
 */
final class ConfiguredHosts extends NamedSource {

    ConfiguredHosts() {
        // which keys count: the libraries on the classpath, and the keys the Java sources read
        super("configuration", ConfiguredHosts::configurationInputs, PomDependencies::dependencyInputs,
                JavaSourceHosts::sourceInputs, UnusedClientLibraries::otherSourceInputs);
    }

    /**
     * Every service module's configuration folder (a config server's native repository lies in its own), the
     * folders of a configuration repository outside the code repository, those of this checkout a Git-backed config
     * server serves from ({@link CheckoutConfigInputs}), and the deployment.
     */
    static void configurationInputs(DerivationProject project, DeclaredInputs inputs) {
        for (Module m : project.serviceModules()) {
            inputs.file("configuration", DerivationProject.resources(m));
        }
        // a service's @PropertySource may name a file of a library module it runs with (PropertySourceConfiguration)
        LibraryModuleSources.libraries(project).forEach(m -> inputs.file("library configuration",
                DerivationProject.resources(m)));
        inputs.fact("config directories", project.configDirectories());
        project.configDirectories().forEach(folder -> inputs.file("config directory", folder));
        CheckoutConfigInputs.declare(project, inputs);
        ServiceResolution.deploymentInputs(project, inputs);
        inputs.fact(ServiceResolution.PROFILES, project.profiles()).fact("namespace", project.namespace());
    }

    /** Which keys of {@code a}'s configuration something reads, and what its configuration names. */
    private record Found(ReadKeys read, ConfigReferences.Result references) {
    }

    @Override
    public Found prepare(Service a, Derivation d) {
        ReadKeys read = d.readKeys(a);
        ConfigReferences.Result merged = withVersionNotes(ConfigReferences.of(d.configuration(a), d::shown, read::read),
                read);
        List<HostReference> alternatives = new ArrayList<>(AlternativeDeployments.references(a, d, read, merged));
        alternatives.addAll(HostRunVariant.references(a, d, read, merged, alternatives));
        if (alternatives.isEmpty()) {
            return new Found(read, merged);
        }
        List<HostReference> all = new ArrayList<>(merged.references());
        all.addAll(alternatives);
        return new Found(read, new ConfigReferences.Result(all, merged.unresolved(), merged.notRead(), merged.ignored()));
    }

    /**
     * The references whose key only some versions of the framework read carry the version that does in their evidence
     * ("k8s/cart.yaml:39 spring.data.redis.host (read by Spring Boot 3.3.2) names redis").
     */
    private static ConfigReferences.Result withVersionNotes(ConfigReferences.Result found, ReadKeys read) {
        List<HostReference> references = new ArrayList<>();
        boolean noted = false;
        for (HostReference r : found.references()) {
            String note = read.versionNote(r.key());
            noted |= note != null;
            references.add(note == null ? r : new HostReference(r.host(), r.port(), r.source() + " (" + note + ")",
                    r.key(), r.loadBalanced()));
        }
        return noted ? new ConfigReferences.Result(references, found.unresolved(), found.notRead(), found.ignored())
                : found;
    }

    @Override
    public void derive(Service a, Derivation d) {
        Found prepared = d.prepared(this, a);
        ReadKeys read = prepared.read();
        ConfigReferences.Result found = prepared.references();
        found.unresolved().forEach(u -> d.findings.warnings.add(new Problem(null, 0, a.name(), u
                + "; the connection it configures cannot be derived (give the placeholder a default, or add 'calls:')")
                .withRule(DerivationRule.UNRESOLVED_PLACEHOLDER)));
        found.notRead().forEach(u -> d.warning(DerivationRule.INPUT_UNREAD, a, u));
        JavaSourceReferences.Result code = d.reading(a).java();
        // a host key the code takes with a port of its own (a gRPC channel builder's forAddress): that edge has the port
        d.hostReferences(a).add(found.references().stream().filter(r -> r.port() != null || !code.givesPortOf(r.key()))
                .toList());
        for (HostReference ignored : found.ignored()) {
            if (ignored.host().equals(a.name())) {
                continue; // a key that names the service itself would be no edge either
            }
            String where = ignored.source().substring(0, ignored.source().length() - ignored.key().length()).strip();
            d.findings.omissions.add(new Omission(a.name(), ignored.key(), ignored.host(), "not a connection: "
                    + read.whyUnread(ignored.key()), where));
        }
    }
}
