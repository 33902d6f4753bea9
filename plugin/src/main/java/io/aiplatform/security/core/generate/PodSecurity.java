package io.aiplatform.security.core.generate;

import io.aiplatform.security.core.convention.PodSecurityLevel;
import java.util.List;
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
 * @param chosen  whether the user chose the level, rather than taking the default
 */
public record PodSecurity(PodSecurityLevel level, String version, boolean chosen) {

    private static final Pattern VERSION = Pattern.compile("latest|v1\\.(0|[1-9][0-9]{0,2})");
    public static final PodSecurity DEFAULT = unchosen(PodSecurityLevel.DEFAULT_VERSION);

    public PodSecurity {
        if (level == null) {
            throw new IllegalArgumentException("podSecurity must be one of " + ids());
        }
        if (version == null || !VERSION.matcher(version).matches()) {
            throw new IllegalArgumentException("podSecurityVersion '" + version + "' is not 'latest' or v1.<minor>"
                    + " such as " + PodSecurityLevel.DEFAULT_VERSION);
        }
    }

    /** A level the user chose. */
    public PodSecurity(PodSecurityLevel level, String version) {
        this(level, version, true);
    }

    /** The default level, {@code restricted}, at {@code version}, when the user chose none. */
    public static PodSecurity unchosen(String version) {
        return new PodSecurity(PodSecurityLevel.RESTRICTED, version, false);
    }

    /** Parses the parameters, with a message naming the parameter for a wrong value; a null level is the default, unchosen. */
    public static PodSecurity of(String level, String version) {
        if (level == null) {
            return unchosen(version);
        }
        PodSecurityLevel l = PodSecurityLevel.of(level);
        if (l == null) {
            throw new IllegalArgumentException("podSecurity '" + level + "' is not one of " + ids());
        }
        return new PodSecurity(l, version);
    }

    public static List<String> ids() {
        return PodSecurityLevel.ids();
    }

    /** enforce, audit and warn at the level, each with the pinned version. */
    public Map<String, String> labels() {
        Map<String, String> labels = new TreeMap<>();
        if (level != PodSecurityLevel.NONE) {
            for (String mode : List.of("enforce", "audit", "warn")) {
                labels.put(PodSecurityLevel.LABEL_PREFIX + mode, level.id());
                labels.put(PodSecurityLevel.LABEL_PREFIX + mode + "-version", version);
            }
        }
        return labels;
    }
}
