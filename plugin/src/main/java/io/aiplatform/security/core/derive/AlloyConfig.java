package io.aiplatform.security.core.derive;

import java.util.ArrayList;
import java.util.Deque;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a Grafana Alloy configuration (the Alloy syntax of {@code config.alloy}, also Grafana Agent's flow mode
 * {@code *.river}) sends its data to, as Alloy documents its components: every component the file declares runs, and
 * of those the arguments that name the server it writes to (catalog data {@code alloy-components.txt}:
 * {@code otelcol.exporter.otlp}'s {@code client { endpoint }}, {@code loki.write}'s {@code endpoint { url }},
 * {@code prometheus.remote_write}'s {@code endpoint { url }} ...). A component is a block {@code type "label" { … }};
 * nested blocks and attributes ({@code name = expression}) make the path ({@code client.endpoint}). Comments
 * ({@code //}, {@code /* … *}{@code /}) are left out; only a string literal is a value, any other expression
 * ({@code sys.env("TEMPO")}, a reference to another component's export) is kept as written.
 */
public final class AlloyConfig {

    /**
     * An argument of a component that names where it writes.
     *
     * @param component  the component's type ({@code otelcol.exporter.otlp})
     * @param label      its label ({@code tempo}); empty when it has none
     * @param path       the argument below the component ({@code client.endpoint})
     * @param value      the string literal it is set to; null for any other expression
     * @param expression the expression as written
     * @param line       its line, from 1
     */
    public record Setting(String component, String label, String path, String value, String expression, int line) {

        /** {@code otelcol.exporter.otlp "tempo" client.endpoint}, for evidence. */
        public String describe() {
            return component + (label.isEmpty() ? "" : " \"" + label + "\"") + " " + path;
        }
    }

    /** Component type -> the argument paths that name its server. */
    private static final Map<String, List<String>> CATALOG = load();

    private final String text;
    private final List<Setting> settings = new ArrayList<>();
    private int pos;
    private int line = 1;

    private AlloyConfig(String text) {
        this.text = text;
    }

    /** The arguments of {@code text}'s components that name a server ({@code alloy-components.txt}), in file order. */
    public static List<Setting> peerSettings(String text) {
        AlloyConfig config = new AlloyConfig(text);
        config.parse();
        return List.copyOf(config.settings);
    }

    /** Whether a file of that name is an Alloy (or Grafana Agent flow mode) configuration. */
    public static boolean candidateName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".alloy") || lower.endsWith(".river");
    }

    private void parse() {
        Deque<String[]> blocks = new ArrayDeque<>(); // {name, label}, innermost first
        while (skipSpace()) {
            char c = text.charAt(pos);
            if (c == '}') {
                pos++;
                blocks.poll();
            } else if (identifierStart(c)) {
                statement(blocks);
            } else {
                pos++; // a stray character: skipped, as the rest of the file may still be read
            }
        }
    }

    /** A block header or an attribute starting with an identifier at {@code pos}. */
    private void statement(Deque<String[]> blocks) {
        String name = identifier();
        skipSpace();
        String label = "";
        if (pos < text.length() && text.charAt(pos) == '"') {
            label = stringLiteral();
            skipSpace();
        }
        if (pos < text.length() && text.charAt(pos) == '{') {
            pos++;
            blocks.push(new String[] {name, label});
        } else if (pos < text.length() && text.charAt(pos) == '=' && !text.startsWith("==", pos)) {
            pos++;
            int at = line;
            skipSpace();
            String expression = expression().strip();
            attribute(blocks, name, expression, at);
        }
    }

    /** An attribute of a block: kept when the component's catalog entry names its path. */
    private void attribute(Deque<String[]> blocks, String name, String expression, int at) {
        if (blocks.isEmpty()) {
            return;
        }
        List<String[]> outward = new ArrayList<>(blocks);
        String[] component = outward.get(outward.size() - 1);
        StringBuilder path = new StringBuilder();
        for (int i = outward.size() - 2; i >= 0; i--) {
            path.append(outward.get(i)[0]).append('.');
        }
        path.append(name);
        if (CATALOG.getOrDefault(component[0], List.of()).contains(path.toString())) {
            settings.add(new Setting(component[0], component[1], path.toString(), literal(expression), expression, at));
        }
    }

    /**
     * The string an expression is when it is one string literal ({@code "tempo:4317"}, a raw string), or a list of
     * them joined by commas ({@code ["kafka-1:9092", "kafka-2:9092"]}); else null.
     */
    private static String literal(String expression) {
        if (expression.startsWith("[") && expression.endsWith("]")) {
            List<String> items = new ArrayList<>();
            for (String item : expression.substring(1, expression.length() - 1).split(",")) {
                String value = item.isBlank() ? "" : string(item.strip());
                if (value == null) {
                    return null;
                }
                if (!value.isEmpty()) {
                    items.add(value);
                }
            }
            return items.isEmpty() ? null : String.join(",", items);
        }
        return string(expression);
    }

    /** The string of one string literal, or null. */
    private static String string(String expression) {
        if (expression.length() >= 2 && expression.startsWith("`") && expression.endsWith("`")
                && expression.indexOf('`', 1) == expression.length() - 1) {
            return expression.substring(1, expression.length() - 1);
        }
        if (expression.length() < 2 || !expression.startsWith("\"") || !expression.endsWith("\"")) {
            return null;
        }
        StringBuilder value = new StringBuilder();
        for (int i = 1; i < expression.length() - 1; i++) {
            char c = expression.charAt(i);
            if (c == '"') {
                return null; // two literals joined by an operator
            }
            if (c == '\\' && i + 1 < expression.length() - 1) {
                c = expression.charAt(++i);
            }
            value.append(c);
        }
        return value.toString();
    }

    /** The expression from {@code pos} to the end of its line, brackets and strings spanning lines included. */
    private String expression() {
        int start = pos;
        int depth = 0;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '"' || c == '`') {
                stringLiteral();
                continue;
            }
            if (c == '\n' && depth <= 0 || c == '}' && depth <= 0 || startsComment()) {
                break;
            }
            depth += c == '(' || c == '[' || c == '{' ? 1 : c == ')' || c == ']' || c == '}' ? -1 : 0;
            line += c == '\n' ? 1 : 0;
            pos++;
        }
        return text.substring(start, pos);
    }

    /** A string at {@code pos} ({@code "…"} with escapes, or a raw {@code `…`}), returned without its quotes. */
    private String stringLiteral() {
        char quote = text.charAt(pos++);
        int start = pos;
        while (pos < text.length() && text.charAt(pos) != quote) {
            if (text.charAt(pos) == '\\' && quote == '"') {
                pos++;
            }
            if (pos < text.length() && text.charAt(pos) == '\n') {
                line++;
            }
            pos++;
        }
        String value = text.substring(start, Math.min(pos, text.length()));
        pos = Math.min(pos + 1, text.length());
        return value;
    }

    private String identifier() {
        int start = pos;
        while (pos < text.length() && (identifierStart(text.charAt(pos)) || Character.isDigit(text.charAt(pos))
                || text.charAt(pos) == '.')) {
            pos++;
        }
        return text.substring(start, pos);
    }

    private static boolean identifierStart(char c) {
        return Character.isLetter(c) || c == '_';
    }

    private boolean startsComment() {
        return text.startsWith("//", pos) || text.startsWith("/*", pos);
    }

    /** Skips white space and comments; false at the end of the text. */
    private boolean skipSpace() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '\n') {
                line++;
                pos++;
            } else if (Character.isWhitespace(c) || c == ',') {
                pos++;
            } else if (text.startsWith("//", pos)) {
                while (pos < text.length() && text.charAt(pos) != '\n') {
                    pos++;
                }
            } else if (text.startsWith("/*", pos)) {
                int end = text.indexOf("*/", pos + 2);
                int stop = end < 0 ? text.length() : end + 2;
                line += (int) text.substring(pos, stop).chars().filter(ch -> ch == '\n').count();
                pos = stop;
            } else {
                return true;
            }
        }
        return false;
    }

    private static Map<String, List<String>> load() {
        Map<String, List<String>> catalog = new TreeMap<>();
        for (String[] entry : CatalogData.lines("alloy-components.txt")) {
            catalog.put(entry[0], List.of(entry).subList(1, entry.length));
        }
        return catalog;
    }
}
