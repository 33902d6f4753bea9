package io.aiplatform.security.core.generate;

import io.aiplatform.security.core.support.EncryptionProvider;

/**
 * How Secrets are encrypted at rest.
 *
 * @param provider    the provider written first
 * @param keyName     name of the key in the configuration
 * @param key         base64 key material, or null for a placeholder; never logged
 * @param kmsName     KMS v2 plugin name (kms only)
 * @param kmsEndpoint KMS v2 plugin endpoint, e.g. unix:///var/run/kmsplugin/socket.sock (kms only)
 * @param kmsTimeout  KMS v2 call timeout, e.g. 3s (kms only)
 */
public record EncryptionSettings(EncryptionProvider provider, String keyName, EncryptionKey key, String kmsName,
                                 String kmsEndpoint, String kmsTimeout) {
}
