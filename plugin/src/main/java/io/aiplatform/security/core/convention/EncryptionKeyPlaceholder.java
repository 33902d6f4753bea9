package io.aiplatform.security.core.convention;

/**
 * What stands in an EncryptionConfiguration for a key that was not supplied: not base64, so an API
 * server refuses to start with it; the validator and the rotation plan recognise it.
 */
public final class EncryptionKeyPlaceholder {

    public static final String TEXT = "PLACEHOLDER-supply-a-base64-key-see-ai-security-docs";

    private EncryptionKeyPlaceholder() {
    }
}
