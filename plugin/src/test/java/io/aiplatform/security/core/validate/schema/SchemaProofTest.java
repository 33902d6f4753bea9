package io.aiplatform.security.core.validate.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.JsonSchema;
import io.aiplatform.security.core.generate.LayerObject;
import io.aiplatform.security.core.io.JsonInput;
import io.aiplatform.security.core.io.ManifestSerializer;
import io.aiplatform.security.core.io.ModelSamples;
import io.aiplatform.security.core.validate.Manifest;
import io.aiplatform.security.core.validate.ManifestLoader;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Secret;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

/**
 * The proof is sound against the full validator (networknt, the oracle): whatever it proves valid,
 * networknt finds nothing wrong with — over every manifest of the repository, the generated layer,
 * reflectively filled model objects and thousands of mutations of them. And it proves the generated
 * layer valid, so a good build never starts networknt.
 */
class SchemaProofTest {

    private final PlainJsonTree tree = new PlainJsonTree();
    private final Map<String, Object> plainSchemas = new HashMap<>();
    private final Map<String, JsonSchema> fullSchemas = new HashMap<>();
    private int proved;
    private int validByOracle;
    private int checked;

    @Test
    void everyBundledSchemaIsCovered() throws Exception {
        for (String file : SchemaLocations.bundledFiles()) {
            assertTrue(SchemaProof.covers(plainSchema(file)), file);
        }
    }

    @Test
    void keywordsOutsideTheSubsetAreNotCovered() {
        for (String keyword : List.of("$ref", "allOf", "anyOf", "not", "pattern", "minimum", "maxItems", "patternProperties",
                "definitions", "dependencies", "uniqueItems")) {
            assertFalse(SchemaProof.covers(Map.of("type", "object", keyword, List.of())), keyword);
        }
        assertFalse(SchemaProof.covers(Map.of("items", List.of(Map.of("type", "string")))), "tuple items");
        assertFalse(SchemaProof.covers(Map.of("type", "decimal")), "unknown type");
        assertFalse(SchemaProof.covers(Map.of("properties", Map.of("a", Map.of("minLength", 1)))), "nested keyword");
        assertTrue(SchemaProof.covers(Map.of("type", List.of("string", "null"), "x-kubernetes-list-type", "atomic",
                "description", "d")));
    }

    @Test
    void theGeneratedLayerIsProvedValid(@TempDir Path dir) throws Exception {
        int objects = 0;
        for (LayerObject o : ModelSamples.generatedLayer(dir)) {
            Map<?, ?> plain = (Map<?, ?>) new Yaml().load(o.yaml());
            String file = schemaFile(plain);
            if (file == null) {
                continue;
            }
            assertTrue(SchemaProof.proves((Map<?, ?>) plainSchema(file), plain), o.path());
            assertEquals(List.of(), messages(file, plain), o.path());
            objects++;
        }
        assertTrue(objects > 400, "objects: " + objects);
    }

    @Test
    void whatIsProvedValidTheFullValidatorFindsValid(@TempDir Path dir) throws Exception {
        List<Map<?, ?>> documents = new ArrayList<>(repositoryManifests());
        Map<String, Map<?, ?>> onePerKind = new LinkedHashMap<>();
        for (LayerObject o : ModelSamples.generatedLayer(dir)) {
            onePerKind.putIfAbsent(o.object().getKind() + o.path().startsWith("helm"), (Map<?, ?>) new Yaml().load(o.yaml()));
        }
        documents.addAll(onePerKind.values());
        ManifestSerializer serializer = new ManifestSerializer();
        List<Class<?>> kinds = new ArrayList<>(ModelSamples.KINDS);
        kinds.addAll(List.of(Pod.class, ConfigMap.class, Secret.class));
        for (Class<?> kind : kinds) {
            for (ModelSamples.Filling filling : ModelSamples.Filling.values()) {
                for (boolean extras : List.of(false, true)) {
                    documents.add((Map<?, ?>) serializer.toPlain(ModelSamples.of(kind, filling, extras)));
                }
            }
        }
        for (Map<?, ?> document : documents) {
            String file = schemaFile(document);
            if (file == null) {
                continue;
            }
            agree(file, document);
            List<UnaryOperator<Object>> mutations = mutations(document);
            int step = Math.max(1, mutations.size() / 400); // at most ~400 mutants a document, spread over it
            for (int i = 0; i < mutations.size(); i += step) {
                agree(file, mutations.get(i).apply(copy(document)));
            }
        }
        System.out.println("schema proof: " + checked + " objects, " + validByOracle + " valid, " + proved + " proved");
        assertTrue(checked > 20_000, "objects checked: " + checked);
        assertTrue(proved > 1_000, "proved valid: " + proved);
        assertTrue(validByOracle - proved < validByOracle / 2, "most valid objects are proved: " + proved + " of " + validByOracle);
    }

    @Test
    void scalarsTheProofDoesNotKnowAreLeftToTheFullValidator() {
        Map<String, Object> string = Map.of("type", "string");
        assertTrue(SchemaProof.proves(string, "x"));
        assertFalse(SchemaProof.proves(string, new Date(0)), "a timestamp");
        assertFalse(SchemaProof.proves(string, new byte[] {1}), "binary");
        assertFalse(SchemaProof.proves(Map.of("type", "number"), Double.NaN));
        assertTrue(SchemaProof.proves(Map.of("type", "number"), BigInteger.TEN));
        assertFalse(SchemaProof.proves(Map.of("type", "integer"), 1.0), "1.0 as an integer: the validator's call");
        assertFalse(SchemaProof.proves(Map.of("type", "string", "format", "date-time"), "2024-01-01T00:00:00Z"),
                "a format the validator asserts");
        assertTrue(SchemaProof.proves(Map.of("type", "integer", "format", "int32"), 5_000_000_000L), "int32 is not asserted");
        assertFalse(SchemaProof.proves(Map.of("type", "object"), Map.of(1, "one")), "a key that is no string");
        assertFalse(SchemaProof.proves(Map.of("enum", List.of("a")), "b"));
    }

    /** Both agree where the proof speaks: proved valid implies no finding of networknt. */
    private void agree(String file, Object document) throws Exception {
        checked++;
        boolean valid = messages(file, document).isEmpty();
        boolean proof = SchemaProof.proves((Map<?, ?>) plainSchema(file), document);
        if (valid) {
            validByOracle++;
        }
        if (proof) {
            proved++;
            assertTrue(valid, () -> file + ": proved valid, but networknt says " + messages(file, document) + " of " + document);
        }
    }

    private List<String> messages(String file, Object document) {
        JsonSchema schema = fullSchemas.computeIfAbsent(file, f -> {
            var node = tree.schema(plainSchema(f));
            ((com.fasterxml.jackson.databind.node.ObjectNode) node).remove("$schema");
            return BuiltInSchemaValidator.factory().getSchema(node);
        });
        return schema.validate(tree.of(document)).stream().map(Object::toString).sorted().toList();
    }

    private Object plainSchema(String file) {
        return plainSchemas.computeIfAbsent(file, f -> {
            try (InputStream in = getClass().getResourceAsStream(SchemaLocations.BUNDLED + "master-standalone-strict/" + f)) {
                return JsonInput.read(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static String schemaFile(Map<?, ?> document) {
        if (!(document.get("apiVersion") instanceof String apiVersion) || !(document.get("kind") instanceof String kind)) {
            return null;
        }
        String file = SchemaName.of(apiVersion, kind).fileName();
        return SchemaLocations.bundledFiles().contains(file) ? file : null;
    }

    private static List<Map<?, ?>> repositoryManifests() throws Exception {
        List<Map<?, ?>> documents = new ArrayList<>();
        for (Path root : List.of(Path.of("src/test/resources"), Path.of("../it"))) {
            List<Path> folders;
            try (Stream<Path> walk = Files.walk(root)) {
                folders = walk.filter(Files::isDirectory).filter(p -> !p.toString().contains("/target")).toList();
            }
            for (Path folder : folders) {
                List<Path> yaml;
                try (Stream<Path> files = Files.list(folder)) {
                    yaml = files.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")).sorted().toList();
                }
                for (Manifest m : new ManifestLoader(folder).load(yaml).manifests()) {
                    documents.add(m.content());
                }
            }
        }
        return documents;
    }

    /** Values of every JSON type and scalars of other kinds, to put in place of a value. */
    private static List<Object> replacements() {
        List<Object> values = new ArrayList<>();
        values.add(null);
        values.addAll(List.of("x", "", 1, -1, 5_000_000_000L, new BigInteger("123456789012345678901234567890"), 1.5, 1.0,
                true, false, List.of(), List.of("x"), List.of(1), Map.of(), Map.of("unknown", "x"),
                "2024-01-01T00:00:00Z", "TCP", "Ingress"));
        return values;
    }

    /** Each way of changing one place of {@code document}: a value replaced, a key removed, an unknown key added. */
    private static List<UnaryOperator<Object>> mutations(Object document) {
        List<UnaryOperator<Object>> out = new ArrayList<>();
        collect(document, new ArrayList<>(), out);
        return out;
    }

    private static void collect(Object value, List<Object> path, List<UnaryOperator<Object>> out) {
        if (value instanceof Map<?, ?> map) {
            List<Object> here = List.copyOf(path);
            out.add(root -> {
                castMap(at(root, here)).put("notInTheSchema", "x");
                return root;
            });
            for (Object key : map.keySet()) {
                out.add(root -> {
                    castMap(at(root, here)).remove(key);
                    return root;
                });
                List<Object> child = new ArrayList<>(path);
                child.add(key);
                replaceAt(child, out);
                collect(map.get(key), child, out);
            }
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                List<Object> child = new ArrayList<>(path);
                child.add(i);
                replaceAt(child, out);
                collect(list.get(i), child, out);
            }
        }
    }

    private static void replaceAt(List<Object> path, List<UnaryOperator<Object>> out) {
        List<Object> parentPath = List.copyOf(path.subList(0, path.size() - 1));
        Object last = path.get(path.size() - 1);
        for (Object replacement : replacements()) {
            out.add(root -> {
                Object parent = at(root, parentPath);
                Object copy = copy(replacement);
                if (last instanceof Integer i && parent instanceof List<?>) {
                    castList(parent).set(i, copy);
                } else {
                    castMap(parent).put(last, copy);
                }
                return root;
            });
        }
    }

    private static Object at(Object root, List<Object> path) {
        Object here = root;
        for (Object step : path) {
            here = here instanceof List<?> list ? list.get((Integer) step) : ((Map<?, ?>) here).get(step);
        }
        return here;
    }

    @SuppressWarnings("unchecked")
    private static Map<Object, Object> castMap(Object o) {
        return (Map<Object, Object>) o;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> castList(Object o) {
        return (List<Object>) o;
    }

    /** A deep, mutable copy. */
    private static Object copy(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(k, copy(v)));
            return out;
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>();
            list.forEach(v -> out.add(copy(v)));
            return out;
        }
        return value;
    }
}
