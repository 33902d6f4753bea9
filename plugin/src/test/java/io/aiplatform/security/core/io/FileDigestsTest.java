package io.aiplatform.security.core.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The digest is the content's SHA-256; an unchanged file is answered from memory, a changed or replaced one read again. */
class FileDigestsTest {

    private static byte[] sha256(String text) throws Exception {
        return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void anUnchangedFileIsReadOnceAndAChangedOneAgain(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("a.yaml");
        Files.writeString(file, "kind: A\n");
        byte[] first = FileDigests.of(file);
        assertArrayEquals(sha256("kind: A\n"), first);
        assertSame(first, FileDigests.of(file), "answered from memory");

        FileTime before = Files.getLastModifiedTime(file);
        Files.writeString(file, "kind: B\n"); // same size
        Files.setLastModifiedTime(file, FileTime.fromMillis(before.toMillis() + 2_000));
        assertArrayEquals(sha256("kind: B\n"), FileDigests.of(file), "a new modification time: read again");
    }

    @Test
    void aFileReplacedByARenameIsReadAgainEvenWithTheSameSizeAndTime(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("a.yaml");
        Files.writeString(file, "kind: A\n");
        FileTime time = Files.getLastModifiedTime(file);
        byte[] first = FileDigests.of(file);
        Path replacement = dir.resolve("a.yaml.tmp");
        Files.writeString(replacement, "kind: B\n");
        Files.setLastModifiedTime(replacement, time);
        Files.move(replacement, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        byte[] second = FileDigests.of(file);
        assertFalse(Arrays.equals(first, second), "the file key (inode) tells the new file apart");
        assertArrayEquals(sha256("kind: B\n"), second);
    }
}
