package io.aiplatform.security.core.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The SHA-256 of a file's content, remembered for the JVM by the file's identity: its absolute path,
 * size, modification time (to the nanosecond where the file system keeps it) and file key (device and
 * inode). A file not changed since it was hashed is not read again — the goals of one build read many of
 * the same files (generate-security's outputs are validate-security's inputs; both digest every module).
 * A file replaced by a rename (as {@link OutputWriter} writes) has a new file key, so it is read again.
 */
final class FileDigests {

    /** Entries kept at most; beyond, the memory is dropped and files are read again (a long-lived daemon). */
    private static final int MAX_ENTRIES = 100_000;

    private static final Map<String, byte[]> DIGESTS = new ConcurrentHashMap<>();

    private FileDigests() {
    }

    /** The digest of {@code file}'s content (32 bytes; do not change the array). */
    static byte[] of(Path file) throws IOException {
        return of(file, Files.readAttributes(file, BasicFileAttributes.class));
    }

    /** The digest of {@code file}'s content, given its attributes as just read (a directory walk's). */
    static byte[] of(Path file, BasicFileAttributes a) throws IOException {
        String identity = file.toAbsolutePath() + "\u0000" + a.size() + "\u0000"
                + a.lastModifiedTime().to(TimeUnit.NANOSECONDS) + "\u0000" + a.fileKey();
        byte[] digest = DIGESTS.get(identity);
        if (digest == null) {
            digest = sha256(Files.readAllBytes(file));
            if (DIGESTS.size() >= MAX_ENTRIES) {
                DIGESTS.clear();
            }
            DIGESTS.put(identity, digest);
        }
        return digest;
    }

    private static byte[] sha256(byte[] content) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(content);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
