package io.aiplatform.security.core.derive;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Which product a configuration key sets the location of (catalog data: {@code config-keys.txt}). */
public final class ProductKeys {

    /** An entry with its prefix in the uniform form, computed once. */
    private record Entry(String product, String uniformPrefix) {
    }

    private static final List<Entry> ENTRIES = load();

    private ProductKeys() {
    }

    /** The products whose location {@code key} sets (a datasource URL may be any database's). */
    public static List<String> productsOf(String key) {
        if (key == null) {
            return List.of();
        }
        String uniform = ConfigKeys.uniform(key);
        return ENTRIES.stream().filter(e -> ConfigKeys.underUniform(uniform, e.uniformPrefix())).map(Entry::product)
                .distinct().toList();
    }

    public static Optional<String> firstProduct(String key, Collection<String> among) {
        return productsOf(key).stream().filter(among::contains).findFirst();
    }

    private static List<Entry> load() {
        return CatalogData.lines("config-keys.txt").stream().map(parts -> new Entry(parts[0], ConfigKeys.uniform(parts[1]))).toList();
    }
}
