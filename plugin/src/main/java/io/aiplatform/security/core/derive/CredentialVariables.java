package io.aiplatform.security.core.derive;

import java.util.Locale;
import java.util.Set;

/**
 * Environment variables that hold a credential and so never a host: those whose last word is {@code PASSWORD},
 * {@code PASSWD}, {@code USERNAME}, {@code USER}, {@code TOKEN}, {@code SECRET} or {@code KEY}
 * ({@code SPRING_DATASOURCE_PASSWORD}, {@code WAVEFRONT_TOKEN}, {@code AWS_SECRET_ACCESS_KEY}). A workload that takes
 * only such a variable from a Secret that is not in the repository misses no connection.
 */
final class CredentialVariables {

    private static final Set<String> LAST_WORDS = Set.of("PASSWORD", "PASSWD", "USERNAME", "USER", "TOKEN", "SECRET",
            "KEY");

    private CredentialVariables() {
    }

    /** True when {@code variable} ({@code SPRING_DATASOURCE_PASSWORD}, {@code spring.datasource.password}) is one. */
    static boolean only(String variable) {
        if (variable == null || variable.isBlank()) {
            return false;
        }
        String[] words = variable.strip().toUpperCase(Locale.ROOT).split("[_.\\-]");
        return words.length > 0 && LAST_WORDS.contains(words[words.length - 1]);
    }
}
