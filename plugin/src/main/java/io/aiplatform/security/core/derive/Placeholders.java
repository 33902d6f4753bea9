package io.aiplatform.security.core.derive;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Resolves {@code ${name}} and {@code ${name:default}} as Spring Boot, Quarkus and Micronaut do
 * for the purpose of finding hosts: another property of the same configuration, else the default.
 * An environment variable with no default cannot be known at build time: it stays unresolved and is
 * reported, never guessed.
 *
 * <p>Resolution is bounded: placeholders nest at most {@value #MAX_DEPTH} deep, a value resolves to at
 * most {@value #MAX_LENGTH} characters through at most {@value #MAX_STEPS} substitutions. A value past a
 * bound (a property that names itself, or one that doubles at each level) is not resolved: its result
 * says which bound it passed, for a warning that names the property.
 */
public final class Placeholders {

    static final int MAX_DEPTH = 10;
    static final int MAX_LENGTH = 65_536;
    static final int MAX_STEPS = 10_000;

    /**
     * The value with what could be resolved, the names that could not, and the bound it passed
     * ({@code null} when none; then {@code value} is the text as written).
     */
    public record Result(String value, List<String> unresolved, String exceeded) {

        /** True when resolution stopped at a bound. */
        public boolean bounded() {
            return exceeded != null;
        }
    }

    /** Thrown inside one resolution when it passes a bound; never leaves this class. */
    private static final class Exceeded extends RuntimeException {
        Exceeded(String bound) {
            super(bound, null, false, false);
        }
    }

    /** The state of one resolution: what is unresolved and how many substitutions it took. */
    private static final class Run {
        final Map<String, ConfigValue> properties;
        final List<String> unresolved = new ArrayList<>();
        int steps;

        Run(Map<String, ConfigValue> properties) {
            this.properties = properties;
        }
    }

    private Placeholders() {
    }

    /** @param properties by the {@linkplain ConfigKeys#uniform uniform} form of their keys */
    public static Result resolve(String value, Map<String, ConfigValue> properties) {
        if (value == null || !value.contains("${")) {
            return new Result(value, List.of(), null);
        }
        Run run = new Run(properties);
        try {
            return new Result(resolve(value, run, 0), run.unresolved, null);
        } catch (Exceeded e) {
            return new Result(value, List.of(), e.getMessage());
        }
    }

    /**
     * The names of the properties the placeholders of {@code value} refer to, those of their defaults too
     * ({@code ${db.url:${fallback.url}}} names both), as far as {@value #MAX_DEPTH} levels deep.
     */
    public static List<String> names(String value) {
        List<String> names = new ArrayList<>();
        names(value, names, 0);
        return names;
    }

    private static void names(String value, List<String> into, int depth) {
        if (value == null || depth > MAX_DEPTH) {
            return;
        }
        for (int start = value.indexOf("${"); start >= 0; start = value.indexOf("${", start + 2)) {
            int end = matchingBrace(value, start + 2);
            if (end < 0) {
                return;
            }
            String inner = value.substring(start + 2, end);
            int colon = topLevelColon(inner);
            into.add(colon < 0 ? inner : inner.substring(0, colon));
            if (colon >= 0) {
                names(inner.substring(colon + 1), into, depth + 1);
            }
            start = end - 1;
        }
    }

    private static String resolve(String value, Run run, int depth) {
        if (value == null || !value.contains("${")) {
            return value;
        }
        if (depth > MAX_DEPTH) {
            throw new Exceeded("placeholders nest more than " + MAX_DEPTH + " deep");
        }
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < value.length()) {
            int start = value.indexOf("${", i);
            if (start < 0) {
                append(out, value.substring(i));
                break;
            }
            append(out, value.substring(i, start));
            int end = matchingBrace(value, start + 2);
            if (end < 0) {
                append(out, value.substring(start));
                break;
            }
            if (++run.steps > MAX_STEPS) {
                throw new Exceeded("more than " + MAX_STEPS + " substitutions");
            }
            String inner = value.substring(start + 2, end);
            int colon = topLevelColon(inner);
            String name = colon < 0 ? inner : inner.substring(0, colon);
            ConfigValue other = run.properties.get(ConfigKeys.uniform(name));
            if (other != null) {
                append(out, resolve(other.value(), run, depth + 1));
            } else if (colon >= 0) {
                append(out, resolve(inner.substring(colon + 1), run, depth + 1));
            } else {
                run.unresolved.add(name);
                append(out, "${" + name + "}");
            }
            i = end + 1;
        }
        return out.toString();
    }

    private static void append(StringBuilder out, String text) {
        if (out.length() + text.length() > MAX_LENGTH) {
            throw new Exceeded("the value grows past " + MAX_LENGTH + " characters");
        }
        out.append(text);
    }

    private static int matchingBrace(String s, int from) {
        int depth = 1;
        for (int i = from; i < s.length(); i++) {
            if (s.startsWith("${", i)) {
                depth++;
                i++;
            } else if (s.charAt(i) == '}' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    private static int topLevelColon(String s) {
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.startsWith("${", i)) {
                depth++;
                i++;
            } else if (s.charAt(i) == '}') {
                depth--;
            } else if (s.charAt(i) == ':' && depth == 0) {
                return i;
            }
        }
        return -1;
    }
}
