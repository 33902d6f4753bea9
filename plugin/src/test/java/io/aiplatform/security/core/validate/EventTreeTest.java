package io.aiplatform.security.core.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Building from parser events gives what composing and building gives — values, document lines — and
 * gives up on every text it does not take, so that composing reports it.
 */
class EventTreeTest {

    private static final LoaderOptions OPTIONS = new LoaderOptions();

    private static List<EventTree.Document> events(String text) {
        return EventTree.documents(text, OPTIONS, new LetterFirstResolver(),
                new ManifestLoader.SafeConstructorBridge(OPTIONS, new HashMap<>()));
    }

    /** The documents as the composing path gives them (the reference). */
    private static List<EventTree.Document> composed(String text) {
        List<EventTree.Document> documents = new ArrayList<>();
        for (Node node : new Yaml(new SafeConstructor(OPTIONS)).composeAll(new StringReader(text))) {
            documents.add(new EventTree.Document(node.getStartMark().getLine() + 1, ManifestLoader.PlainTree.build(node,
                    new ManifestLoader.SafeConstructorBridge(OPTIONS, new HashMap<>()))));
        }
        return documents;
    }

    @Test
    void everyYamlFileOfTheRepositoryThatItTakesComesOutAsComposed() throws Exception {
        List<Path> files = RepositoryYaml.files();
        int taken = 0;
        int documents = 0;
        for (Path file : files) {
            String text = RepositoryYaml.text(file);
            if (text == null) {
                continue;
            }
            List<EventTree.Document> built = events(text);
            if (built == null) {
                continue;
            }
            taken++;
            List<EventTree.Document> reference;
            try {
                reference = composed(text);
            } catch (YAMLException e) {
                throw new AssertionError(file + " was taken, but composing it fails: " + e.getMessage());
            }
            assertEquals(reference, built, file.toString());
            documents += built.size();
        }
        assertTrue(taken > 0.9 * files.size(), "taken " + taken + " of " + files.size());
        assertTrue(documents > 300, "documents compared: " + documents);
    }

    @Test
    void scalarsOfEveryCoreTagFlowCollectionsAndLinesComeOutAsComposed() {
        for (String text : List.of(
                "a: 1\nb: 0x1F\nc: 1_000\nd: 3.5\ne: .inf\nf: yes\ng: ~\nh: ''\ni: 2001-12-14t21:59:43.10-05:00\n"
                        + "k: \"8080\"\nl: 99999999999\nm: 123456789012345678901234567890\nn: 1:30\no: null\np: 'null'\n",
                "--- plain\n--- [1, 2]\n--- {k: v}\n---\n", "\n\n# a comment\nkind: Pod\nmetadata: {name: a}\n---\nkind: B\n",
                "list:\n- a\n- {b: [c, {d: e}]}\n- - nested\n", "~: null key\n1: int key\ntrue: bool key\n",
                "big:\n" + "  k1: 1\n  k2: 2\n  k3: 3\n  k4: 4\n  k5: 5\n  k6: 6\n  k7: 7\n  k8: 8\n  k9: 9\n  k10: 10\n")) {
            assertEquals(composed(text), events(text), text);
        }
        Map<?, ?> big = (Map<?, ?>) events("k1: 1\nk2: 2\nk3: 3\nk4: 4\nk5: 5\nk6: 6\nk7: 7\nk8: 8\nk9: 9\n").get(0).value();
        assertInstanceOf(LinkedHashMap.class, big, "above the scanned size, a hashed map");
        assertInstanceOf(SmallMap.class, events("a: {b: c}\n").get(0).value());
    }

    @Test
    void givesUpOnWhatNeedsComposing() {
        for (String text : List.of("a: &x [1]\nb: *x\n", "a: &x 1\n", "a: !!str 1\n", "a: !custom 1\n",
                "base: {x: 1}\nm:\n  <<: {y: 2}\n", "a: 1\na: 2\n", "? [1, 2]\n: v\n", "set: !!set {a, b}\n",
                "a: [1, 2\n", "a: b: c\n", "key: \"unterminated\n", "j: !!binary aGVsbG8=\n")) {
            assertNull(events(text), text);
        }
        String deep = "a: " + "[".repeat(OPTIONS.getNestingDepthLimit()) + "]".repeat(OPTIONS.getNestingDepthLimit()) + "\n";
        assertNull(events(deep), "nesting near the parser's limit");
        assertNotNull(events("a: " + "[".repeat(10) + "]".repeat(10) + "\n"));
    }
}
