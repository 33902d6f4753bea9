package io.aiplatform.security.core.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/** The loader's direct tree building gives exactly what SnakeYAML's safe constructor gives. */
class PlainTreeTest {

    private static final LoaderOptions OPTIONS = new LoaderOptions();

    /** Each document of {@code text}: the plain tree and the safe constructor's value, or both errors' types. */
    private static List<Object[]> both(String text) {
        List<Object[]> pairs = new ArrayList<>();
        for (Node node : new Yaml(new SafeConstructor(OPTIONS)).composeAll(new StringReader(text))) {
            Object plain;
            Object safe;
            try {
                plain = ManifestLoader.PlainTree.build(node, new ManifestLoader.SafeConstructorBridge(OPTIONS, new ConcurrentHashMap<>()));
            } catch (YAMLException e) {
                plain = e.getClass();
            }
            try {
                safe = new ManifestLoader.SafeConstructorBridge(OPTIONS, new ConcurrentHashMap<>()).construct(node);
            } catch (YAMLException e) {
                safe = e.getClass();
            }
            pairs.add(new Object[] {plain, safe});
        }
        return pairs;
    }

    /** Byte arrays (!!binary) as lists, so that equal values compare equal. */
    private static Object comparable(Object value) {
        if (value instanceof byte[] bytes) {
            List<Byte> list = new ArrayList<>();
            for (byte b : bytes) {
                list.add(b);
            }
            return list;
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(comparable(k), comparable(v)));
            return copy;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(PlainTreeTest::comparable).toList();
        }
        return value;
    }

    private static void same(String text) {
        for (Object[] pair : both(text)) {
            assertEquals(comparable(pair[1]), comparable(pair[0]), text);
        }
    }

    @Test
    void everyYamlFileOfTheRepositoryBuildsAsTheSafeConstructorBuildsIt() throws Exception {
        List<Path> files = RepositoryYaml.files();
        assertTrue(files.size() > 100, "the repository's manifests, descriptors and fixtures: " + files.size());
        int documents = 0;
        for (Path file : files) {
            String text = RepositoryYaml.text(file);
            if (text == null) {
                continue;
            }
            try {
                for (Object[] pair : both(text)) {
                    assertEquals(comparable(pair[1]), comparable(pair[0]), file.toString());
                    documents++;
                }
            } catch (YAMLException malformed) {
                // a fixture that does not even compose (the parser's error, before any construction)
            }
        }
        assertTrue(documents > 300, "documents compared: " + documents);
    }

    @Test
    void scalarsOfEveryCoreTagMergeKeysSetsAliasesAndErrorsComeOutTheSame() {
        same("a: 1\nb: 0x1F\nc: 1_000\nd: 3.5\ne: .inf\nf: yes\ng: ~\nh: ''\ni: 2001-12-14t21:59:43.10-05:00\n"
                + "j: !!binary aGVsbG8=\nk: \"8080\"\nl: 99999999999\nm: 123456789012345678901234567890\nn: 1:30\n");
        same("base: &b {x: 1, y: 2}\nmerged:\n  <<: *b\n  y: 3\n");
        same("set: !!set {a, b}\nomap: !!omap [{a: 1}, {b: 2}]\n");
        same("a: &x [1, 2]\nb: *x\nc: *x\n");
        same("a: 1\na: 2\n"); // a duplicate key: the safe constructor's error either way
        same("a: !custom 1\n"); // a tag of its own: refused either way
        same("? [1, 2]\n: list as key\n");
        same("--- plain\n--- [1, 2]\n--- {k: v}\n---\n");
        Map<?, ?> recursive = (Map<?, ?>) both("a: &r\n  self: *r\n").get(0)[0];
        Map<?, ?> anchor = (Map<?, ?>) recursive.get("a");
        assertSame(anchor, anchor.get("self"), "a recursive alias: the safe constructor's recursive map");
    }

    @Test
    void anAliasIsTheSameObjectAsItsAnchorAsWithTheSafeConstructor() {
        Node node = new Yaml(new SafeConstructor(OPTIONS)).compose(new StringReader("a: &x {k: v}\nb: *x\n"));
        Object tree = ManifestLoader.PlainTree.build(node, new ManifestLoader.SafeConstructorBridge(OPTIONS, new ConcurrentHashMap<>()));
        Map<?, ?> map = (Map<?, ?>) tree;
        assertSame(map.get("a"), map.get("b"));
    }
}
