package io.aiplatform.security.core.derive;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names of the methods a Java text calls on an object or names in a method reference ({@code urls.media()},
 * {@code props.getServices().getMedia()}, {@code ServiceUrlConfig::media}), read from the plain text so that every file
 * counts, also one not worth a parse for anything else. Names in comments and strings count too: a property counts as
 * used rather than not ({@link BoundProperty}).
 */
final class AccessorCalls {

    private static final Pattern CALL = Pattern.compile("(?:\\.\\s*([A-Za-z_$][\\w$]*)\\s*\\(|::\\s*([A-Za-z_$][\\w$]*))");

    private AccessorCalls() {
    }

    /** Adds the method names that {@code text} calls after a dot or names after {@code ::} to {@code into}. */
    static void collect(String text, Set<String> into) {
        if (text.indexOf('.') < 0 && !text.contains("::")) {
            return;
        }
        Matcher m = CALL.matcher(text);
        while (m.find()) {
            into.add(m.group(1) != null ? m.group(1) : m.group(2));
        }
    }
}
