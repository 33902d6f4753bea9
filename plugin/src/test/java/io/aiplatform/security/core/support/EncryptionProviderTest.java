package io.aiplatform.security.core.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** One enum holds every provider id; each caller sees the ids its own input allows. */
class EncryptionProviderTest {

    @Test
    void aConfigurationNamesTheProvidersTheApiServerKnows() {
        assertEquals(List.of("identity", "secretbox", "aesgcm", "aescbc", "kms"),
                EncryptionProvider.configurationIds());
        assertEquals(Optional.of(EncryptionProvider.AESGCM), EncryptionProvider.ofConfiguration("aesgcm"));
        assertTrue(EncryptionProvider.ofConfiguration("none").isEmpty(), "none is a choice of generate-security only");
    }

    @Test
    void generateSecurityAcceptsItsChoicesAndNamesThemWhenGivenAnother() {
        assertEquals(List.of("secretbox", "aesgcm", "aescbc", "kms", "none"), EncryptionProvider.choices());
        assertEquals(EncryptionProvider.NONE, EncryptionProvider.fromChoice("none"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> EncryptionProvider.fromChoice("identity"));
        assertTrue(e.getMessage().contains("'identity'") && e.getMessage().contains("secretbox, aesgcm, aescbc, kms, none"),
                e.getMessage());
        assertFalse(EncryptionProvider.NONE.writesConfiguration());
    }

    @Test
    void aRotationMovesToAnyProviderButIdentity() {
        assertEquals(List.of("secretbox", "aesgcm", "aescbc", "kms"), EncryptionProvider.rotationTargets());
        assertTrue(EncryptionProvider.AESGCM.hasLocalKeys() && !EncryptionProvider.KMS.hasLocalKeys());
    }
}
