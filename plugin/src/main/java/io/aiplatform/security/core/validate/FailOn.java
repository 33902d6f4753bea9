package io.aiplatform.security.core.validate;

import java.util.Locale;

/** The lowest severity that fails the build. */
public enum FailOn {
    ERROR,
    WARNING,
    NEVER;

    public static FailOn parse(String value) {
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("failOn '" + value + "' is not error, warning or never");
        }
    }
}
