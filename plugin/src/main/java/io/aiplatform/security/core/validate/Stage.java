package io.aiplatform.security.core.validate;

import java.util.Locale;

/** The four stages of validation, in order. */
public enum Stage {
    PARSE,
    SCHEMA,
    RULES,
    CONNECTIVITY;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
