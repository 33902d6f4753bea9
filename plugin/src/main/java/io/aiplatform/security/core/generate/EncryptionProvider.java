package io.aiplatform.security.core.generate;

import io.aiplatform.security.core.support.ProviderType;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Providers for Secrets at rest that the plugin writes, with the key sizes each accepts; {@link #NONE}
 * writes no EncryptionConfiguration, for managed control planes (EKS, GKE, AKS) that encrypt etcd
 * themselves.
 */
public enum EncryptionProvider {
    SECRETBOX(ProviderType.SECRETBOX.keySizes()),
    AESGCM(ProviderType.AESGCM.keySizes()),
    AESCBC(ProviderType.AESCBC.keySizes()),
    KMS(ProviderType.KMS.keySizes()),
    NONE(Set.of());

    private final Set<Integer> keySizes;

    EncryptionProvider(Set<Integer> keySizes) {
        this.keySizes = keySizes;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean usesLocalKey() {
        return !keySizes.isEmpty();
    }

    /** False for {@link #NONE}: the control plane is managed, so no EncryptionConfiguration is written. */
    public boolean writesConfiguration() {
        return this != NONE;
    }

    public Set<Integer> keySizes() {
        return keySizes;
    }

    public static List<String> ids() {
        return Arrays.stream(values()).map(EncryptionProvider::id).toList();
    }

    public static EncryptionProvider fromId(String id) {
        for (EncryptionProvider p : values()) {
            if (p.id().equals(id)) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown encryption provider '" + id + "'; use one of "
                + String.join(", ", ids()) + " (none: the managed control plane encrypts etcd itself)");
    }
}
