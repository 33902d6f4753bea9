package io.aiplatform.security.core.support;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The providers an EncryptionConfiguration can name, as the API server knows them, with the key
 * sizes each takes (none for identity and KMS, which hold no local key).
 */
public enum ProviderType {
    IDENTITY(Set.of()),
    SECRETBOX(Set.of(32)),
    AESGCM(Set.of(16, 24, 32)),
    AESCBC(Set.of(32)),
    KMS(Set.of());

    private final Set<Integer> keySizes;

    ProviderType(Set<Integer> keySizes) {
        this.keySizes = keySizes;
    }

    /** The name in the configuration: {@code secretbox}, {@code kms}, ... */
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

    public boolean is(String id) {
        return id().equals(id);
    }

    public static Optional<ProviderType> fromId(String id) {
        return Arrays.stream(values()).filter(t -> t.id().equals(id)).findFirst();
    }

    public static List<String> ids() {
        return Arrays.stream(values()).map(ProviderType::id).toList();
    }

    /** What a rotation can move to: everything but identity. */
    public static List<String> targets() {
        return Arrays.stream(values()).filter(t -> t != IDENTITY).map(ProviderType::id).toList();
    }
}
