package io.aiplatform.security.core.support;

/** A count with its noun in the right number, for messages: {@code 1 service}, {@code 0 services}, {@code 2 services}. */
public final class Counted {

    private Counted() {
    }

    /** {@code count} and {@code noun} (a regular English noun, given in the singular), plural unless the count is one. */
    public static String of(int count, String noun) {
        return count + " " + (count == 1 ? noun : noun + "s");
    }
}
