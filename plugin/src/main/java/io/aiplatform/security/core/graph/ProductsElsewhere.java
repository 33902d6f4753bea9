package io.aiplatform.security.core.graph;

import io.aiplatform.security.core.derive.HostReference;
import io.aiplatform.security.core.derive.ProductKeys;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The products whose server a service's configuration puts outside the platform: a key that sets where the product
 * is ({@code config-keys.txt}: {@code spring.datasource.url}, Micronaut's {@code tracing.zipkin.http.url}, …) names a
 * host that is no service of the platform (its {@code DERIVE-UNKNOWN-HOST} warning) or a Service of another namespace.
 * The framework's client of that product connects where its configuration says, so the catalog's guess — the
 * platform's only provider of the product — is no connection, unless another key of the service names a provider
 * ({@link Derivation#configuredProducts}). Recorded while the configuration's hosts are read, asked when the POM's
 * client libraries are ({@link CatalogClientEdge}).
 */
final class ProductsElsewhere {

    /** Service -> product -> the first reference that put it elsewhere ("file:line key names host 'h'"). */
    private final Map<String, Map<String, String>> elsewhere = new TreeMap<>();

    static ProductsElsewhere of(Derivation d) {
        return d.once(ProductsElsewhere.class, ProductsElsewhere::new);
    }

    /** Records that {@code ref} of {@code service}, naming no service of the platform, locates its key's products. */
    void record(String service, HostReference ref) {
        for (String product : ProductKeys.productsOf(ref.key())) {
            elsewhere.computeIfAbsent(service, k -> new TreeMap<>())
                    .putIfAbsent(product, ref.source() + " names host '" + ref.host() + "'");
        }
    }

    /**
     * Why {@code a}'s client of {@code product} does not connect to {@code provider}: its configuration names a host
     * outside the platform for the product and names no provider of it; empty otherwise.
     */
    Optional<String> why(Derivation d, Service a, String product, String provider) {
        String reference = elsewhere.getOrDefault(a.name(), Map.of()).get(product);
        if (reference == null || d.configuredProducts.getOrDefault(a.name(), Set.of()).contains(product)) {
            return Optional.empty();
        }
        return Optional.of("not a connection: " + reference + ", which is no service of the platform: the " + product
                + " client connects there, not to " + provider);
    }
}
