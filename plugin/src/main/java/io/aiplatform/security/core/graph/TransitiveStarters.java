package io.aiplatform.security.core.graph;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/** A starter whose client library is transitive: an edge for the first library of each product it brings. */
final class TransitiveStarters implements DependencyRule {

    @Override
    public boolean derive(Service a, ModuleDependency dep, Derivation d) {
        Set<String> products = new HashSet<>();
        for (String brought : dep.brings()) {
            Optional<String> product = d.catalog().productOf(brought);
            if (product.isPresent() && products.add(product.get())) {
                String[] ga = brought.split(":", 2);
                new CatalogClientEdge(d, a).derive(new ModuleDependency(ga[0], ga[1], dep.scope(), false, Set.of(),
                        dep.declaredAt()), "declares " + dep.key() + ", which brings ");
            }
        }
        return true;
    }
}
