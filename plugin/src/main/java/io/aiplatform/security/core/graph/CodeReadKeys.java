package io.aiplatform.security.core.graph;

import io.aiplatform.security.core.derive.BoundProperty;
import io.aiplatform.security.core.derive.ConfigKeys;
import io.aiplatform.security.core.derive.JavaSourceReferences;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The application's keys that the Java sources a service runs with read — its module's and its library modules'
 * ({@link LibraryModuleSources}): the keys they read directly, and the properties their
 * {@code @ConfigurationProperties} types bind that some of those sources use ({@link BoundProperty#usedBy}: an
 * accessor called in any of them, or the type using it itself). A property bound but never read
 * ({@code ServiceUrlConfig(media, product)} of whose accessors only {@code product()} is called) configures no
 * connection. Through a nested type the outer accessor counts: {@code props.services().media()} calls
 * {@code services()}, so every key below {@code prefix.services} is read.
 */
final class CodeReadKeys {

    private final List<String> keys = new ArrayList<>();
    private final List<BoundProperty> unused = new ArrayList<>();

    private CodeReadKeys() {
    }

    static CodeReadKeys of(JavaSourceReferences.Result own, List<JavaSourceReferences.Result> libraries) {
        List<JavaSourceReferences.Result> all = new ArrayList<>(List.of(own));
        all.addAll(libraries);
        Set<String> calls = new TreeSet<>();
        all.forEach(r -> calls.addAll(r.calls()));
        CodeReadKeys read = new CodeReadKeys();
        for (JavaSourceReferences.Result r : all) {
            read.keys.addAll(r.readKeys());
            for (BoundProperty b : r.bound()) {
                if (b.usedBy(calls)) {
                    read.keys.add(b.key());
                } else {
                    read.unused.add(b);
                }
            }
        }
        return read;
    }

    /** The keys read (canonical form), a key standing for every key below it. */
    List<String> keys() {
        return keys;
    }

    /** The bound property that {@code key} sets and nothing reads, when that is why it is not read. */
    Optional<BoundProperty> boundUnused(String key) {
        return unused.stream().filter(b -> ConfigKeys.under(key, b.key())).findFirst();
    }
}
