package io.aiplatform.security.core.derive;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The uses of one annotation in a scanned Kotlin file ({@link KotlinStringLiterals#scan}), with the arguments that are
 * a single string literal: {@code @FeignClient("orders")} (the positional argument is {@code value}),
 * {@code @FeignClient(name = "orders", url = "\${orders.url}")}, a qualified name ({@code @org.x.FeignClient}) and
 * a use-site target ({@code @field:Value("\${key}")}) included. An argument that is no literal, or a literal cut by a
 * string template ({@code "$base/api"}), is not known; comments and literals never hold an annotation.
 */
final class KotlinAnnotations {

    /** A use of the annotation: its line and the members known as literals, by name. */
    record Use(int line, Map<String, String> members) {

        Optional<String> member(String name) {
            return Optional.ofNullable(members.get(name));
        }
    }

    private static final String TARGET = "(?:(?:field|get|set|param|property|setparam|delegate|file|receiver):)?";

    private KotlinAnnotations() {
    }

    /** Every use of the annotation named {@code simpleName} in {@code scanned}, in file order. */
    static List<Use> of(KotlinStringLiterals.Scanned scanned, String simpleName) {
        return uses(scanned, Pattern.compile("@" + TARGET + "(?:[A-Za-z_]\\w*\\.)*" + Pattern.quote(simpleName)
                + "\\s*\\("));
    }

    /**
     * Every call of a method of {@code names} ({@code environment.getProperty("key")},
     * {@code env.getProperty<String>("key")}), its first argument as {@code value}, in file order.
     */
    static List<Use> calls(KotlinStringLiterals.Scanned scanned, java.util.Collection<String> names) {
        String alternatives = String.join("|", names.stream().sorted().map(Pattern::quote).toList());
        return uses(scanned, Pattern.compile("(?<![\\w@])(?:" + alternatives + ")\\s*(?:<[^<>()]*>\\s*)?\\("));
    }

    /** The uses that {@code pattern} finds, each ending at its opening parenthesis. */
    private static List<Use> uses(KotlinStringLiterals.Scanned scanned, Pattern pattern) {
        String code = scanned.code();
        List<Use> uses = new ArrayList<>();
        Matcher m = pattern.matcher(code);
        while (m.find()) {
            int close = closing(code, m.end());
            if (close < 0) {
                continue;
            }
            uses.add(new Use(lineAt(code, m.start()), members(scanned, m.end(), close)));
        }
        return uses;
    }

    /** The offset of the parenthesis that closes the one before {@code from}, or -1. */
    static int closing(String code, int from) {
        int depth = 0;
        for (int k = from; k < code.length(); k++) {
            char c = code.charAt(k);
            if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if ((c == ')' || c == ']' || c == '}') && depth-- == 0) {
                return c == ')' ? k : -1;
            }
        }
        return -1;
    }

    /** The arguments between {@code from} and {@code to}: those that are one whole literal, by member name. */
    private static Map<String, String> members(KotlinStringLiterals.Scanned scanned, int from, int to) {
        Map<String, String> members = new TreeMap<>();
        int start = from;
        int depth = 0;
        boolean first = true;
        for (int k = from; k <= to; k++) {
            char c = k < to ? scanned.code().charAt(k) : ',';
            if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
            } else if (c == ',' && depth == 0) {
                argument(scanned, start, k, first).ifPresent(e -> members.putIfAbsent(e.getKey(), e.getValue()));
                first = false;
                start = k + 1;
            }
        }
        return members;
    }

    private static final Pattern NAMED = Pattern.compile("\\s*([A-Za-z_]\\w*)\\s*=(?!=)");

    /** One argument: {@code name = "x"}, or {@code "x"} first (the value), when it is a single whole literal. */
    private static Optional<Map.Entry<String, String>> argument(KotlinStringLiterals.Scanned scanned, int from, int to,
                                                               boolean first) {
        String text = scanned.code().substring(from, to);
        Matcher named = NAMED.matcher(text);
        String name = named.lookingAt() ? named.group(1) : first ? "value" : null;
        int valueFrom = from + (named.lookingAt() ? named.end() : 0);
        if (name == null) {
            return Optional.empty();
        }
        List<KotlinStringLiterals.Literal> inside = scanned.literals().stream()
                .filter(l -> l.start() >= valueFrom && l.end() <= to).toList();
        if (inside.isEmpty()) {
            return Optional.empty();
        }
        KotlinStringLiterals.Literal outer = inside.stream().min((a, b) -> Integer.compare(a.start(), b.start())).get();
        String rest = scanned.code().substring(valueFrom, outer.start()) + scanned.code().substring(outer.end(), to);
        if (!rest.isBlank() || outer.templated()) {
            return Optional.empty();
        }
        return Optional.of(Map.entry(name, outer.value()));
    }

    /** The 1-based line of offset {@code at}. */
    static int lineAt(String code, int at) {
        int line = 1;
        for (int k = 0; k < at; k++) {
            if (code.charAt(k) == '\n') {
                line++;
            }
        }
        return line;
    }
}
