package io.aiplatform.security.core.support;

/**
 * Where in a YAML text the parser's nesting limit was passed, which SnakeYAML reports without a
 * position: found by reading the text, not by parsing it. (Aliases are measured with their lines by
 * {@code descriptor.YamlExpansion}.)
 */
public final class YamlLines {

    private YamlLines() {
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
