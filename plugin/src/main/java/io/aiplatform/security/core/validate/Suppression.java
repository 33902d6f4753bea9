package io.aiplatform.security.core.validate;

import io.aiplatform.security.core.support.SuppressAnnotation;
import java.nio.file.Path;

/** A finding switched off for one object by its annotation, with the reason given there. */
public record Suppression(String ruleId, String object, Path file, int line, String reason) {

    /** The annotation that suppresses findings: {@code "RULE-ID: reason; RULE-ID2: reason"}. */
    public static final String ANNOTATION = SuppressAnnotation.NAME;
}
