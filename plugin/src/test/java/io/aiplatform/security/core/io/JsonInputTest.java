package io.aiplatform.security.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
        for (String file : List.of("deployment-apps-v1.json", "networkpolicy-networking-v1.json", "secret-v1.json")) {
            try (InputStream a = getClass().getResourceAsStream(folder + file); InputStream b = getClass().getResourceAsStream(folder + file)) {
                assertEquals(mapper.readValue(a, Object.class), JsonInput.read(b), file);
            }
        }
    }

    @Test
    void emptyOrCutShortTextIsAnError() {
        assertEquals("no JSON value", assertThrows(IOException.class, () -> JsonInput.read(text("  "))).getMessage());
        assertThrows(IOException.class, () -> JsonInput.read(text("{\"a\": ")));
        assertThrows(IOException.class, () -> JsonInput.read(text("{\"a\" 1}")));
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
