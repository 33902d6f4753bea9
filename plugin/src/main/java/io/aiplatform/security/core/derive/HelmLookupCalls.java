package io.aiplatform.security.core.derive;

/**
 * Helm's {@code lookup} function as {@code helm template} documents it: the template is rendered without a
 * cluster, so {@code lookup "v1" "Secret" ns name} is an empty map (the chart then takes its "not installed
 * yet" branch, as Bitnami's {@code common.secrets.passwords.manage} does). The bundled Helm would ask the API
 * server of the machine's kubeconfig instead (and fail without one), so the template text is rewritten:
 * each call of the function {@code lookup} inside a {@code {{ }}} action becomes {@code pick (dict)}, which
 * keeps the arguments (all strings) and gives the empty map. Text outside actions, string literals, comments
 * and other names containing {@code lookup} ({@code $lookup}, {@code .Values.lookup}, {@code lookups}) are
 * left as they are; line breaks are never added or removed, so lines keep their numbers.
 */
final class HelmLookupCalls {

    /** What a call of {@code lookup} becomes: Sprig's {@code pick} of nothing from an empty dict. */
    static final String EMPTY_LOOKUP = "pick (dict)";

    private static final String FUNCTION = "lookup";

    private HelmLookupCalls() {
    }

    /** Whether {@code template} calls {@code lookup} in one of its actions. */
    static boolean present(String template) {
        return !rewritten(template).equals(template);
    }

    /** {@code template} with every call of {@code lookup} in its actions made {@link #EMPTY_LOOKUP}. */
    static String rewritten(String template) {
        if (!template.contains(FUNCTION)) {
            return template;
        }
        StringBuilder out = new StringBuilder(template.length() + 16);
        int at = 0;
        while (at < template.length()) {
            int open = template.indexOf("{{", at);
            if (open < 0) {
                out.append(template, at, template.length());
                break;
            }
            out.append(template, at, open + 2);
            at = action(template, open + 2, out);
        }
        return out.toString();
    }

    /** Copies the action starting at {@code from} (after its {@code {{}) to {@code out}; the index after it. */
    private static int action(String text, int from, StringBuilder out) {
        int i = from;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (text.startsWith("}}", i)) {
                out.append("}}");
                return i + 2;
            }
            if (text.startsWith("/*", i)) {
                int end = text.indexOf("*/", i + 2);
                i = copy(text, i, end < 0 ? text.length() : end + 2, out);
            } else if (c == '"' || c == '\'' || c == '`') {
                i = copy(text, i, literalEnd(text, i), out);
            } else if (callsLookupAt(text, i)) {
                out.append(EMPTY_LOOKUP);
                i += FUNCTION.length();
            } else {
                out.append(c);
                i++;
            }
        }
        return i;
    }

    private static int copy(String text, int from, int to, StringBuilder out) {
        out.append(text, from, to);
        return to;
    }

    /** The index after the string, raw string or character literal starting at {@code start}. */
    private static int literalEnd(String text, int start) {
        char quote = text.charAt(start);
        int i = start + 1;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\\' && quote != '`') {
                i += 2;
            } else if (c == quote) {
                return i + 1;
            } else {
                i++;
            }
        }
        return text.length();
    }

    /** Whether the identifier {@code lookup} (a function name: no {@code $}, {@code .} or letter around it) starts at {@code i}. */
    private static boolean callsLookupAt(String text, int i) {
        if (!text.startsWith(FUNCTION, i)) {
            return false;
        }
        boolean startsName = i == 0 || !isNamePart(text.charAt(i - 1)) && text.charAt(i - 1) != '$'
                && text.charAt(i - 1) != '.';
        int after = i + FUNCTION.length();
        boolean endsName = after >= text.length() || !isNamePart(text.charAt(after));
        return startsName && endsName;
    }

    private static boolean isNamePart(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }
}
