package io.aiplatform.security.core.io;

import java.io.IOException;
import java.io.Writer;
import java.util.Collection;
import java.util.Iterator;
import java.util.Map;

/**
 * Pretty-printed JSON text of plain values (maps, collections, strings, numbers, booleans, nulls),
 * byte for byte what Jackson's {@code ObjectMapper} writes for them with its default pretty printer
 * ({@link Style#JACKSON_DEFAULT}) or with {@code ": "} between names and values and LF line ends
 * ({@link Style#COLON_SPACE_LF}): objects one entry a line, indented two spaces a level, arrays on one
 * line ({@code [ 1, 2 ]}), empty ones {@code { }} and {@code [ ]}; strings escaped as Jackson escapes
 * them. Written by hand: starting Jackson's generator was a twentieth of a cold build's plugin time.
 */
public final class JsonOutput {

    /** How names meet values, and how lines end. */
    public enum Style {
        /** {@code "name" : value}, the platform's line separator: Jackson's {@code DefaultPrettyPrinter}. */
        JACKSON_DEFAULT(" : ", System.lineSeparator()),
        /** {@code "name": value}, LF. */
        COLON_SPACE_LF(": ", "\n");

        private final String nameSeparator;
        private final String lineEnd;

        Style(String nameSeparator, String lineEnd) {
            this.nameSeparator = nameSeparator;
            this.lineEnd = lineEnd;
        }
    }

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private final Writer out;
    private final Style style;

    private JsonOutput(Writer out, Style style) {
        this.out = out;
        this.style = style;
    }

    /**
     * Writes {@code value} to {@code out} (left open), with no line end after it.
     *
     * @throws IllegalArgumentException for a value that is not plain
     */
    public static void write(Writer out, Object value, Style style) throws IOException {
        new JsonOutput(out, style).value(value, 0);
    }

    private void value(Object value, int depth) throws IOException {
        if (value instanceof Map<?, ?> map) {
            object(map, depth);
        } else if (value instanceof Collection<?> list) {
            array(list, depth);
        } else if (value instanceof String s) {
            string(s);
        } else if (value instanceof Integer || value instanceof Long) {
            out.write(value.toString());
        } else if (value instanceof Double d) {
            if (Double.isFinite(d)) {
                out.write(d.toString());
            } else {
                string(d.toString()); // as Jackson quotes NaN and the infinities by default
            }
        } else if (value instanceof Boolean b) {
            out.write(b ? "true" : "false");
        } else if (value == null) {
            out.write("null");
        } else {
            throw new IllegalArgumentException("JSON output takes plain values, not " + value.getClass().getName());
        }
    }

    private void object(Map<?, ?> map, int depth) throws IOException {
        out.write('{');
        if (map.isEmpty()) {
            out.write(" }");
            return;
        }
        Iterator<? extends Map.Entry<?, ?>> entries = map.entrySet().iterator();
        while (entries.hasNext()) {
            Map.Entry<?, ?> e = entries.next();
            newLine(depth + 1);
            string(String.valueOf(e.getKey()));
            out.write(style.nameSeparator);
            value(e.getValue(), depth + 1);
            if (entries.hasNext()) {
                out.write(',');
            }
        }
        newLine(depth);
        out.write('}');
    }

    /** Arrays stay on one line; an object in one still breaks its lines, at the object's depth. */
    private void array(Collection<?> list, int depth) throws IOException {
        out.write("[ ");
        boolean first = true;
        for (Object item : list) {
            if (!first) {
                out.write(", ");
            }
            first = false;
            value(item, depth);
        }
        out.write(list.isEmpty() ? "]" : " ]");
    }

    private void newLine(int depth) throws IOException {
        out.write(style.lineEnd);
        for (int i = 0; i < depth; i++) {
            out.write("  ");
        }
    }

    /** Quoted; the quote and the backslash escaped, control characters by their short escape or as a hexadecimal one. */
    private void string(String s) throws IOException {
        out.write('"');
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c != '"' && c != '\\') {
                continue;
            }
            out.write(s, start, i - start);
            start = i + 1;
            switch (c) {
                case '"' -> out.write("\\\"");
                case '\\' -> out.write("\\\\");
                case '\b' -> out.write("\\b");
                case '\t' -> out.write("\\t");
                case '\n' -> out.write("\\n");
                case '\f' -> out.write("\\f");
                case '\r' -> out.write("\\r");
                default -> {
                    out.write("\\u00");
                    out.write(HEX[c >> 4]);
                    out.write(HEX[c & 0xF]);
                }
            }
        }
        out.write(s, start, s.length() - start);
        out.write('"');
    }
}
