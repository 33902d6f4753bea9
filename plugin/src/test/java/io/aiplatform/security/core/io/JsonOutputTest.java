package io.aiplatform.security.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** {@link JsonOutput} writes what {@code ObjectMapper.writeValue} writes for the same plain values. */
class JsonOutputTest {

    private static Map<String, Object> sample() {
        Map<String, Object> inner = new LinkedHashMap<>();
        inner.put("quote\"and\\slash/", "tab\tline\nbell\u0007 é ✓ \uD83D\uDE00");
        inner.put("int", 42);
        inner.put("long", 5_000_000_000L);
        inner.put("double", 0.25d);
        inner.put("true", true);
        inner.put("null", null);
        inner.put("emptyMap", new TreeMap<>());
        inner.put("emptyList", List.of());
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("z", inner);
        root.put("a", new ArrayList<>(Arrays.asList("x", 1, null, List.of(List.of()), Map.of("k", "v"))));
        return root;
    }

    /** The printer each style stands for: Jackson's default, and ": " with LF. */
    private static final Map<JsonOutput.Style, DefaultPrettyPrinter> PRINTERS = Map.of(
            JsonOutput.Style.JACKSON_DEFAULT, new DefaultPrettyPrinter(),
            JsonOutput.Style.COLON_SPACE_LF, new DefaultPrettyPrinter()
                    .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                    .withObjectIndenter(new DefaultIndenter("  ", "\n")));

    private static String jackson(Object value, JsonOutput.Style style) throws Exception {
        return new ObjectMapper().setDefaultPrettyPrinter(PRINTERS.get(style)).enable(SerializationFeature.INDENT_OUTPUT)
                .writeValueAsString(value);
    }

    private static String own(Object value, JsonOutput.Style style) throws Exception {
        StringWriter out = new StringWriter();
        JsonOutput.write(out, value, style);
        return out.toString();
    }

    @Test
    void writesWhatTheObjectMapperWritesInEitherStyle() throws Exception {
        for (JsonOutput.Style style : JsonOutput.Style.values()) {
            assertEquals(jackson(sample(), style), own(sample(), style), style.name());
        }
    }

    @Test
    void everyCharacterAndNumberIsWrittenAsTheObjectMapperWritesIt() throws Exception {
        StringBuilder all = new StringBuilder();
        for (char c = 0; c < 0x3000; c++) {
            all.append(c);
        }
        all.append("\uD83D\uDE00\u2028\u2029\uFFFF");
        List<Object> values = List.of(all.toString(), Integer.MIN_VALUE, Long.MAX_VALUE, -0.0d, 1e300, 1.0E-7, 123.456,
                Double.NaN, Double.POSITIVE_INFINITY, false);
        for (JsonOutput.Style style : JsonOutput.Style.values()) {
            Map<String, Object> document = new LinkedHashMap<>();
            document.put(all.toString(), values);
            assertEquals(jackson(document, style), own(document, style), style.name());
        }
    }

    @Test
    void randomTreesAreWrittenAsTheObjectMapperWritesThem() throws Exception {
        Random random = new Random(20261130L);
        for (int i = 0; i < 3_000; i++) {
            Object tree = random.nextInt(8) == 0 ? list(random, 0) : map(random, 0);
            for (JsonOutput.Style style : JsonOutput.Style.values()) {
                assertEquals(jackson(tree, style), own(tree, style), style.name() + " tree " + i);
            }
        }
    }

    @Test
    void refusesWhatIsNotAPlainValue() {
        assertThrows(IllegalArgumentException.class,
                () -> JsonOutput.write(new StringWriter(), Map.of("path", Path.of("x")), JsonOutput.Style.COLON_SPACE_LF));
    }

    private static Map<String, Object> map(Random random, int depth) {
        Map<String, Object> map = new LinkedHashMap<>();
        int size = depth > 3 ? random.nextInt(2) : random.nextInt(4);
        for (int i = 0; i < size; i++) {
            map.put(text(random), value(random, depth + 1));
        }
        return map;
    }

    private static List<Object> list(Random random, int depth) {
        List<Object> list = new ArrayList<>();
        int size = depth > 3 ? random.nextInt(2) : random.nextInt(4);
        for (int i = 0; i < size; i++) {
            list.add(value(random, depth + 1));
        }
        return list;
    }

    private static Object value(Random random, int depth) {
        return switch (random.nextInt(depth > 4 ? 6 : 8)) {
            case 0 -> null;
            case 1 -> random.nextBoolean();
            case 2 -> random.nextBoolean() ? (Object) random.nextInt() : (Object) random.nextLong();
            case 3 -> random.nextDouble() * Math.pow(10, random.nextInt(40) - 20);
            case 4, 5 -> text(random);
            case 6 -> map(random, depth);
            default -> list(random, depth);
        };
    }

    private static String text(Random random) {
        StringBuilder s = new StringBuilder();
        int length = random.nextInt(6);
        for (int i = 0; i < length; i++) {
            s.append(random.nextInt(4) == 0 ? (char) random.nextInt(0x40) : (char) ('a' + random.nextInt(26)));
        }
        return s.toString();
    }
}
