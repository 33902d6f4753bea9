package io.aiplatform.security.core.support;

/**
 * Where in a YAML text the parser's limits were passed, for the limits SnakeYAML reports without a
 * position (aliases, nesting depth): found by reading the text, not by parsing it.
 */
public final class YamlLines {

    private YamlLines() {
    }

    /** The line of the {@code n}-th alias ({@code *name}) in the text, or 0. */
    public static int aliasLine(String text, int n) {
        int line = 1;
        int seen = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
            } else if (c == '*' && i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1))
                    && (i == 0 || " \t[,:-".indexOf(text.charAt(i - 1)) >= 0) && ++seen == n) {
                return line;
            }
        }
        return 0;
    }

    /** The first line nested deeper than {@code limit} (indentation steps plus open brackets), or 0. */
    public static int deepLine(String text, int limit) {
        int line = 0;
        int brackets = 0;
        for (String l : text.split("\n", -1)) {
            line++;
            int indent = 0;
            while (indent < l.length() && (l.charAt(indent) == ' ' || l.charAt(indent) == '-')) {
                indent++;
            }
            for (char c : l.toCharArray()) {
                brackets += c == '[' || c == '{' ? 1 : c == ']' || c == '}' ? -1 : 0;
            }
            if (indent / 2 + Math.max(0, brackets) > limit) {
                return line;
            }
        }
        return 0;
    }

}
