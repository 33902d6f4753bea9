package io.aiplatform.security.core.graph;

/**
 * What one kind of POM dependency of a service means (a service module, an API-client module, a
 * library module, a catalog client, a transitive starter). {@link PomDependencies} asks the rules in
 * order for each dependency, until one accounts for it.
 */
interface DependencyRule {

    /** Derives what {@code dep} of {@code a} means; true when it is accounted for and later rules must not see it. */
    boolean derive(Service a, ModuleDependency dep, Derivation d);
}
