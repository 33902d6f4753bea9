package io.aiplatform.security.core.io;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One JSON document (RFC 8259, UTF-8) read into plain values: objects as ordered maps, arrays as
 * lists, strings, numbers ({@link Integer}, {@link Long} or {@link BigInteger} as they fit, {@link Double}
 * for fractions and exponents), booleans and nulls — the values Jackson's {@code ObjectMapper} reads
 * as {@code Object}, the counterpart of {@link JsonOutput}. A repeated key keeps its first place and
 * its last value; what follows the first value is not read. Written by hand: starting Jackson's
 * parser was a twentieth of a cold build's plugin time.
 */
public final class JsonInput {

    private final String text;
    private int at;

    private JsonInput(String text) {
        this.text = text;
    }

    /**
     * The document in {@code in} (left open).
     *
     * @throws IOException when it holds no value or is not JSON (with the line)
     */
    public static Object read(InputStream in) throws IOException {
        String text = StandardCharsets.UTF_8.newDecoder() // malformed UTF-8 is an error, not a replacement character
                .decode(ByteBuffer.wrap(in.readAllBytes())).toString();
        JsonInput json = new JsonInput(text.startsWith("\uFEFF") ? text.substring(1) : text);
        json.skipSpace();
        if (json.at >= json.text.length()) {
            throw new IOException("no JSON value");
        }
        return json.value(0);
    }

    /** Deeper than this is no schema or report; refused rather than risking the stack. */
    private static final int MAX_DEPTH = 1000;

    private Object value(int depth) throws IOException {
        if (depth > MAX_DEPTH) {
            throw error("nesting deeper than " + MAX_DEPTH);
        }
        char c = peek();
        switch (c) {
            case '{' -> {
                return object(depth);
            }
            case '[' -> {
                return array(depth);
            }
            case '"' -> {
                return string();
            }
            case 't' -> {
                return literal("true", Boolean.TRUE);
            }
            case 'f' -> {
                return literal("false", Boolean.FALSE);
            }
            case 'n' -> {
                return literal("null", null);
            }
            default -> {
                if (c == '-' || c >= '0' && c <= '9') {
                    return number();
                }
                throw error("unexpected character '" + c + "'");
            }
        }
    }

    private Map<String, Object> object(int depth) throws IOException {
        Map<String, Object> object = new LinkedHashMap<>();
        if (!empty('}')) {
            do {
                skipSpace();
                if (peek() != '"') {
                    throw error("expected a quoted name");
                }
                String name = string();
                skipSpace();
                expect(':');
                skipSpace();
                object.put(name, value(depth + 1));
            } while (!closed('}'));
        }
        return object;
    }

    private List<Object> array(int depth) throws IOException {
        List<Object> array = new ArrayList<>();
        if (!empty(']')) {
            do {
                skipSpace();
                array.add(value(depth + 1));
            } while (!closed(']'));
        }
        return array;
    }

    /** Past the opening bracket: true, with {@code close} read, when the object or array is empty. */
    private boolean empty(char close) throws IOException {
        at++;
        skipSpace();
        if (peek() == close) {
            at++;
            return true;
        }
        return false;
    }

    /** After a member: true when {@code close} ends the object or array, false when a comma says more follow. */
    private boolean closed(char close) throws IOException {
        skipSpace();
        char c = next();
        if (c == close) {
            return true;
        }
        if (c != ',') {
            throw error("expected ',' or '" + close + "'");
        }
        return false;
    }

    private String string() throws IOException {
        at++; // "
        StringBuilder s = null;
        int start = at;
        while (true) {
            if (at >= text.length()) {
                throw error("unterminated string");
            }
            char c = text.charAt(at);
            if (c == '"') {
                String value = s == null ? text.substring(start, at) : s.append(text, start, at).toString();
                at++;
                return value;
            }
            if (c < 0x20) {
                throw error("control character in a string");
            }
            if (c != '\\') {
                at++;
                continue;
            }
            if (s == null) {
                s = new StringBuilder();
            }
            s.append(text, start, at);
            at++;
            char e = next();
            switch (e) {
                case '"', '\\', '/' -> s.append(e);
                case 'b' -> s.append('\b');
                case 'f' -> s.append('\f');
                case 'n' -> s.append('\n');
                case 'r' -> s.append('\r');
                case 't' -> s.append('\t');
                case 'u' -> {
                    if (at + 4 > text.length()) {
                        throw error("short unicode escape");
                    }
                    int code = 0;
                    for (int i = 0; i < 4; i++) {
                        int digit = Character.digit(text.charAt(at + i), 16);
                        if (digit < 0) {
                            throw error("bad unicode escape");
                        }
                        code = code * 16 + digit;
                    }
                    at += 4;
                    s.append((char) code);
                }
                default -> throw error("bad escape '\\" + e + "'");
            }
            start = at;
        }
    }

    /** An integer as Integer, Long or BigInteger as it fits; with a fraction or exponent a Double. */
    private Object number() throws IOException {
        int start = at;
        if (peek() == '-') {
            at++;
        }
        int digits = at;
        digits("a number without digits");
        if (text.charAt(digits) == '0' && at - digits > 1) {
            throw error("a number with a leading zero");
        }
        boolean integral = true;
        if (at < text.length() && text.charAt(at) == '.') {
            integral = false;
            at++;
            digits("a number without digits after '.'");
        }
        if (at < text.length() && (text.charAt(at) == 'e' || text.charAt(at) == 'E')) {
            integral = false;
            at++;
            if (at < text.length() && (text.charAt(at) == '+' || text.charAt(at) == '-')) {
                at++;
            }
            digits("a number without exponent digits");
        }
        String number = text.substring(start, at);
        if (!integral) {
            return Double.parseDouble(number);
        }
        if (at - digits <= 9) {
            return Integer.parseInt(number);
        }
        BigInteger big = new BigInteger(number);
        if (big.bitLength() < 32) {
            return big.intValue();
        }
        return big.bitLength() < 64 ? (Object) big.longValue() : big;
    }

    private Object literal(String word, Object value) throws IOException {
        if (!text.startsWith(word, at)) {
            throw error("unexpected token");
        }
        at += word.length();
        if (at < text.length() && Character.isLetterOrDigit(text.charAt(at))) {
            throw error("unexpected token");
        }
        return value;
    }

    /** Steps over a run of digits, of which there must be one at least ({@code missing} says what is wrong if not). */
    private void digits(String missing) throws IOException {
        int from = at;
        while (at < text.length() && isDigit(text.charAt(at))) {
            at++;
        }
        if (at == from) {
            throw error(missing);
        }
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private void skipSpace() {
        while (at < text.length()) {
            char c = text.charAt(at);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return;
            }
            at++;
        }
    }

    private char peek() throws IOException {
        if (at >= text.length()) {
            throw error("unexpected end of the document");
        }
        return text.charAt(at);
    }

    private char next() throws IOException {
        char c = peek();
        at++;
        return c;
    }

    private void expect(char c) throws IOException {
        if (next() != c) {
            throw error("expected '" + c + "'");
        }
    }

    private IOException error(String what) {
        int line = 1;
        for (int i = 0; i < Math.min(at, text.length()); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return new IOException("not JSON: " + what + " at line " + line);
    }
}
