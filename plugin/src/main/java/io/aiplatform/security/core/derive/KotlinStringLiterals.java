package io.aiplatform.security.core.derive;

import java.util.ArrayList;
import java.util.List;

/**
 * The string literals of a Kotlin source file, as the Kotlin grammar writes them: {@code "…"} with its escapes and
 * {@code """…"""} raw strings, outside {@code //} and (nested) {@code /* *}{@code /} comments and character
 * literals. A string template ({@code $name}, {@code ${expression}}) is a value known only at run time: a literal's
 * value ends where its first template begins ({@code "http://orders:8080/items/$id"} is
 * {@code http://orders:8080/items/}), and the literals inside a template's expression are literals too. No
 * compilation and no full parse: only the tokens that can hold a string are told apart.
 */
public final class KotlinStringLiterals {

    /** Templates nested deeper than this ({@code "${"${"…"}"}"}) end the scan: no real code nests so. */
    static final int MAX_NESTING = 64;

    /**
     * A literal's value up to its first template, the line it starts on (1-based), the offsets of its opening quote
     * and after its closing one, and whether a template cut its value short.
     */
    public record Literal(String value, int line, int start, int end, boolean templated) {

        public Literal(String value, int line) {
            this(value, line, -1, -1, false);
        }

        /** Two literals are the same when value and line are: offsets and cut are where it was found. */
        @Override
        public boolean equals(Object o) {
            return o instanceof Literal l && l.value.equals(value) && l.line == line;
        }

        @Override
        public int hashCode() {
            return value.hashCode() * 31 + line;
        }
    }

    /**
     * The literals of a text and its code: the text with every comment and string literal (quotes included) blanked to
     * spaces, line breaks kept, so that offsets and lines are those of the text.
     */
    public record Scanned(List<Literal> literals, String code) {
    }

    /** Thrown when templates nest beyond {@link #MAX_NESTING}. */
    public static final class TooDeep extends Exception {
        private final int line;

        TooDeep(int line) {
            super(null, null, false, false);
            this.line = line;
        }

        /** The line the nesting went too deep on. */
        public int line() {
            return line;
        }
    }

    private final String text;
    private final List<Literal> literals = new ArrayList<>();
    private final char[] code;
    private int i;
    private int line = 1;

    private KotlinStringLiterals(String text) {
        this.text = text;
        this.code = text.toCharArray();
    }

    /** The literals of {@code text}, in the order they begin. */
    public static List<Literal> of(String text) throws TooDeep {
        return scan(text).literals();
    }

    /** The literals of {@code text} by line, and its code without comments and literals. */
    public static Scanned scan(String text) throws TooDeep {
        KotlinStringLiterals scan = new KotlinStringLiterals(text);
        scan.code(0);
        scan.literals.sort((a, b) -> Integer.compare(a.line(), b.line()));
        return new Scanned(List.copyOf(scan.literals), new String(scan.code));
    }

    /** Blanks the text from {@code from} up to {@code i} in the code, keeping line breaks. */
    private void blank(int from) {
        for (int k = from; k < Math.min(i, code.length); k++) {
            if (code[k] != '\n') {
                code[k] = ' ';
            }
        }
    }

    /** Code up to the end, or (at {@code depth} > 0, inside a template) up to the brace that closes it. */
    private void code(int depth) throws TooDeep {
        int braces = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                i++;
            } else if (text.startsWith("//", i)) {
                int from = i;
                skipTo('\n');
                blank(from);
            } else if (text.startsWith("/*", i)) {
                int from = i;
                blockComment();
                blank(from);
            } else if (c == '\'') {
                character();
            } else if (text.startsWith("\"\"\"", i)) {
                string(true, depth);
            } else if (c == '"') {
                string(false, depth);
            } else {
                i++;
                if (c == '{') {
                    braces++;
                } else if (c == '}' && depth > 0 && braces-- == 0) {
                    return;
                }
            }
        }
    }

    private void skipTo(char end) {
        while (i < text.length() && text.charAt(i) != end) {
            i++;
        }
    }

    /** A block comment; Kotlin's nest ({@code /* /* *}{@code / *}{@code /} is one comment). */
    private void blockComment() {
        int open = 0;
        while (i < text.length()) {
            if (text.startsWith("/*", i)) {
                open++;
                i += 2;
            } else if (text.startsWith("*/", i)) {
                i += 2;
                if (--open == 0) {
                    return;
                }
            } else {
                if (text.charAt(i) == '\n') {
                    line++;
                }
                i++;
            }
        }
    }

    /** A character literal ({@code 'a'}, {@code '\''}, {@code '"'}): skipped, it holds no string. */
    private void character() {
        i++;
        while (i < text.length() && text.charAt(i) != '\'' && text.charAt(i) != '\n') {
            i += text.charAt(i) == '\\' ? 2 : 1;
        }
        i++;
    }

    /** A string literal starting at {@code i}, raw ({@code """}) or not; its value is kept up to a template. */
    private void string(boolean raw, int depth) throws TooDeep {
        int start = line;
        int from = i;
        StringBuilder value = new StringBuilder();
        boolean templated = false;
        i += raw ? 3 : 1;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (raw && text.startsWith("\"\"\"", i)) {
                while (text.startsWith("\"\"\"\"", i)) { // """" ends with the last three quotes
                    value.append('"');
                    i++;
                }
                i += 3;
                break;
            } else if (!raw && (c == '"' || c == '\n')) {
                i += c == '"' ? 1 : 0; // an unterminated literal ends at its line
                break;
            } else if (!raw && c == '\\' && i + 1 < text.length()) {
                i = escape(value, templated);
            } else if (c == '$' && i + 1 < text.length() && text.charAt(i + 1) == '{') {
                if (depth + 1 > MAX_NESTING) {
                    throw new TooDeep(line);
                }
                templated = true;
                i += 2;
                code(depth + 1);
            } else if (c == '$' && i + 1 < text.length() && Character.isJavaIdentifierStart(text.charAt(i + 1))) {
                templated = true;
                i++;
            } else {
                if (c == '\n') {
                    line++;
                }
                if (!templated) {
                    value.append(c);
                }
                i++;
            }
        }
        blank(from);
        literals.add(new Literal(value.toString(), start, from, i, templated));
    }

    /** The escape at {@code i} (a backslash and a letter, or u and four hex digits) into {@code value} unless templated; the index after it. */
    private int escape(StringBuilder value, boolean templated) {
        char c = text.charAt(i + 1);
        if (c == 'u' && i + 6 <= text.length()
                && text.substring(i + 2, i + 6).chars().allMatch(KotlinStringLiterals::hex)) {
            if (!templated) {
                value.append((char) Integer.parseInt(text.substring(i + 2, i + 6), 16));
            }
            return i + 6;
        }
        if (!templated) {
            value.append(escaped(c));
        }
        return i + 2;
    }

    private static boolean hex(int c) {
        return Character.digit(c, 16) >= 0;
    }

    private static char escaped(char c) {
        return switch (c) {
            case 'n' -> '\n';
            case 't' -> '\t';
            case 'r' -> '\r';
            case 'b' -> '\b';
            default -> c; // \" \' \\ \$
        };
    }
}
