package io.aiplatform.security.core.derive;

import java.util.ArrayList;
import java.util.Comparator;
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

    /** The longest argument list read (4 KiB): a longer one, or one never closed, is not read. */
    static final int MAX_ARGUMENTS = 4096;

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
        List<KotlinStringLiterals.Literal> byStart = new ArrayList<>(scanned.literals());
        byStart.sort(Comparator.comparingInt(KotlinStringLiterals.Literal::start));
        List<Use> uses = new ArrayList<>();
        Matcher m = pattern.matcher(code);
        int line = 1;
        int counted = 0;
        while (m.find()) {
            for (; counted < m.start(); counted++) { // matches come in file order: count the lines once
                line += code.charAt(counted) == '\n' ? 1 : 0;
            }
            int close = closing(code, m.end());
            if (close >= 0) {
                uses.add(new Use(line, members(code, byStart, m.end(), close)));
            }
        }
        return uses;
    }

    /**
     * The offset of the parenthesis that closes the one before {@code from}, or -1 when there is none within
     * {@link #MAX_ARGUMENTS} characters (so that a file of unclosed calls costs no more than a bounded scan each).
     */
    static int closing(String code, int from) {
        int depth = 0;
        int end = (int) Math.min(code.length(), (long) from + MAX_ARGUMENTS);
        for (int k = from; k < end; k++) {
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
    private static Map<String, String> members(String code, List<KotlinStringLiterals.Literal> byStart, int from,
                                               int to) {
        Map<String, String> members = new TreeMap<>();
        int start = from;
        int depth = 0;
        boolean first = true;
        for (int k = from; k <= to; k++) {
            char c = k < to ? code.charAt(k) : ',';
            if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
            } else if (c == ',' && depth == 0) {
                argument(code, byStart, start, k, first).ifPresent(e -> members.putIfAbsent(e.getKey(), e.getValue()));
                first = false;
                start = k + 1;
            }
        }
        return members;
    }

    private static final Pattern NAMED = Pattern.compile("\\s*([A-Za-z_]\\w*)\\s*=(?!=)");

    /** One argument: {@code name = "x"}, or {@code "x"} first (the value), when it is a single whole literal. */
    private static Optional<Map.Entry<String, String>> argument(String code, List<KotlinStringLiterals.Literal> byStart,
                                                               int from, int to, boolean first) {
        Matcher named = NAMED.matcher(code).region(from, to);
        boolean isNamed = named.lookingAt();
        String name = isNamed ? named.group(1) : first ? "value" : null;
        int valueFrom = isNamed ? named.end() : from;
        if (name == null) {
            return Optional.empty();
        }
        int at = firstStartingAt(byStart, valueFrom);
        if (at == byStart.size() || byStart.get(at).end() > to) {
            return Optional.empty();
        }
        KotlinStringLiterals.Literal outer = byStart.get(at); // those after it start inside it, or rest is not blank
        String rest = code.substring(valueFrom, outer.start()) + code.substring(outer.end(), to);
        if (!rest.isBlank() || outer.templated()) {
            return Optional.empty();
        }
        return Optional.of(Map.entry(name, outer.value()));
    }

    /** The index of the first literal (by start) that starts at or after {@code offset}. */
    private static int firstStartingAt(List<KotlinStringLiterals.Literal> byStart, int offset) {
        int low = 0;
        int high = byStart.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (byStart.get(mid).start() < offset) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
