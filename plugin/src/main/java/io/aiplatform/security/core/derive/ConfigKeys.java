package io.aiplatform.security.core.derive;

import java.util.Locale;

/**
 * Configuration keys in one form, after Spring Boot's relaxed binding: {@code eureka.client.serviceUrl.defaultZone},
 * {@code eureka.client.service-url.default-zone}, {@code eureka.client.service_url.default_zone} and the
 * environment variable {@code EUREKA_CLIENT_SERVICEURL_DEFAULTZONE} are one key. The canonical form is Spring's:
 * lower case, elements separated by dots, words by dashes, indexes in brackets ({@code list[0]}). An environment
 * variable cannot say where its words part, so keys are compared in their {@linkplain #uniform uniform} form,
 * which drops the dashes as Spring Boot does when it compares two names; Quarkus' quoted names
 * ({@code quarkus.datasource."users".jdbc.url}) are compared without their quotes.
 */
public final class ConfigKeys {

    private ConfigKeys() {
    }

    /**
     * The canonical form of a key as a file writes it: camelCase words and underscores become dashes, letters
     * lower case ({@code zuul.ignoredServices} is {@code zuul.ignored-services}); what is in brackets keeps its words.
     */
    public static String canonical(String key) {
        if (isCanonical(key)) {
            return key;
        }
        StringBuilder out = new StringBuilder(key.length() + 8);
        int brackets = 0;
        char previous = '.';
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c == '[') {
                brackets++;
            } else if (c == ']' && brackets > 0) {
                brackets--;
            }
            if (brackets == 0 && c == '_') {
                out.append('-');
            } else if (brackets == 0 && Character.isUpperCase(c) && (Character.isLowerCase(previous)
                    || Character.isDigit(previous))) {
                out.append('-').append(Character.toLowerCase(c));
            } else {
                out.append(Character.toLowerCase(c));
            }
            previous = c;
        }
        return out.toString();
    }

    /**
     * True when {@link #canonical} would give {@code key} itself: no underscore, no upper case letter, nothing
     * that lower case changes (most keys, as files write them).
     */
    private static boolean isCanonical(String key) {
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c < 128 ? c == '_' || (c >= 'A' && c <= 'Z')
                    : Character.isUpperCase(c) || Character.toLowerCase(c) != c) {
                return false;
            }
        }
        return true;
    }

    /**
     * The property an environment variable sets, as Spring Boot maps it: lower case, {@code _} a dot, a number
     * between underscores an index ({@code MY_LIST_0_URL} is {@code my.list[0].url}); Quarkus' {@code __NAME__}
     * is a quoted element ({@code QUARKUS_DATASOURCE__USERS__JDBC_URL} is {@code quarkus.datasource."users".jdbc.url}).
     */
    public static String ofVariable(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(lower.length());
        String[] parts = lower.split("__", -1);
        for (int p = 0; p < parts.length; p++) {
            if (p % 2 == 1 && p < parts.length - 1) {
                out.append(".\"").append(parts[p]).append('"');
            } else {
                out.append(elementsOf(parts[p], out.length() == 0));
            }
        }
        return out.toString();
    }

    private static String elementsOf(String part, boolean first) {
        StringBuilder out = new StringBuilder();
        String[] elements = part.split("_", -1);
        for (int i = 0; i < elements.length; i++) {
            String e = elements[i];
            if (e.isEmpty()) {
                continue;
            }
            if (e.matches("\\d+") && (out.length() > 0 || !first)) {
                out.append('[').append(e).append(']');
            } else {
                out.append(out.length() == 0 && first ? "" : ".").append(e);
            }
        }
        return out.toString();
    }

    /**
     * The form two keys are compared in: canonical, without the dashes and the quotes that do not tell keys
     * apart ({@code eureka.client.serviceurl.defaultzone} for all four forms of that key).
     */
    public static String uniform(String key) {
        String canonical = canonical(key);
        if (canonical.indexOf('-') < 0 && canonical.indexOf('"') < 0) {
            return canonical; // nothing to drop
        }
        StringBuilder out = new StringBuilder(canonical.length());
        int brackets = 0;
        for (int i = 0; i < canonical.length(); i++) {
            char c = canonical.charAt(i);
            if (c == '[') {
                brackets++;
            } else if (c == ']' && brackets > 0) {
                brackets--;
            }
            if (brackets > 0 || (c != '-' && c != '"')) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** True when both are the same key in any of their relaxed forms. */
    public static boolean same(String a, String b) {
        return uniform(a).equals(uniform(b));
    }

    /** True when {@code key} is {@code prefix} or below it (a whole element: {@code spring.data} is not under {@code spring.da}). */
    public static boolean under(String key, String prefix) {
        return underUniform(uniform(key), uniform(prefix));
    }

    /** {@link #under} for a key and a prefix already in their {@linkplain #uniform uniform} form. */
    public static boolean underUniform(String k, String p) {
        if (!k.startsWith(p)) {
            return false;
        }
        if (p.endsWith(".") || k.length() == p.length()) {
            return true;
        }
        char next = k.charAt(p.length());
        return next == '.' || next == '[';
    }
}
