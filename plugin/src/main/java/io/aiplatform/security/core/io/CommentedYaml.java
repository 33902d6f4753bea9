package io.aiplatform.security.core.io;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.comments.CommentLine;
import org.yaml.snakeyaml.comments.CommentType;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * YAML of plain values with comment lines above chosen keys, through SnakeYAML's node API (the values are
 * represented and emitted by SnakeYAML with the plugin's options, the comments attached to the key nodes),
 * so the values are never assembled as text. Only mapping keys under mappings get comments.
 */
final class CommentedYaml {

    private CommentedYaml() {
    }

    /** {@code plain} as YAML; {@code commentOf} answers the comment of a key's path from the root, or null. */
    static String write(Object plain, Function<List<String>, String> commentOf) {
        DumperOptions options = ManifestSerializer.dumperOptions();
        options.setProcessComments(true);
        Yaml yaml = new Yaml(options);
        Node root = yaml.represent(plain);
        comment(root, new ArrayList<>(), commentOf);
        StringWriter out = new StringWriter();
        yaml.serialize(root, out);
        return out.toString();
    }

    private static void comment(Node node, List<String> path, Function<List<String>, String> commentOf) {
        if (!(node instanceof MappingNode mapping)) {
            return;
        }
        for (NodeTuple tuple : mapping.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                continue;
            }
            path.add(key.getValue());
            String text = commentOf.apply(List.copyOf(path));
            if (text != null) {
                if (text.contains("\n") || text.contains("\r")) {
                    throw new IllegalArgumentException("a comment of " + path + " spans lines");
                }
                key.setBlockComments(List.of(new CommentLine(null, null, " " + text, CommentType.BLOCK)));
            }
            comment(tuple.getValueNode(), path, commentOf);
            path.remove(path.size() - 1);
        }
    }
}
