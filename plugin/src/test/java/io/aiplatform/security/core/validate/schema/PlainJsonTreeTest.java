package io.aiplatform.security.core.validate.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.aiplatform.security.core.io.JsonInput;
import io.aiplatform.security.core.validate.Manifest;
import io.aiplatform.security.core.validate.ManifestLoader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The direct trees are the trees Jackson's own conversion and reading give, node type for node type. */
class PlainJsonTreeTest {

    private final ObjectMapper mapper = new ObjectMapper();
    private final PlainJsonTree tree = new PlainJsonTree();

    @Test
    void everyManifestOfTheRepositoryGivesJacksonsTree() throws Exception {
        List<Path> folders = new ArrayList<>();
        for (Path root : List.of(Path.of("src/test/resources"), Path.of("../it"))) {
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(Files::isDirectory).filter(p -> !p.toString().contains("/target")).forEach(folders::add);
            }
        }
        int compared = 0;
        for (Path folder : folders) {
            List<Path> yaml;
            try (Stream<Path> files = Files.list(folder)) {
                yaml = files.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")).toList();
            }
            for (Manifest m : new ManifestLoader(folder).load(yaml).manifests()) {
                assertEquals(mapper.valueToTree(m.content()), tree.of(m.content()), m.file().toString());
                compared++;
            }
        }
        assertTrue(compared > 300, "manifests compared: " + compared);
    }

    @Test
    void everyScalarTypeAndKeyTypeGivesJacksonsTree(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("scalars.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\n"
                + "data: {i: 1, l: 99999999999, big: 123456789012345678901234567890, d: 3.5, inf: .inf, b: true,"
                + " n: null, s: text, t: 2001-12-14t21:59:43.10-05:00, bin: !!binary aGVsbG8=, list: [1, [a], {k: v}]}\n"
                + "numbers: {1: one, true: yes}\n"
                + "nothing: {~: none}\n");
        List<Manifest> loaded = new ManifestLoader(dir).load(List.of(dir.resolve("scalars.yaml"))).manifests();
        assertEquals(1, loaded.size());
        for (String key : List.of("data", "numbers")) {
            Object value = loaded.get(0).content().get(key);
            assertEquals(mapper.valueToTree(value), tree.of(value), key);
        }
        Object nullKey = loaded.get(0).content().get("nothing");
        assertThrows(IllegalArgumentException.class, () -> mapper.valueToTree(nullKey));
        assertThrows(IllegalArgumentException.class, () -> tree.of(nullKey), "handed to Jackson, as before");
    }

    @Test
    void everyBundledSchemaReadsAsTheMapperReadsIt() throws Exception {
        for (String file : SchemaLocations.bundledFiles()) {
            String resource = SchemaLocations.BUNDLED + "master-standalone-strict/" + file;
            try (var expected = getClass().getResourceAsStream(resource); var actual = getClass().getResourceAsStream(resource)) {
                assertEquals(mapper.readTree(expected), tree.read(actual), file);
            }
        }
        assertTrue(SchemaLocations.bundledFiles().size() >= 10);
    }

    @Test
    void everyBundledSchemaReadAsPlainValuesGivesTheSameSchemaTree() throws Exception {
        for (String file : SchemaLocations.bundledFiles()) {
            String resource = SchemaLocations.BUNDLED + "master-standalone-strict/" + file;
            try (var expected = getClass().getResourceAsStream(resource); var plain = getClass().getResourceAsStream(resource)) {
                JsonNode fromPlain = tree.schema(JsonInput.read(plain));
                assertEquals(mapper.readTree(expected), fromPlain, file);
                assertTrue(fromPlain.get("description") instanceof PlainJsonTree.SchemaText, file + ": strings print without a mapper");
            }
        }
    }

    @Test
    void jsonTextOfEveryKindReadsAsTheMapperReadsIt() throws Exception {
        String json = "{\"a\": [1, 5000000000, 123456789012345678901234567890, 2.5, -0.0, 1e3, true, false, null,"
                + " \"s\\u00e9\"], \"o\": {\"dup\": 1, \"dup\": 2, \"empty\": {}, \"none\": []}}";
        assertEquals(mapper.readTree(json), tree.read(new ByteArrayInputStream(json.getBytes(
                StandardCharsets.UTF_8))));
        assertThrows(IOException.class, () -> tree.read(new ByteArrayInputStream("{\"a\": ".getBytes(
                StandardCharsets.UTF_8))), "cut short");
        assertThrows(IOException.class, () -> tree.read(new ByteArrayInputStream(new byte[0])), "empty");
    }

    @Test
    void schemaStringsEqualAndPrintAsJacksonsTextNodes() {
        for (String value : List.of("", "Ingress", "quote\" back\\ slash/", "tab\tline\nbell\u0007", "é ✓ \uD83D\uDE00",
                "\u2028\u007f")) {
            var jackson = new com.fasterxml.jackson.databind.node.TextNode(value);
            var own = new PlainJsonTree.SchemaText(value);
            assertEquals(jackson.toString(), own.toString(), value);
            assertEquals(jackson, own);
            assertEquals(own, jackson);
            assertEquals(jackson.hashCode(), own.hashCode());
        }
    }
}
