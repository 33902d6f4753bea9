package io.aiplatform.security.core.io;

import java.math.BigInteger;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * YAML text of plain values, byte for byte what SnakeYAML's dumper writes with the plugin's options
 * (block style, two-space indent, sequences indented under their key, no line splitting, LF), for
 * the shapes manifests have: a mapping at the root; mappings, sequences of mappings and scalars;
 * strings of printable ASCII, integers, booleans and nulls. For anything else — another scalar type,
 * other characters, a sequence directly in a sequence, a collection that occurs twice (SnakeYAML
 * writes an anchor), a key too long to be a simple key — it writes nothing and answers null, and the
 * caller asks SnakeYAML. It exists because SnakeYAML's emitter is a fifth of a cold generation.
 */
final class YamlOutput {

    /** Indicators that may not begin a plain scalar (SnakeYAML's analysis of a scalar). */
    private static final String FIRST_INDICATORS = "#,[]{}&*!|>'\"%@`";

    /** Keys from this length on, and the empty key, are written as explicit keys ({@code ? key}); left to SnakeYAML. */
    private static final int LONGEST_SIMPLE_KEY = 100;

    /** SnakeYAML's reading of plain scalars (read-only once made, so shared). */
    private static final Resolver RESOLVER = new Resolver();

    private final StringBuilder out = new StringBuilder(1024);
    private final IdentityHashMap<Object, Boolean> seen = new IdentityHashMap<>();

    private YamlOutput() {
    }

    /** The YAML document of {@code root}, or null when it is not a shape this class writes. */
    static String of(Object root) {
        if (!(root instanceof Map<?, ?> map)) {
            return null;
        }
        YamlOutput yaml = new YamlOutput();
        if (map.isEmpty()) {
            return "{}\n";
        }
        return yaml.mapping(map, 0) ? yaml.out.toString() : null;
    }

    /** The entries of a non-empty mapping, its first key where the writer stands, the others at {@code indent}. */
    private boolean mapping(Map<?, ?> map, int indent) {
        if (seen.put(map, Boolean.TRUE) != null) {
            return false;
        }
        boolean first = true;
        for (Map.Entry<?, ?> e : map.entrySet()) {
            if (!(e.getKey() instanceof String key) || key.isEmpty() || key.length() >= LONGEST_SIMPLE_KEY) {
                return false;
            }
            if (!first) {
                spaces(indent);
            }
            first = false;
            if (!scalar(key)) {
                return false;
            }
            out.append(':');
            if (!value(e.getValue(), indent)) {
                return false;
            }
        }
        return true;
    }

    /** A mapping's value, after its key and colon; nested collections start on the next line. */
    private boolean value(Object value, int indent) {
        if (value instanceof Map<?, ?> map && !map.isEmpty()) {
            out.append('\n');
            spaces(indent + 2);
            return mapping(map, indent + 2);
        }
        if (value instanceof List<?> list && !list.isEmpty()) {
            out.append('\n');
            return sequence(list, indent + 2);
        }
        out.append(' ');
        return leaf(value);
    }

    /** A non-empty sequence, its dashes at {@code indent}, the items' content two further in. */
    private boolean sequence(List<?> list, int indent) {
        if (seen.put(list, Boolean.TRUE) != null) {
            return false;
        }
        for (Object item : list) {
            spaces(indent);
            out.append("- ");
            if (item instanceof Map<?, ?> map && !map.isEmpty()) {
                if (!mapping(map, indent + 2)) {
                    return false;
                }
            } else if (item instanceof List<?> inner && !inner.isEmpty()) {
                return false; // SnakeYAML's layout of a sequence in a sequence: left to it
            } else if (!leaf(item)) {
                return false;
            }
        }
        return true;
    }

    /** A scalar or an empty collection, then the end of the line. */
    private boolean leaf(Object value) {
        if (value instanceof Map<?, ?> || value instanceof List<?>) {
            if (seen.put(value, Boolean.TRUE) != null) {
                return false;
            }
            out.append(value instanceof Map<?, ?> ? "{}" : "[]");
        } else if (!scalar(value)) {
            return false;
        }
        out.append('\n');
        return true;
    }

    private boolean scalar(Object value) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof Boolean || value instanceof Integer || value instanceof Long || value instanceof BigInteger) {
            out.append(value);
        } else if (value instanceof String s) {
            return string(s);
        } else {
            return false;
        }
        return true;
    }

    /** Plain when SnakeYAML writes it plain, else single-quoted; only printable ASCII. */
    private boolean string(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < ' ' || c > '~') {
                return false;
            }
        }
        if (plain(s)) {
            out.append(s);
        } else {
            out.append('\'').append(s.replace("'", "''")).append('\'');
        }
        return true;
    }

    /**
     * Whether SnakeYAML writes the string plain in block context: it reads back as a string, and no
     * indicator or space forbids it.
     */
    private boolean plain(String s) {
        if (s.isEmpty() || s.startsWith("---") || s.startsWith("...")
                || s.charAt(0) == ' ' || s.charAt(s.length() - 1) == ' '
                || FIRST_INDICATORS.indexOf(s.charAt(0)) >= 0) {
            return false;
        }
        char first = s.charAt(0);
        if ((first == '?' || first == ':' || first == '-') && followedBySpace(s, 0) || leadingZero(s)) {
            return false;
        }
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ':' && followedBySpace(s, i) || c == '#' && s.charAt(i - 1) == ' ') {
                return false;
            }
        }
        return RESOLVER.resolve(NodeId.scalar, s, true).equals(Tag.STR);
    }

    /** Digits and underscores after a leading zero ({@code 0123}): quoted, so that the zero stays. */
    private static boolean leadingZero(String s) {
        if (s.length() < 2 || s.charAt(0) != '0') {
            return false;
        }
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c < '0' || c > '9') && c != '_') {
                return false;
            }
        }
        return true;
    }

    private static boolean followedBySpace(String s, int i) {
        return i + 1 >= s.length() || s.charAt(i + 1) == ' ';
    }

    private void spaces(int n) {
        for (int i = 0; i < n; i++) {
            out.append(' ');
        }
    }
}
