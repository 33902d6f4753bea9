package io.aiplatform.security.core.derive;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Which libraries read a configuration key (catalog data: {@code key-readers.txt}): Spring Boot, Quarkus and
 * Micronaut configure a client only when its library is on the classpath, so {@code spring.rabbitmq.host} is a
 * connection only for a service with a RabbitMQ client. A key under no prefix of the catalog is the
 * application's own ({@code catalog.service.url}).
 */
public final class KeyReaders {

    /** Marks a namespace the framework reads itself. */
    public static final String FRAMEWORK = "(framework)";

    /** Marks a key that holds the address the service itself listens on, which nothing reads as a connection. */
    public static final String LISTENS = "(listens)";

    /** Marks a framework namespace that holds its own settings and no address of a peer. */
    public static final String SETTINGS = "(settings)";

    /**
     * Marks a value the framework compares with what a peer sends (MicroProfile JWT's expected issuer of a token),
     * never an address it connects to; the application's own sources may still read it.
     */
    public static final String COMPARED = "(compared)";

    /**
     * The readers of the keys under {@code prefix}: {@code groupId:artifactId}, or {@code @product} for every
     * client library of that product; {@link #framework()} when the framework reads them itself.
     */
    public record Readers(String prefix, List<String> readers) {

        public boolean framework() {
            return readers.contains(FRAMEWORK);
        }

        /** True for a key that holds the service's own listening address. */
        public boolean listens() {
            return readers.contains(LISTENS);
        }

        /** True for a key of a framework namespace that holds settings, never the address of a peer. */
        public boolean settings() {
            return readers.contains(SETTINGS);
        }

        /** True for a value the framework compares with a peer's (a token's issuer), never an address it connects to. */
        public boolean compared() {
            return readers.contains(COMPARED);
        }

        /**
         * True when a library of the classpath reads the keys; {@code productOf} gives the catalog's product of a
         * {@code groupId:artifactId}, if any.
         */
        public boolean readBy(Iterable<String> classpath, Function<String, Optional<String>> productOf) {
            if (framework()) {
                return true;
            }
            if (listens() || settings() || compared()) {
                return false;
            }
            for (String library : classpath) {
                if (readers.contains(library)
                        || productOf.apply(library).map(p -> readers.contains("@" + p)).orElse(false)) {
                    return true;
                }
            }
            return false;
        }

        /** The readers as a sentence part: "a client of rabbitmq, or org.x:y". */
        public String describe() {
            List<String> parts = readers.stream().map(r -> r.startsWith("@") ? "a client of " + r.substring(1) : r)
                    .toList();
            return String.join(", or ", parts);
        }
    }

    /**
     * An entry with its prefix in the uniform form, computed once; a prefix with a list element {@code [*]}
     * ({@code spring.cloud.gateway.routes[*].metadata.cors}) covers the keys of every index.
     */
    private record Entry(String uniformPrefix, Readers readers, Pattern indexed) {

        static Entry of(String uniformPrefix, Readers readers) {
            if (!uniformPrefix.contains("[*]")) {
                return new Entry(uniformPrefix, readers, null);
            }
            StringBuilder regex = new StringBuilder();
            String[] parts = uniformPrefix.split("\\[\\*]", -1);
            for (int i = 0; i < parts.length; i++) {
                regex.append(i == 0 ? "" : "\\[[^\\]]*]").append(Pattern.quote(parts[i]));
            }
            regex.append(uniformPrefix.endsWith(".") ? ".*" : "(?:[.\\[].*)?");
            return new Entry(uniformPrefix, readers, Pattern.compile(regex.toString()));
        }

        boolean covers(String uniformKey) {
            return indexed == null ? ConfigKeys.underUniform(uniformKey, uniformPrefix)
                    : indexed.matcher(uniformKey).matches();
        }
    }

    /**
     * The entries by the first segment of their prefix ({@code spring} of {@code spring.rabbitmq}): a key can only be
     * under a prefix of its own first segment, so a lookup checks those alone, not all of them.
     */
    private static final Map<String, List<Entry>> ENTRIES = byFirstSegment(load());

    private KeyReaders() {
    }

    /** What reads {@code key}: the entry of the longest prefix it is under; empty for the application's own key. */
    public static Optional<Readers> of(String key) {
        String uniform = ConfigKeys.uniform(key);
        Entry found = null;
        for (Entry e : ENTRIES.getOrDefault(firstSegment(uniform), List.of())) {
            if (e.covers(uniform)
                    && (found == null || e.uniformPrefix().length() > found.uniformPrefix().length())) {
                found = e;
            }
        }
        return found == null ? Optional.empty() : Optional.of(found.readers());
    }

    /** The text before the first {@code .} or {@code [} (the whole text when it has neither). */
    private static String firstSegment(String uniformKey) {
        for (int i = 0; i < uniformKey.length(); i++) {
            char c = uniformKey.charAt(i);
            if (c == '.' || c == '[') {
                return uniformKey.substring(0, i);
            }
        }
        return uniformKey;
    }

    private static Map<String, List<Entry>> byFirstSegment(List<Entry> entries) {
        Map<String, List<Entry>> index = new HashMap<>();
        for (Entry e : entries) {
            index.computeIfAbsent(firstSegment(e.uniformPrefix()), k -> new ArrayList<>()).add(e);
        }
        index.replaceAll((k, v) -> List.copyOf(v));
        return Map.copyOf(index);
    }

    private static List<Entry> load() {
        List<Entry> entries = new ArrayList<>();
        for (String[] parts : CatalogData.lines("key-readers.txt")) {
            if (parts.length < 2) {
                throw new IllegalStateException(CatalogData.shown("key-readers.txt") + ": a prefix without readers: "
                        + parts[0]);
            }
            entries.add(Entry.of(ConfigKeys.uniform(parts[0]),
                    new Readers(parts[0], List.of(Arrays.copyOfRange(parts, 1, parts.length)))));
        }
        return List.copyOf(entries);
    }
}
