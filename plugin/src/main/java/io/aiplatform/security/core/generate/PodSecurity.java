package io.aiplatform.security.core.generate;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The Pod Security Admission level of the platform namespace: enforced, audited and warned at one
 * level, pinned to one version of the Pod Security Standards so that a cluster upgrade does not change
 * what is admitted.
 *
 * @param level   {@code restricted} (default), {@code baseline}, {@code privileged}, or {@code none}
 *                (no Namespace object: the namespace is managed elsewhere)
 * @param version the standards' version, {@code v1.<minor>} or {@code latest}
 */
public record PodSecurity(Level level, String version) {

    /** The Pod Security Standards levels, strictest first, and "none". */
    public enum Level {
        RESTRICTED, BASELINE, PRIVILEGED, NONE;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The level named {@code id} in a label or parameter, or null. */
        public static Level of(String id) {
            return id == null ? null : Arrays.stream(values()).filter(l -> l.id().equals(id)).findFirst().orElse(null);
        }

        /** True when pods admitted at this level must also meet {@code other}. */
        public boolean atLeast(Level other) {
            return ordinal() <= other.ordinal();
        }
    }

    /** The label prefix Pod Security Admission reads. */
    public static final String LABEL_PREFIX = "pod-security.kubernetes.io/";
    /** The Kubernetes version whose standards are pinned by default: raise it after checking the workloads. */
    public static final String DEFAULT_VERSION = "v1.33";
    private static final Pattern VERSION = Pattern.compile("latest|v1\\.(0|[1-9][0-9]{0,2})");
    public static final PodSecurity DEFAULT = new PodSecurity(Level.RESTRICTED, DEFAULT_VERSION);

    public PodSecurity {
        if (level == null) {
            throw new IllegalArgumentException("podSecurity must be one of " + ids());
        }
        if (version == null || !VERSION.matcher(version).matches()) {
            throw new IllegalArgumentException("podSecurityVersion '" + version + "' is not 'latest' or v1.<minor>"
                    + " such as " + DEFAULT_VERSION);
        }
    }

    /** Parses the parameters, with a message naming the parameter for a wrong value. */
    public static PodSecurity of(String level, String version) {
        Level l = Level.of(level);
        if (l == null) {
            throw new IllegalArgumentException("podSecurity '" + level + "' is not one of " + ids());
        }
        return new PodSecurity(l, version);
    }

    public static List<String> ids() {
        return Arrays.stream(Level.values()).map(Level::id).toList();
    }

    /** enforce, audit and warn at the level, each with the pinned version. */
    public Map<String, String> labels() {
        Map<String, String> labels = new TreeMap<>();
        if (level != Level.NONE) {
            for (String mode : List.of("enforce", "audit", "warn")) {
                labels.put(LABEL_PREFIX + mode, level.id());
                labels.put(LABEL_PREFIX + mode + "-version", version);
            }
        }
        return labels;
    }
}
