package io.aiplatform.security.core.descriptor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.resolver.Resolver;

/** Composing without the Yaml facade gives the nodes, lines and errors {@code Yaml.composeAll} gives. */
class YamlDocumentsTest {

    private static LoaderOptions options() {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(2);
        options.setNestingDepthLimit(10);
        return options;
    }

    @Test
    void theNodesAreThoseOfComposeAll() {
        for (String text : List.of("", "a: 1\n", "a: 1\n---\nb: [x, {c: d}]\n...\n", "x: &a [1, 2]\ny: *a\n",
                "? complex\n: value\nlist:\n  - !!str 1\n  - 2.5\n  - ~\n", "- one\n- two: 2\n")) {
            List<String> own = new ArrayList<>();
            YamlDocuments.compose(text, options(), new Resolver()).forEach(n -> own.add(describe(n)));
            List<String> facade = new ArrayList<>();
            new Yaml(options()).composeAll(new StringReader(text)).forEach(n -> facade.add(describe(n)));
            assertEquals(facade, own, text);
        }
    }

    @Test
    void errorsAreThoseOfComposeAll() {
        for (String text : List.of("a: [1\n", "a: &x [1]\nb: [*x, *x, *x]\n", "a:\n" + "  - [".repeat(12) + "\n", "a: !!java.io.File x\n")) {
            YAMLException own = assertThrows(YAMLException.class,
                    () -> YamlDocuments.compose(text, options(), new Resolver()).forEach(n -> { }));
            YAMLException facade = assertThrows(YAMLException.class,
                    () -> new Yaml(options()).composeAll(new StringReader(text)).forEach(n -> { }));
            assertEquals(facade.getMessage(), own.getMessage(), text);
        }
    }

    /** Tag, value and start line of every node, depth first. */
    private static String describe(Node node) {
        StringBuilder out = new StringBuilder(node.getTag() + "@" + node.getStartMark().getLine());
        if (node instanceof ScalarNode s) {
            out.append('=').append(s.getValue());
        } else if (node instanceof SequenceNode seq) {
            seq.getValue().forEach(n -> out.append(" [").append(describe(n)).append(']'));
        } else if (node instanceof MappingNode map) {
            for (NodeTuple t : map.getValue()) {
                out.append(" {").append(describe(t.getKeyNode())).append(": ").append(describe(t.getValueNode())).append('}');
            }
        }
        return out.toString();
    }
}
