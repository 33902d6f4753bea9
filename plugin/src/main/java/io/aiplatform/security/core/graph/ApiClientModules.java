package io.aiplatform.security.core.graph;

/** A module of the reactor that a service names in {@code provides.clients} (its API client): a call to that service. */
final class ApiClientModules implements DependencyRule {

    @Override
    public boolean derive(Service a, ModuleDependency dep, Derivation d) {
        if (!d.platform.modulesByKey.containsKey(dep.key()) || !d.platform.products.extraClients().containsKey(dep.key())) {
            return false;
        }
        new CatalogClientEdge(d, a).derive(dep, "declares ");
        return true;
    }
}
