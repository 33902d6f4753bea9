package io.aiplatform.security.core.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.PrettyPrinter;
import java.io.IOException;
import java.io.Writer;
import java.util.Collection;
import java.util.Map;

/**
 * JSON text of plain values (maps, collections, strings, numbers, booleans, nulls) through
 * Jackson's streaming generator: what {@code ObjectMapper.writeValue} writes for them, with the
 * same pretty printer, without starting Jackson's object mapping.
 */
public final class JsonOutput {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(com.fasterxml.jackson.core.StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    private JsonOutput() {
    }

    /**
     * Writes {@code value} to {@code out} (left open) with a fresh instance of {@code printer}.
     *
     * @throws IllegalArgumentException for a value that is not plain
     */
    public static void write(Writer out, Object value, PrettyPrinter printer) throws IOException {
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            json.setPrettyPrinter(printer instanceof com.fasterxml.jackson.core.util.Instantiatable<?> i
                    ? (PrettyPrinter) i.createInstance() : printer);
            value(json, value);
        }
    }

    private static void value(JsonGenerator json, Object value) throws IOException {
        if (value instanceof Map<?, ?> map) {
            json.writeStartObject();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                json.writeFieldName(String.valueOf(e.getKey()));
                value(json, e.getValue());
            }
            json.writeEndObject();
        } else if (value instanceof Collection<?> list) {
            json.writeStartArray();
            for (Object element : list) {
                value(json, element);
            }
            json.writeEndArray();
        } else if (value instanceof String s) {
            json.writeString(s);
        } else if (value instanceof Integer n) {
            json.writeNumber(n);
        } else if (value instanceof Long n) {
            json.writeNumber(n);
        } else if (value instanceof Double n) {
            json.writeNumber(n);
        } else if (value instanceof Boolean b) {
            json.writeBoolean(b);
        } else if (value == null) {
            json.writeNull();
        } else {
            throw new IllegalArgumentException("JSON output takes plain values, not " + value.getClass().getName());
        }
    }
}
