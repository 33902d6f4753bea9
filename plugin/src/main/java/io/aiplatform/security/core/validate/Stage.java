package io.aiplatform.security.core.validate;

/** The four stages of validation, in order. */
public enum Stage {
    PARSE,
    SCHEMA,
    RULES,
    CONNECTIVITY;

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
