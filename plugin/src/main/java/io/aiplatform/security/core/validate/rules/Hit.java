package io.aiplatform.security.core.validate.rules;

import io.aiplatform.security.core.validate.Manifest;
import java.nio.file.Path;

/** Where a rule fired and what exactly it found; the rule adds its id, severity and remediation. */
public record Hit(Path file, int line, String object, String message, Manifest manifest) {

    public static Hit on(Manifest m, String message) {
        return new Hit(m.file(), m.line(), m.objectRef(), message, m);
    }

    public static Hit at(Path file, int line, String object, String message) {
        return new Hit(file, line, object, message, null);
    }
}
