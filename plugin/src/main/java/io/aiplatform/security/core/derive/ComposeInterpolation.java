package io.aiplatform.security.core.derive;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Variable interpolation in the values of a Docker Compose file, as the Compose specification
 * defines it: {@code $VAR} and {@code ${VAR}}; {@code ${VAR:-default}} (the default when VAR is unset
 * or empty) and {@code ${VAR-default}} (when unset); {@code ${VAR:?error}} and {@code ${VAR?error}}
 * (required); {@code ${VAR:+alternative}} and {@code ${VAR+alternative}}; defaults that interpolate
 * in turn; {@code $$} for a literal '$'. A '$' that starts no name is kept.
 *
 * <p>The variables are those the build knows (none of the shell that will run Compose): a variable
 * left without a value stays in the result as {@code ${VAR}}, so a host it stands for is reported as
 * unresolved, and is listed in {@link Result#unresolved()}; a required one in {@link Result#required()}.
 * Nesting is bounded ({@value #MAX_DEPTH} levels) and so is the result ({@value #MAX_LENGTH} characters).
 */
public final class ComposeInterpolation {

    static final int MAX_DEPTH = 10;
    static final int MAX_LENGTH = 65_536;

    /**
     * The interpolated value, the variables that had no value, those of them that the file marks as
     * required, and the bound passed ({@code null} when none; then {@code value} is the text as written).
     */
    public record Result(String value, List<String> unresolved, List<String> required, String exceeded) {
    }

    private static final class Exceeded extends RuntimeException {
        Exceeded(String bound) {
            super(bound, null, false, false);
        }
    }

    private final Map<String, String> variables;
    private final List<String> unresolved = new ArrayList<>();
    private final List<String> required = new ArrayList<>();

    private ComposeInterpolation(Map<String, String> variables) {
        this.variables = variables;
    }

    /** Interpolates {@code value} with {@code variables} (name to value; absent means unset). */
    public static Result interpolate(String value, Map<String, String> variables) {
        if (value == null || value.indexOf('$') < 0) {
            return new Result(value, List.of(), List.of(), null);
        }
        ComposeInterpolation run = new ComposeInterpolation(variables);
        try {
            String result = run.expand(value, 0);
            return new Result(result, List.copyOf(run.unresolved), List.copyOf(run.required), null);
        } catch (Exceeded e) {
            return new Result(value, List.of(), List.of(), e.getMessage());
        }
    }

    private String expand(String text, int depth) {
        if (depth > MAX_DEPTH) {
            throw new Exceeded("interpolation nested more than " + MAX_DEPTH + " deep");
        }
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c != '$' || i + 1 == text.length()) {
                append(out, String.valueOf(c));
                i++;
            } else if (text.charAt(i + 1) == '$') {
                append(out, "$");
                i += 2;
            } else if (text.charAt(i + 1) == '{') {
                int close = closingBrace(text, i + 2);
                if (close < 0) {
                    append(out, text.substring(i));
                    break;
                }
                append(out, braced(text.substring(i + 2, close), depth));
                i = close + 1;
            } else {
                int nameEnd = nameEnd(text, i + 1);
                if (nameEnd == i + 1) {
                    append(out, "$");
                    i++;
                } else {
                    append(out, direct(text.substring(i + 1, nameEnd)));
                    i = nameEnd;
                }
            }
        }
        return out.toString();
    }

    /** The value of {@code ${inner}}: a name, then maybe an operator and its operand. */
    private String braced(String inner, int depth) {
        int nameEnd = nameEnd(inner, 0);
        String name = inner.substring(0, nameEnd);
        String rest = inner.substring(nameEnd);
        if (name.isEmpty()) {
            return "${" + inner + "}"; // no valid name: kept as written
        }
        String value = variables.get(name);
        boolean set = value != null;
        boolean nonEmpty = set && !value.isEmpty();
        if (rest.isEmpty()) {
            return set ? value : unresolved(name);
        }
        boolean colon = rest.startsWith(":");
        String op = colon ? rest.substring(0, Math.min(2, rest.length())) : rest.substring(0, 1);
        String operand = rest.substring(op.length());
        boolean present = colon ? nonEmpty : set;
        switch (op.charAt(op.length() - 1)) {
            case '-' -> {
                return present ? value : expand(operand, depth + 1);
            }
            case '?' -> {
                if (present) {
                    return value;
                }
                required.add(name);
                return unresolved(name);
            }
            case '+' -> {
                return present ? expand(operand, depth + 1) : "";
            }
            default -> {
                return "${" + inner + "}"; // another shell feature Compose does not support: kept as written
            }
        }
    }

    private String direct(String name) {
        String value = variables.get(name);
        return value != null ? value : unresolved(name);
    }

    private String unresolved(String name) {
        unresolved.add(name);
        return "${" + name + "}";
    }

    private static int nameEnd(String text, int from) {
        int i = from;
        while (i < text.length()) {
            char c = text.charAt(i);
            boolean letter = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_';
            if (!letter && !(i > from && c >= '0' && c <= '9')) {
                break;
            }
            i++;
        }
        return i;
    }

    private static int closingBrace(String text, int from) {
        int depth = 1;
        for (int i = from; i < text.length(); i++) {
            if (text.charAt(i) == '$' && i + 1 < text.length() && text.charAt(i + 1) == '$') {
                i++;
            } else if (text.startsWith("${", i)) {
                depth++;
                i++;
            } else if (text.charAt(i) == '}' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    private static void append(StringBuilder out, String text) {
        if (out.length() + text.length() > MAX_LENGTH) {
            throw new Exceeded("a value longer than " + MAX_LENGTH + " characters once interpolated");
        }
        out.append(text);
    }
}
