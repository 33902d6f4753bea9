package io.aiplatform.security.core.command;

import io.aiplatform.security.core.catalog.ClientCatalog;

/**
 * The client libraries of the built-in catalog, as the Mojos ask about them: a dependency the catalog
 * names a product for needs no reading of what it brings (its product is derived from it directly).
 */
public final class KnownClients {

    private static final ClientCatalog CATALOG = ClientCatalog.builtIn();

    private KnownClients() {
    }

    /** True when the built-in catalog names the product of {@code groupId:artifactId}. */
    public static boolean contains(String groupId, String artifactId) {
        return CATALOG.productOf(groupId, artifactId).isPresent();
    }
}
