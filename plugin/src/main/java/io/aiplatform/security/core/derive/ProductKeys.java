package io.aiplatform.security.core.derive;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Which product a configuration key sets the location of (catalog data: {@code config-keys.txt}). */
public final class ProductKeys {

    private record Entry(String product, String prefix) {
    }

    private static final List<Entry> ENTRIES = load();

    private ProductKeys() {
    }

    /** The products whose location {@code key} sets (a datasource URL may be any database's). */
    public static List<String> productsOf(String key) {
        if (key == null) {
            return List.of();
        }
        return ENTRIES.stream().filter(e -> ConfigKeys.under(key, e.prefix())).map(Entry::product).distinct().toList();
    }

    public static Optional<String> firstProduct(String key, Collection<String> among) {
        return productsOf(key).stream().filter(among::contains).findFirst();
    }

    private static List<Entry> load() {
        List<Entry> entries = new ArrayList<>();
        try (InputStream in = ProductKeys.class.getResourceAsStream("/io/aiplatform/security/core/catalog/config-keys.txt");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String l = line.strip();
                if (l.isEmpty() || l.startsWith("#")) {
                    continue;
                }
                String[] parts = l.split("\\s+");
                entries.add(new Entry(parts[0], parts[1]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(entries);
    }
}
