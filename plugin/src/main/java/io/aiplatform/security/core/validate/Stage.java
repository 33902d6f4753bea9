package io.aiplatform.security.core.validate;

import java.util.Locale;

/**
 * The stages of validation, in order: what the derivation of the service graph could not decide, then the
 * four stages that check the manifests.
 */
public enum Stage {
    DERIVATION,
    PARSE,
    SCHEMA,
    RULES,
    CONNECTIVITY;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
