package io.aiplatform.security.core.convention;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The Pod Security Standards levels, strictest first, and "none" (no level set by the plugin). */
public enum PodSecurityLevel {
    RESTRICTED, BASELINE, PRIVILEGED, NONE;

    /** The label prefix Pod Security Admission reads ({@code enforce}, {@code audit}, {@code warn} and their versions). */
    public static final String LABEL_PREFIX = "pod-security.kubernetes.io/";
    /** The Kubernetes version whose standards are pinned by default: raise it after checking the workloads. */
    public static final String DEFAULT_VERSION = "v1.33";

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The level named {@code id} in a label or parameter, or null. */
    public static PodSecurityLevel of(String id) {
        return id == null ? null : Arrays.stream(values()).filter(l -> l.id().equals(id)).findFirst().orElse(null);
    }

    /** Every level's id, strictest first. */
    public static List<String> ids() {
        return Arrays.stream(values()).map(PodSecurityLevel::id).toList();
    }

    /** True when pods admitted at this level must also meet {@code other}. */
    public boolean atLeast(PodSecurityLevel other) {
        return ordinal() <= other.ordinal();
    }
}
