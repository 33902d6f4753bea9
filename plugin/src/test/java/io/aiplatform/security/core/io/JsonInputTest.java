package io.aiplatform.security.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.aiplatform.security.core.validate.schema.SchemaLocations;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Plain values read from JSON are the values Jackson's object mapper reads, type for type and in order. */
class JsonInputTest {

    private final ObjectMapper mapper = new ObjectMapper();

    private static InputStream text(String json) {
        return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void everyKindOfValueReadsAsTheMapperReadsIt() throws IOException {
        String json = "{\"a\": [1, 5000000000, 123456789012345678901234567890, 2.5, -0.0, 1e3, true, false, null,"
                + " \"s\\u00e9\"], \"o\": {\"dup\": 1, \"x\": 0, \"dup\": 2, \"empty\": {}, \"none\": []}} trailing";
        Object own = JsonInput.read(text(json));
        Object jackson = mapper.readValue(json.substring(0, json.lastIndexOf('}') + 1), Object.class);
        assertEquals(jackson, own);
        assertEquals(types(jackson), types(own), "Integer, Long, BigInteger and Double where Jackson has them");
        assertEquals(List.of("dup", "x", "empty", "none"), List.copyOf(((Map<?, ?>) ((Map<?, ?>) own).get("o")).keySet()),
                "a repeated key keeps its first place");
        assertEquals(2, ((Map<?, ?>) ((Map<?, ?>) own).get("o")).get("dup"), "and its last value");
    }

    @Test
    void everyBundledSchemaReadsAsTheMapperReadsIt() throws IOException {
        String folder = "/io/aiplatform/security/k8s-schemas/master-standalone-strict/";
        for (String file : SchemaLocations.bundledFiles()) {
            try (InputStream a = getClass().getResourceAsStream(folder + file); InputStream b = getClass().getResourceAsStream(folder + file)) {
                Object jackson = mapper.readValue(a, Object.class);
                Object own = JsonInput.read(b);
                assertEquals(jackson, own, file);
                assertEquals(types(jackson), types(own), file);
            }
        }
    }

    @Test
    void numbersAndStringsOfEveryKindReadAsTheMapperReadsThem() throws IOException {
        List<String> documents = List.of("0", "-0", "7", "-2147483648", "2147483647", "2147483648", "-2147483649",
                "9223372036854775807", "9223372036854775808", "-9223372036854775809", "123456789", "1234567890",
                "0.0", "-0.0", "1e3", "1E+3", "2.5e-3", "1e400", "123.456e7",
                "\"\\u00e9\\ud83d\\ude00\\/\\b\\f\\n\\r\\t\\\"\\\\\"", "\"\u00e9 \u2028 ✓\"", "\"\\uD800 lone\"",
                "[]", "{}", " [ 1 , { \"a\" : [ ] } ] ", "true", "false", "null", "{\"a\":{\"b\":{\"c\":[[[]]]}}}");
        for (String json : documents) {
            Object jackson = mapper.readValue(json, Object.class);
            Object own = JsonInput.read(text(json));
            assertEquals(jackson, own, json);
            assertEquals(types(jackson), types(own), json);
        }
    }

    @Test
    void randomDocumentsReadAsTheMapperReadsThem() throws IOException {
        Random random = new Random(20261130L);
        for (int i = 0; i < 3_000; i++) {
            Object tree = random.nextInt(5) == 0 ? random(random, 0, true) : random(random, 0, false);
            String json = random.nextBoolean() ? mapper.writeValueAsString(tree)
                    : mapper.writerWithDefaultPrettyPrinter().writeValueAsString(tree);
            Object jackson = mapper.readValue(json, Object.class);
            Object own = JsonInput.read(text(json));
            assertEquals(jackson, own, json);
            assertEquals(types(jackson), types(own), json);
        }
    }

    @Test
    void whatTheMapperRefusesIsAnError() {
        for (String json : List.of("{\"a\": ", "{\"a\" 1}", "{a: 1}", "{'a': 1}", "[1,]", "{\"a\": 1,}", "01", "-", "1.", ".5",
                "+1", "1e", "NaN", "tru", "truex", "nul", "\"unterminated", "\"tab\there\"", "\"bad \\x escape\"",
                "\"\\u12\"", "[1 2]", "{\"a\" : 1 \"b\" : 2}", "// comment\n1", "]")) {
            assertThrows(Exception.class, () -> mapper.readValue(json, Object.class), "Jackson refuses " + json);
            assertThrows(IOException.class, () -> JsonInput.read(text(json)), json);
        }
        assertThrows(IOException.class, () -> JsonInput.read(new ByteArrayInputStream(new byte[] {'"', (byte) 0xC3, '"'})),
                "malformed UTF-8");
    }

    private static Object random(Random random, int depth, boolean array) {
        int size = depth > 3 ? random.nextInt(2) : random.nextInt(4);
        if (array) {
            List<Object> list = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                list.add(value(random, depth + 1));
            }
            return list;
        }
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < size; i++) {
            map.put(string(random), value(random, depth + 1));
        }
        return map;
    }

    private static Object value(Random random, int depth) {
        return switch (random.nextInt(depth > 4 ? 7 : 9)) {
            case 0 -> null;
            case 1 -> random.nextBoolean();
            case 2 -> random.nextInt();
            case 3 -> random.nextLong();
            case 4 -> new BigInteger(100, random).negate();
            case 5 -> random.nextDouble() * Math.pow(10, random.nextInt(60) - 30);
            case 6 -> string(random);
            case 7 -> random(random, depth, false);
            default -> random(random, depth, true);
        };
    }

    private static String string(Random random) {
        StringBuilder s = new StringBuilder();
        int length = random.nextInt(6);
        for (int i = 0; i < length; i++) {
            s.append((char) (random.nextInt(3) == 0 ? random.nextInt(0x3000) : 'a' + random.nextInt(26)));
        }
        return s.toString();
    }

    /** The Java types of every value, depth first. */
    private static List<String> types(Object value) {
        List<String> out = new ArrayList<>();
        collect(value, out);
        return out;
    }

    private static void collect(Object value, List<String> out) {
        out.add(value == null ? "null" : value.getClass().getSimpleName());
        if (value instanceof Map<?, ?> map) {
            map.values().forEach(v -> collect(v, out));
        } else if (value instanceof List<?> list) {
            list.forEach(v -> collect(v, out));
        }
    }
}
