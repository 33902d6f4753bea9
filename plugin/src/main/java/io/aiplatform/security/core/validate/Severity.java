package io.aiplatform.security.core.validate;

import java.util.Locale;

/** How bad a finding is; {@code failOn} compares against it. */
public enum Severity {
    ERROR,
    WARNING,
    INFO;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True when a finding of this severity fails a build whose threshold is {@code failOn}. */
    public boolean failsAt(FailOn failOn) {
        return switch (failOn) {
            case ERROR -> this == ERROR;
            case WARNING -> this == ERROR || this == WARNING;
            case NEVER -> false;
        };
    }
}
