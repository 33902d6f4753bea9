package io.aiplatform.security.core.io;

import java.nio.charset.StandardCharsets;

/**
 * A file of the output, relative to the output folder ({@code manifests/...} or
 * {@code control-plane/...}). {@code ownerOnly} files hold key material and are written 0600.
 */
public record GeneratedFile(String path, String content, boolean ownerOnly) {

    /** A shell script ({@code verify/verify.sh}): written executable, as far as it is readable. */
    public boolean executable() {
        return path.endsWith(".sh");
    }

    public byte[] bytes() {
        return content.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "GeneratedFile[" + path + (ownerOnly ? ", owner-only, content redacted" : "") + "]";
    }
}
