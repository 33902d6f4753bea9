package io.aiplatform.security.core.support;

import java.util.Arrays;
import java.util.Locale;

/**
 * When the encryption key reaches the EncryptionConfiguration: at build time (the build reads it from
 * a file or the environment, and a missing key is a warning), or at deploy time (the build writes the
 * placeholder on purpose and the deployment replaces it, the usual practice for CI without keys).
 */
public enum KeySupply {
    BUILD, DEPLOY;

    /** The id a parameter gives: {@code build} or {@code deploy}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The value of {@code id}; an unknown one is an error naming both choices. */
    public static KeySupply of(String id) {
        return Arrays.stream(values()).filter(s -> s.id().equals(id.strip().toLowerCase(Locale.ROOT))).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown encryptionKeySource '" + id + "'; use build"
                        + " (the build supplies the key) or deploy (the deployment replaces the placeholder)"));
    }
}
