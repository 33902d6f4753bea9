package io.aiplatform.security.core.derive;

import java.util.Optional;

/**
 * A cheap look at a Java text before it is parsed: how deep its parentheses, brackets and braces nest,
 * and how many parenthesised groups follow each other ({@code (A) (B) (C) x}: casts). JavaParser
 * recurses once per level of the first and takes time that grows with the square of the second (1,500
 * casts: 2 s; 15,000: over a minute), so a text beyond either bound is not parsed at all. Strings,
 * character literals, text blocks and comments are skipped. Real code stays far below both bounds.
 */
final class JavaNesting {

    /** The deepest nesting of parentheses, brackets and braces parsed (real code: a few dozen). */
    static final int MAX_DEPTH = 500;
    /** The most parenthesised groups in a row parsed (real code: two or three casts). */
    static final int MAX_GROUPS_IN_A_ROW = 100;

    /** Where the text passes a bound: its line (1-based) and what it has there. */
    record Excess(int line, String what) {
    }

    private JavaNesting() {
    }

    static Optional<Excess> check(String text) {
        int line = 1;
        int depth = 0;
        int[] inARow = new int[MAX_DEPTH + 2]; // per depth: the parenthesised groups that just followed each other there
        boolean afterClose = false;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                continue;
            }
            if (Character.isWhitespace(c)) {
                continue;
            }
            int skipped = skip(text, i);
            if (skipped > i) {
                line += lines(text, i, skipped);
                i = skipped - 1;
                afterClose = false;
                continue;
            }
            if (c == '(' || c == '[' || c == '{') {
                inARow[depth] = c == '(' && afterClose ? inARow[depth] + 1 : 1;
                if (inARow[depth] > MAX_GROUPS_IN_A_ROW) {
                    return Optional.of(new Excess(line, "more than " + MAX_GROUPS_IN_A_ROW
                            + " parenthesised groups in a row (casts)"));
                }
                if (++depth > MAX_DEPTH) {
                    return Optional.of(new Excess(line, "parentheses, brackets or braces nested more than "
                            + MAX_DEPTH + " deep"));
                }
            } else if (c == ')' || c == ']' || c == '}') {
                depth = Math.max(0, depth - 1);
            }
            afterClose = c == ')';
        }
        return Optional.empty();
    }

    /** The index after a comment, string, text block or character literal starting at {@code i}, else {@code i}. */
    private static int skip(String text, int i) {
        if (text.startsWith("//", i)) {
            int end = text.indexOf('\n', i);
            return end < 0 ? text.length() : end;
        }
        if (text.startsWith("/*", i)) {
            int end = text.indexOf("*/", i + 2);
            return end < 0 ? text.length() : end + 2;
        }
        if (text.startsWith("\"\"\"", i)) {
            int end = text.indexOf("\"\"\"", i + 3);
            while (end > 0 && text.charAt(end - 1) == '\\') {
                end = text.indexOf("\"\"\"", end + 1);
            }
            return end < 0 ? text.length() : end + 3;
        }
        char c = text.charAt(i);
        if (c != '"' && c != '\'') {
            return i;
        }
        for (int j = i + 1; j < text.length(); j++) {
            char d = text.charAt(j);
            if (d == '\\') {
                j++;
            } else if (d == c || d == '\n') {
                return j + 1;
            }
        }
        return text.length();
    }

    private static int lines(String text, int from, int to) {
        int count = 0;
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '\n') {
                count++;
            }
        }
        return count;
    }
}
