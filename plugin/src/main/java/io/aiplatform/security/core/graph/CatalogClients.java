package io.aiplatform.security.core.graph;

/** A client library of the catalog that the service declares itself: an edge to the service that provides its product. */
final class CatalogClients implements DependencyRule {

    @Override
    public boolean derive(Service a, ModuleDependency dep, Derivation d) {
        if (d.catalog().productOf(dep.groupId(), dep.artifactId()).isEmpty()) {
            return false;
        }
        new CatalogClientEdge(d, a).derive(dep, "declares ");
        return true;
    }
}
