package io.aiplatform.security.core.rotate;

/** A named key of a local provider. {@code toString} never shows the secret. */
public record EncryptionKeyEntry(String name, String secret) {

    @Override
    public String toString() {
        return "EncryptionKeyEntry[" + name + ", secret redacted]";
    }
}
