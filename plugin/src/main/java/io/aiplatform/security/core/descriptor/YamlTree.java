package io.aiplatform.security.core.descriptor;

import io.aiplatform.security.core.support.Names;
import io.aiplatform.security.core.support.Problem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Typed reading of a composed SnakeYAML node tree. Every mistake becomes a {@link Problem} with the
 * file and 1-based line; reading goes on so that one run reports every mistake of a file.
 */
public final class YamlTree {

    private final Path file;
    private final List<Problem> problems;

    public YamlTree(Path file, List<Problem> problems) {
        this.file = file;
        this.problems = problems;
    }

    public static int line(Node node) {
        return node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
    }

    public void problem(Node node, String message) {
        problems.add(Problem.at(file, node == null ? 0 : line(node), message));
    }

    /** The entries of a mapping node, by key; unknown keys are reported with a suggestion. */
    public Map<String, Node> mapping(Node node, String what, Set<String> knownKeys) {
        Map<String, Node> result = new LinkedHashMap<>();
        if (!(node instanceof MappingNode mapping)) {
            problem(node, what + " must be a mapping of " + String.join(", ", knownKeys.stream().sorted().toList()));
            return result;
        }
        for (NodeTuple tuple : mapping.getValue()) {
            Node keyNode = tuple.getKeyNode();
            if (!(keyNode instanceof ScalarNode key)) {
                problem(keyNode, what + " has a key that is not a plain name");
                continue;
            }
            String k = key.getValue();
            if (result.containsKey(k) || (!knownKeys.contains(k) && seen(mapping, tuple, k))) {
                problem(keyNode, "field '" + k + "' appears twice in " + what + "; keep one");
                continue;
            }
            if (!knownKeys.contains(k)) {
                problem(keyNode, "unknown field '" + k + "' in " + what + Names.didYouMean(k, knownKeys)
                        + "; known fields: " + String.join(", ", knownKeys.stream().sorted().toList()));
                continue;
            }
            result.put(k, tuple.getValueNode());
        }
        return result;
    }

    private static boolean seen(MappingNode mapping, NodeTuple current, String key) {
        for (NodeTuple t : mapping.getValue()) {
            if (t == current) {
                return false;
            }
            if (t.getKeyNode() instanceof ScalarNode s && s.getValue().equals(key)) {
                return true;
            }
        }
        return false;
    }

    /** A string-to-string mapping such as labels or annotations. */
    public Map<String, String> stringMap(Node node, String what) {
        Map<String, String> result = new LinkedHashMap<>();
        if (!(node instanceof MappingNode mapping)) {
            problem(node, what + " must be a mapping of names to strings");
            return result;
        }
        for (NodeTuple tuple : mapping.getValue()) {
            String k = string(tuple.getKeyNode(), what + " key");
            String v = string(tuple.getValueNode(), what + " '" + k + "'");
            if (k != null && result.containsKey(k)) {
                problem(tuple.getKeyNode(), what + " '" + k + "' appears twice; keep one");
            } else if (k != null && v != null) {
                result.put(k, v);
            }
        }
        return result;
    }

    public List<Node> sequence(Node node, String what) {
        if (node instanceof SequenceNode seq) {
            return seq.getValue();
        }
        problem(node, what + " must be a list");
        return List.of();
    }

    public List<String> stringList(Node node, String what) {
        List<String> result = new ArrayList<>();
        for (Node item : sequence(node, what)) {
            String s = string(item, "an entry of " + what);
            if (s != null) {
                result.add(s);
            }
        }
        return result;
    }

    boolean isScalar(Node node) {
        return node instanceof ScalarNode;
    }

    public String string(Node node, String what) {
        if (node instanceof ScalarNode scalar && (scalar.getTag().equals(Tag.STR))) {
            return scalar.getValue();
        }
        if (node instanceof ScalarNode scalar && scalar.getTag().equals(Tag.NULL)) {
            problem(node, what + " is empty; give a value or remove the field");
            return null;
        }
        problem(node, what + " must be a string" + (node instanceof ScalarNode s ? " (write \"" + s.getValue() + "\" in quotes)" : ""));
        return null;
    }

    public Boolean bool(Node node, String what) {
        if (node instanceof ScalarNode scalar && scalar.getTag().equals(Tag.BOOL)) {
            return Boolean.parseBoolean(scalar.getValue().toLowerCase(Locale.ROOT));
        }
        problem(node, what + " must be true or false");
        return null;
    }

    public Integer integer(Node node, String what) {
        if (node instanceof ScalarNode scalar && scalar.getTag().equals(Tag.INT)) {
            String text = scalar.getValue();
            String digits = text.startsWith("+") || text.startsWith("-") ? text.substring(1) : text;
            if (digits.length() > 1 && digits.startsWith("0")) {
                problem(node, what + " " + text + " has a leading zero, which YAML 1.1 tools such as kubectl read as an"
                        + " octal or other base; write the number without it");
                return null;
            }
            try {
                return Integer.valueOf(text);
            } catch (NumberFormatException e) {
                problem(node, what + " is not a whole number in range: " + scalar.getValue());
                return null;
            }
        }
        problem(node, what + " must be a whole number, not " + shown(node));
        return null;
    }

    /** The value a user wrote, for messages: {@code '8080a'}, {@code nothing}, {@code a list} or {@code a mapping}. */
    private static String shown(Node node) {
        if (node instanceof ScalarNode scalar) {
            return scalar.getTag().equals(Tag.NULL) ? "nothing" : "'" + scalar.getValue() + "'";
        }
        return node instanceof SequenceNode ? "a list" : "a mapping";
    }

    /** A port given by name (string) or number. */
    PortRef portRef(Node node, String what) {
        if (node instanceof ScalarNode scalar && scalar.getTag().equals(Tag.INT)) {
            Integer n = integer(node, what);
            if (n == null) {
                return null;
            }
            if (n < 1 || n > 65535) {
                problem(node, what + " " + n + " is outside 1-65535");
                return null;
            }
            return new PortRef(null, n);
        }
        String name = string(node, what);
        return name == null ? null : new PortRef(name, null);
    }
}
