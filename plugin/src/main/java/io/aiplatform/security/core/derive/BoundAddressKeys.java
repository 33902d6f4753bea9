package io.aiplatform.security.core.derive;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The keys that locate a client's server in a namespace Spring Boot binds to one properties class (catalog data
 * {@code bound-address-keys.txt}): Spring Boot ignores a key its class does not define, so
 * {@code spring.data.mongodb.url: mongodb://mongo:27017/app} (MongoProperties defines {@code uri}) connects nowhere.
 */
public final class BoundAddressKeys {

    /** A namespace and its address keys, both in uniform form, and the keys as the catalog writes them. */
    private record Entry(String namespace, String uniformNamespace, List<String> uniformKeys, List<String> keys) {
    }

    private static final List<Entry> ENTRIES = load();

    private BoundAddressKeys() {
    }

    /**
     * Why {@code key} (as a configuration file writes it) locates no server: it lies in a namespace listed and is
     * none of the namespace's address keys (nor below one); empty when it may locate one or its namespace is not listed.
     */
    public static Optional<String> whyUnbound(String key) {
        String uniform = ConfigKeys.uniform(key);
        for (Entry e : ENTRIES) {
            if (!uniform.startsWith(e.uniformNamespace() + ".")) {
                continue;
            }
            String rest = uniform.substring(e.uniformNamespace().length() + 1);
            boolean address = e.uniformKeys().stream().anyMatch(k -> rest.equals(k) || rest.startsWith(k + ".")
                    || rest.startsWith(k + "["));
            if (address) {
                return Optional.empty();
            }
            return Optional.of(ConfigKeys.canonical(key) + " is no property Spring Boot binds under " + e.namespace()
                    + ".*, which it reads the server from only as " + String.join(", ", e.keys()));
        }
        return Optional.empty();
    }

    private static List<Entry> load() {
        List<Entry> entries = new ArrayList<>();
        for (String[] parts : CatalogData.lines("bound-address-keys.txt")) {
            if (parts.length < 2) {
                throw new IllegalStateException(CatalogData.shown("bound-address-keys.txt")
                        + ": expected a namespace and its keys: " + String.join(" ", parts));
            }
            List<String> keys = Arrays.asList(parts).subList(1, parts.length);
            entries.add(new Entry(parts[0], ConfigKeys.uniform(parts[0]),
                    keys.stream().map(ConfigKeys::uniform).toList(), List.copyOf(keys)));
        }
        // the longest namespace first: spring.data.redis before a namespace it lies in
        entries.sort((x, y) -> Integer.compare(y.uniformNamespace().length(), x.uniformNamespace().length()));
        return List.copyOf(entries);
    }
}
