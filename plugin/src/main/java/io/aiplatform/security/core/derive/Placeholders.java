package io.aiplatform.security.core.derive;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Resolves {@code ${name}} and {@code ${name:default}} as Spring Boot, Quarkus and Micronaut do
 * for the purpose of finding hosts: another property of the same configuration, else the default.
 * An environment variable with no default cannot be known at build time: it stays unresolved and is
 * reported, never guessed.
 */
public final class Placeholders {

    private static final int MAX_DEPTH = 10;

    /** The value with what could be resolved, and the names that could not. */
    public record Result(String value, List<String> unresolved) {
    }

    private Placeholders() {
    }

    public static Result resolve(String value, Map<String, ConfigValue> properties) {
        List<String> unresolved = new ArrayList<>();
        String resolved = resolve(value, properties, unresolved, 0);
        return new Result(resolved, unresolved);
    }

    private static String resolve(String value, Map<String, ConfigValue> properties, List<String> unresolved, int depth) {
        if (value == null || !value.contains("${") || depth > MAX_DEPTH) {
            return value;
        }
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < value.length()) {
            int start = value.indexOf("${", i);
            if (start < 0) {
                out.append(value, i, value.length());
                break;
            }
            out.append(value, i, start);
            int end = matchingBrace(value, start + 2);
            if (end < 0) {
                out.append(value, start, value.length());
                break;
            }
            String inner = value.substring(start + 2, end);
            int colon = topLevelColon(inner);
            String name = colon < 0 ? inner : inner.substring(0, colon);
            ConfigValue other = properties.get(name.toLowerCase(java.util.Locale.ROOT));
            if (other != null) {
                out.append(resolve(other.value(), properties, unresolved, depth + 1));
            } else if (colon >= 0) {
                out.append(resolve(inner.substring(colon + 1), properties, unresolved, depth + 1));
            } else {
                unresolved.add(name);
                out.append("${").append(name).append('}');
            }
            i = end + 1;
        }
        return out.toString();
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
