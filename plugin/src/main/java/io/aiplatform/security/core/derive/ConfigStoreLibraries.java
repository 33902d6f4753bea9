package io.aiplatform.security.core.derive;

import java.util.Set;
import java.util.TreeSet;

/**
 * Libraries that load a service's configuration from a store the derivation does not read as that service's
 * configuration (catalog data: {@code config-store-libraries.txt}): Spring Cloud Kubernetes' ConfigMap property source,
 * Consul, Vault, cloud parameter stores. A setting may be there, so what the service's files and environment leave unset
 * is not known to be unset.
 */
public final class ConfigStoreLibraries {

    private static final Set<String> LIBRARIES = load();

    private ConfigStoreLibraries() {
    }

    /** The first of {@code classpath} ({@code groupId:artifactId}) that loads configuration from such a store, or null. */
    public static String among(Set<String> classpath) {
        return classpath.stream().filter(LIBRARIES::contains).sorted().findFirst().orElse(null);
    }

    private static Set<String> load() {
        Set<String> libraries = new TreeSet<>();
        CatalogData.lines("config-store-libraries.txt").forEach(parts -> libraries.add(parts[0]));
        return Set.copyOf(libraries);
    }
}
