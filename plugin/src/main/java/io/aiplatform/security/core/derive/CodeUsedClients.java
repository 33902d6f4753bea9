package io.aiplatform.security.core.derive;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Client libraries that connect only when the application's code uses them (catalog data:
 * {@code code-used-clients.txt}): Spring for Apache Kafka on the classpath opens no connection until a
 * {@code KafkaTemplate} sends, a {@code @KafkaListener} listens or a {@code NewTopic} bean is created. For each product,
 * the libraries so gated and the uses that open the connection: annotations, types, bean types and configuration keys.
 */
public final class CodeUsedClients {

    private static final String FILE = "code-used-clients.txt";
    private static final List<String> KINDS = List.of("libraries", "annotations", "types", "beans", "keys", "keeps");

    /**
     * The gated libraries of a product, the uses of each kind that make it connect, and the libraries that, on the
     * classpath beside them, make it connect whatever the code does ({@code keeps}: Micronaut's management endpoints,
     * whose health check connects to Kafka).
     */
    public record Uses(String product, Set<String> libraries, Set<String> annotations, Set<String> types,
                       Set<String> beans, Set<String> keys, Set<String> keeps) {
    }

    private static final Map<String, Uses> BY_PRODUCT = load();
    private static final Set<String> ANNOTATIONS = union(Uses::annotations);
    private static final Set<String> TYPES = union(Uses::types);
    private static final Set<String> BEANS = union(Uses::beans);

    private CodeUsedClients() {
    }

    /** The gated libraries and uses of {@code product}; empty when its libraries connect whatever the code does. */
    public static Optional<Uses> of(String product) {
        return Optional.ofNullable(BY_PRODUCT.get(product));
    }

    /** The products whose annotation {@code name} is a use ({@code @Incoming}: every Quarkus Messaging connector). */
    static List<String> annotationProducts(String name) {
        return productsWith(name, Uses::annotations);
    }

    /** The products whose type {@code name} is a use. */
    static List<String> typeProducts(String name) {
        return productsWith(name, Uses::types);
    }

    /** The products whose bean type {@code name} is a use. */
    static List<String> beanProducts(String name) {
        return productsWith(name, Uses::beans);
    }

    /**
     * True when {@code text} may hold a use worth a parse: one of the annotations or types, or one of the bean types
     * next to a {@code @Bean}, {@code @Component} or {@code @Service}.
     */
    static boolean mayUse(String text) {
        for (String name : TYPES) {
            if (text.contains(name)) {
                return true;
            }
        }
        for (String name : ANNOTATIONS) {
            if (text.contains(name)) {
                return true;
            }
        }
        if (text.contains("@Bean") || text.contains("@Component") || text.contains("@Service")) {
            return BEANS.stream().anyMatch(text::contains);
        }
        return false;
    }

    private static List<String> productsWith(String name, java.util.function.Function<Uses, Set<String>> kind) {
        return BY_PRODUCT.values().stream().filter(u -> kind.apply(u).contains(name)).map(Uses::product).toList();
    }

    private static Set<String> union(java.util.function.Function<Uses, Set<String>> kind) {
        Set<String> all = new TreeSet<>();
        BY_PRODUCT.values().forEach(u -> all.addAll(kind.apply(u)));
        return Collections.unmodifiableSet(all);
    }

    private static Map<String, Uses> load() {
        Map<String, Map<String, Set<String>>> read = new TreeMap<>();
        for (String[] parts : CatalogData.lines(FILE)) {
            if (parts.length < 3 || !KINDS.contains(parts[1])) {
                throw new IllegalStateException(CatalogData.shown(FILE) + ": expected a product, one of " + KINDS
                        + " and names: " + String.join(" ", parts));
            }
            read.computeIfAbsent(parts[0], k -> new TreeMap<>()).computeIfAbsent(parts[1], k -> new TreeSet<>())
                    .addAll(Arrays.asList(parts).subList(2, parts.length));
        }
        Map<String, Uses> uses = new TreeMap<>();
        read.forEach((product, kinds) -> {
            List<Set<String>> sets = new ArrayList<>();
            KINDS.forEach(kind -> sets.add(Collections.unmodifiableSet(new TreeSet<>(kinds.getOrDefault(kind, Set.of())))));
            uses.put(product, new Uses(product, sets.get(0), sets.get(1), sets.get(2), sets.get(3), sets.get(4),
                    sets.get(5)));
        });
        return Collections.unmodifiableMap(uses);
    }
}
