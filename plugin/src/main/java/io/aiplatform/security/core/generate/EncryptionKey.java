package io.aiplatform.security.core.generate;

import io.aiplatform.security.core.support.EncryptionConfigLimits;
import io.aiplatform.security.core.support.EncryptionProvider;
import java.util.Base64;

/**
 * Key material for a local encryption provider. Its {@code toString} never shows the key, so
 * that it cannot end up in a log or an exception message by accident.
 */
public final class EncryptionKey {

    private final String base64;
    private final String source;

    private EncryptionKey(String base64, String source) {
        this.base64 = base64;
        this.source = source;
    }

    /**
     * Checks {@code base64} for the provider's key sizes.
     *
     * @param source where the key came from (an environment variable or file name), for messages
     * @throws IllegalArgumentException naming the source and the expected size, never the key
     */
    public static EncryptionKey of(String base64, String source, EncryptionProvider provider) {
        String trimmed = base64 == null ? "" : base64.strip();
        byte[] decoded = EncryptionConfigLimits.decodeKey(trimmed);
        if (decoded == null) {
            throw new IllegalArgumentException("the key from " + source + " is not padded standard base64 (the API"
                    + " server decodes strictly); create one with: head -c 32 /dev/urandom | base64");
        }
        if (!provider.keySizes().contains(decoded.length)) {
            throw new IllegalArgumentException("the key from " + source + " is " + decoded.length + " bytes; "
                    + provider.id() + " needs " + provider.keySizes().stream().sorted().map(String::valueOf)
                    .reduce((a, b) -> a + ", " + b).orElse("?") + " bytes; create one with:"
                    + " head -c 32 /dev/urandom | base64");
        }
        return new EncryptionKey(trimmed, source);
    }

    /** The base64 text, for the encryption configuration file only. */
    public String reveal() {
        return base64;
    }

    public String source() {
        return source;
    }

    @Override
    public String toString() {
        return "EncryptionKey[from " + source + ", redacted]";
    }
}
