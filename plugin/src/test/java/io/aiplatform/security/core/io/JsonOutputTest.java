package io.aiplatform.security.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    @Test
    void writesWhatTheObjectMapperWritesWithEitherPrinter() throws Exception {
        DefaultPrettyPrinter spaced = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(new DefaultIndenter("  ", "\n"));
        for (DefaultPrettyPrinter printer : List.of(new DefaultPrettyPrinter(), spaced)) {
            String expected = new ObjectMapper().setDefaultPrettyPrinter(printer).enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(sample());
            StringWriter out = new StringWriter();
            JsonOutput.write(out, sample(), printer);
            assertEquals(expected, out.toString());
        }
    }

    @Test
    void refusesWhatIsNotAPlainValue() {
        assertThrows(IllegalArgumentException.class,
                () -> JsonOutput.write(new StringWriter(), Map.of("path", java.nio.file.Path.of("x")), new DefaultPrettyPrinter()));
    }
}
