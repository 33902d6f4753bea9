package io.aiplatform.security.core.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/** The annotation that suppresses findings on one object: {@code "RULE-ID: reason; RULE-ID2: reason"}. */
public final class SuppressAnnotation {

    public static final String NAME = "ai-security.io/suppress";

    /** What a rule id looks like: upper-case words joined by '-'. */
    public static final Pattern RULE_ID = Pattern.compile("[A-Z][A-Z0-9]*(-[A-Z0-9]+)*");

    private SuppressAnnotation() {
    }

    /** The annotation's value for rule id → reason, in id order. */
    public static String format(Map<String, String> reasons) {
        List<String> parts = new ArrayList<>();
        new TreeMap<>(reasons).forEach((id, reason) -> parts.add(id + ": " + reason));
        return String.join("; ", parts);
    }
}
