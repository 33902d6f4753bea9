package io.aiplatform.security.core.graph;

import io.aiplatform.security.core.catalog.ClientCatalog;
import java.util.List;

/**
 * Edges from the compile and runtime dependencies a service's own POM declares, each read by the
 * first {@link DependencyRule} that accounts for it. Test, provided and system scope never count.
 */
final class PomDependencies extends NamedSource {

    private final List<DependencyRule> rules = List.of(new ServiceModuleDependency(), new ApiClientModules(),
            new LibraryModuleClients(), new CatalogClients(), new ForeignModuleDependency(), new TransitiveStarters());

    PomDependencies() {
        // the deployment files tell whether a framework client that nothing configures connects to its default; the
        // sources and the configuration whether a library that connects only when used is used (UnusedClientLibraries)
        super("pom dependencies", PomDependencies::dependencyInputs, ServiceResolution::deploymentInputs,
                ConfiguredHosts::configurationInputs, JavaSourceHosts::sourceInputs,
                UnusedClientLibraries::otherSourceInputs);
    }

    /**
     * Every module's coordinates and dependencies (scope, exclusions, the line that declares it, what it brings), and
     * the versions of the frameworks it is built with (which keys its framework reads).
     */
    static void dependencyInputs(DerivationProject project, DeclaredInputs inputs) {
        for (Module m : project.modules()) {
            inputs.fact("module", m.key() + " " + m.pomFile() + " " + m.descriptorFile());
            inputs.fact("framework versions of " + m.key(), m.frameworks());
            for (ModuleDependency d : m.dependencies()) {
                inputs.fact("dependency of " + m.key(), d.key() + " " + d.scope() + " " + d.optional() + " "
                        + d.exclusions().stream().sorted().toList() + " " + d.declaredAt() + " " + d.brings());
            }
        }
    }

    /**
     * Why {@code a} has no client of each catalog product its own dependencies call ({@link CatalogClientEdge}), worked
     * out ahead: it depends only on what the derivation read, and is most of this source's work.
     */
    @Override
    public Object prepare(Service a, Derivation d) {
        CatalogClientEdge edge = new CatalogClientEdge(d, a);
        for (ModuleDependency dep : a.module().dependencies()) {
            if (dep.onRuntimeClasspath()) {
                d.catalog().productOf(dep.groupId(), dep.artifactId())
                        .filter(product -> !ClientCatalog.isNotACall(product))
                        .ifPresent(product -> edge.whyNoClient(product, dep));
            }
        }
        return null;
    }

    @Override
    public void derive(Service a, Derivation d) {
        for (ModuleDependency dep : a.module().dependencies()) {
            if (!dep.onRuntimeClasspath()) {
                continue;
            }
            for (DependencyRule rule : rules) {
                if (rule.derive(a, dep, d)) {
                    break;
                }
            }
        }
    }

    /**
     * The POM that declares {@code dep} for {@code a}: the module's own, or the parent it inherits the dependency
     * from ({@code easy-shop-bom/pom.xml}), relative to the root.
     */
    static java.nio.file.Path file(Derivation d, Service a, ModuleDependency dep) {
        return d.rel(declaringPom(a, dep));
    }

    /** {@code file:line} of the POM line that declares {@code dep} for {@code a} ({@link #file}), for evidence. */
    static String where(Derivation d, Service a, ModuleDependency dep) {
        return file(d, a, dep) + lineOf(dep);
    }

    /** {@link #where} where no derivation is at hand. */
    static String where(DerivationProject project, Service a, ModuleDependency dep) {
        return project.rel(declaringPom(a, dep)) + lineOf(dep);
    }

    private static java.nio.file.Path declaringPom(Service a, ModuleDependency dep) {
        return dep.declaredAt() != null && dep.declaredAt().file() != null ? dep.declaredAt().file()
                : a.module().pomFile();
    }

    /** ":line" of the POM line that declares {@code dep}, or "" when unknown. */
    static String lineOf(ModuleDependency dep) {
        return dep.declaredAt() != null && dep.declaredAt().line() > 0 ? ":" + dep.declaredAt().line() : "";
    }

    /** The POM line that declares {@code dep}, or 0. */
    static int line(ModuleDependency dep) {
        return dep.declaredAt() == null ? 0 : dep.declaredAt().line();
    }
}
