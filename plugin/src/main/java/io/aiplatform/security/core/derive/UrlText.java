package io.aiplatform.security.core.derive;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Where the parts of a URL begin and end in a longer text: the scheme before {@code ://}, the end of
 * the URL, of its user info and of its authority. Placeholders ({@code ${…}}) and parentheses (MySQL's
 * {@code (host=…)}, Oracle's descriptors) are stepped over whole, so nothing inside them ends a part.
 */
final class UrlText {

    private UrlText() {
    }

    /** The index of the next {@code ://} at or after {@code from}, or -1. */
    static int nextSchemeSeparator(String text, int from) {
        return text.indexOf("://", from);
    }

    /**
     * The index of the next {@code jdbc:oracle:} whose address has no {@code ://}, or -1; {@code lower} is
     * {@code text} in lower case ({@link Locale#ROOT}), made once by the caller for every search in the text.
     */
    static int nextOracleThin(String text, String lower, int from) {
        int at = lower.indexOf("jdbc:oracle:", from);
        return at >= 0 && !text.startsWith("://", at + "jdbc:oracle".length()) ? at : -1;
    }

    /**
     * Whether a placeholder ({@code ${…}}) starts at {@code i} (an index of {@code text}), as {@code startsWith} of
     * its two first characters would tell, written with {@code charAt} since it runs for every character of every URL
     * (the JIT compiler inlines this whole, where {@code startsWith}'s own loop in each of the scanning loops made
     * their compiled code large and slow to make).
     */
    private static boolean placeholderAt(String text, int i) {
        return text.charAt(i) == '$' && i + 1 < text.length() && text.charAt(i + 1) == '{';
    }

    private static boolean schemeChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '+' || c == '.' || c == '-';
    }

    /**
     * The scheme that ends at {@code separator}, in lower case: {@code http} of
     * {@code optional:configserver:http}, but the whole {@code jdbc:…} or {@code r2dbc:…} chain; empty
     * when there is none.
     */
    static String schemeBefore(String text, int separator) {
        int i = separator;
        while (i > 0 && (schemeChar(text.charAt(i - 1)) || text.charAt(i - 1) == ':')) {
            i--;
        }
        String[] segments = text.substring(i, separator).toLowerCase(Locale.ROOT).split(":", -1);
        int first = segments.length - 1;
        for (int s = 0; s < segments.length; s++) {
            if (segments[s].equals("jdbc") || segments[s].equals("r2dbc")) {
                first = s;
                break;
            }
        }
        StringBuilder scheme = new StringBuilder();
        for (int s = first; s < segments.length; s++) {
            if (segments[s].isEmpty() || !Character.isLetter(segments[s].charAt(0))) {
                return "";
            }
            scheme.append(s == first ? "" : ":").append(segments[s]);
        }
        return scheme.toString();
    }

    /** The end of a {@code ${…}} that starts at {@code start} (the index after its '}'), or the text's end. */
    static int placeholderEnd(String text, int start) {
        int depth = 0;
        for (int i = start; i < text.length(); i++) {
            if (placeholderAt(text, i)) {
                depth++;
                i++;
            } else if (text.charAt(i) == '}' && --depth == 0) {
                return i + 1;
            }
        }
        return text.length();
    }

    /**
     * Where the URL that starts at {@code start} (after {@code ://}) ends: at a blank, a quote or
     * another character no URL holds, or at a comma that starts the next URL ({@code
     * http://a/eureka/,http://b/eureka/}).
     */
    static int urlEnd(String text, int start) {
        int parens = 0;
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (placeholderAt(text, i)) {
                i = placeholderEnd(text, i) - 1;
            } else if (c == '(') {
                parens++;
            } else if (c == ')' && parens > 0) {
                parens--;
            } else if (Character.isWhitespace(c) || "\"'<>`\\^|{}".indexOf(c) >= 0 || c == ')'
                    || c == ',' && parens == 0 && startsUrl(text, i + 1)) {
                return i;
            }
        }
        return text.length();
    }

    private static boolean startsUrl(String text, int from) {
        int i = from;
        while (i < text.length() && (schemeChar(text.charAt(i)) || text.charAt(i) == ':')) {
            if (text.charAt(i) == ':' && i + 2 < text.length() && text.charAt(i + 1) == '/' && text.charAt(i + 2) == '/') {
                return i > from; // "://" at i
            }
            i++;
        }
        return false;
    }

    /** The end of the part of a URL where user info can be: before the query, fragment or driver properties. */
    static int userInfoRegionEnd(String text, int start, int end) {
        return firstTopLevel(text, start, end, "?#;");
    }

    /** The end of the authority that starts at {@code start}: the path, query, fragment or driver properties. */
    static int authorityEnd(String text, int start, int end) {
        return firstTopLevel(text, start, end, "/?#;");
    }

    /**
     * The path that starts at {@code from} as evidence may show it: up to the query, fragment or
     * driver properties; nothing when it holds an '@' (a password that was not percent-encoded).
     */
    static String shownPath(String text, int from, int end) {
        if (from >= end || text.charAt(from) != '/') {
            return "";
        }
        String path = text.substring(from, firstTopLevel(text, from, end, "?#;"));
        return path.indexOf('@') >= 0 ? "" : path;
    }

    /** The first index in [from, end) of any of {@code chars} outside placeholders and parentheses, else {@code end}. */
    static int firstTopLevel(String text, int from, int end, String chars) {
        int parens = 0;
        for (int i = from; i < end; i++) {
            char c = text.charAt(i);
            if (placeholderAt(text, i)) {
                i = placeholderEnd(text, i) - 1;
            } else if (c == '(') {
                parens++;
            } else if (c == ')') {
                parens = Math.max(0, parens - 1);
            } else if (parens == 0 && chars.indexOf(c) >= 0) {
                return i;
            }
        }
        return end;
    }

    /** The last index in [from, end) of {@code ch} outside placeholders and parentheses, or -1. */
    static int lastTopLevel(String text, int from, int end, char ch) {
        String chars = String.valueOf(ch);
        int found = -1;
        // a match is never inside parentheses or a placeholder, so the scan may start afresh after it
        for (int i = firstTopLevel(text, from, end, chars); i < end; i = firstTopLevel(text, i + 1, end, chars)) {
            found = i;
        }
        return found;
    }

    /** {@code text} split at each {@code separator} outside placeholders and parentheses. */
    static List<String> splitTopLevel(String text, char separator) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        while (true) {
            int at = firstTopLevel(text, start, text.length(), String.valueOf(separator));
            parts.add(text.substring(start, at));
            if (at >= text.length()) {
                return parts;
            }
            start = at + 1;
        }
    }

    /** The names of the placeholders in {@code text}: {@code DB_HOST} of {@code ${DB_HOST}} and {@code ${DB_HOST:x}}. */
    static List<String> placeholderNames(String text) {
        List<String> names = new ArrayList<>();
        int i = text.indexOf("${");
        while (i >= 0) {
            int end = placeholderEnd(text, i);
            String inner = text.substring(i + 2, Math.max(i + 2, end - 1));
            int stop = 0;
            while (stop < inner.length() && (Character.isLetterOrDigit(inner.charAt(stop)) || "_.-".indexOf(inner.charAt(stop)) >= 0)) {
                stop++;
            }
            if (stop > 0) {
                names.add(inner.substring(0, stop));
            }
            i = text.indexOf("${", end);
        }
        return names;
    }

    /** A {@code key=value} piece of a driver's keyed address; the key lower-cased, both stripped. */
    record KeyValue(String key, String value) {
    }

    /** The {@code key=value} pieces of {@code text} split at any of {@code separators} (a regex class); others are skipped. */
    static List<KeyValue> keyValues(String text, String separators) {
        List<KeyValue> pairs = new ArrayList<>();
        for (String piece : text.split(separators)) {
            int eq = piece.indexOf('=');
            if (eq >= 0) {
                pairs.add(new KeyValue(piece.substring(0, eq).strip().toLowerCase(Locale.ROOT), piece.substring(eq + 1).strip()));
            }
        }
        return pairs;
    }
}
