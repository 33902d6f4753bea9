package io.aiplatform.security.core.support;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Every encryption provider id the plugin knows, with the key sizes each takes: the providers an
 * EncryptionConfiguration can name, as the API server knows them ({@link #IDENTITY} to {@link #KMS}),
 * and the choices of generate-security ({@link #SECRETBOX} to {@link #NONE}), where {@link #NONE}
 * writes no EncryptionConfiguration, for managed control planes (EKS, GKE, AKS) that encrypt etcd
 * themselves.
 */
public enum EncryptionProvider {
    IDENTITY(Set.of()),
    SECRETBOX(Set.of(32)),
    AESGCM(Set.of(16, 24, 32)),
    AESCBC(Set.of(32)),
    KMS(Set.of()),
    NONE(Set.of());

    private final Set<Integer> keySizes;

    EncryptionProvider(Set<Integer> keySizes) {
        this.keySizes = keySizes;
    }

    /** The id in configuration and parameters: {@code secretbox}, {@code kms}, ... */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public Set<Integer> keySizes() {
        return keySizes;
    }

    /** Secretbox, aesgcm and aescbc: providers whose keys are in the file. */
    public boolean hasLocalKeys() {
        return !keySizes.isEmpty();
    }

    /** False for {@link #NONE}: the control plane is managed, so no EncryptionConfiguration is written. */
    public boolean writesConfiguration() {
        return this != NONE;
    }

    public boolean is(String id) {
        return id().equals(id);
    }

    /** The provider an EncryptionConfiguration names by this id, if the API server knows one. */
    public static Optional<EncryptionProvider> ofConfiguration(String id) {
        return Arrays.stream(values()).filter(p -> p != NONE && p.is(id)).findFirst();
    }

    /** The ids an EncryptionConfiguration can name: identity, secretbox, aesgcm, aescbc, kms. */
    public static List<String> configurationIds() {
        return Arrays.stream(values()).filter(p -> p != NONE).map(EncryptionProvider::id).toList();
    }

    /** What a rotation can move to: every provider of a configuration but identity. */
    public static List<String> rotationTargets() {
        return Arrays.stream(values()).filter(p -> p != NONE && p != IDENTITY).map(EncryptionProvider::id).toList();
    }

    /** The ids generate-security accepts: secretbox, aesgcm, aescbc, kms, none. */
    public static List<String> choices() {
        return Arrays.stream(values()).filter(p -> p != IDENTITY).map(EncryptionProvider::id).toList();
    }

    /** The provider generate-security writes for this id, or a clear error listing the choices. */
    public static EncryptionProvider fromChoice(String id) {
        return Arrays.stream(values()).filter(p -> p != IDENTITY && p.is(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown encryption provider '" + id + "'; use one of "
                        + String.join(", ", choices()) + " (none: the managed control plane encrypts etcd itself)"));
    }
}
