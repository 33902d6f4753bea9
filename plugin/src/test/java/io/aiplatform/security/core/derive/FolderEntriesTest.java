package io.aiplatform.security.core.derive;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which names a folder's listing rules out, so that they are not looked up one by one. */
class FolderEntriesTest {

    @TempDir
    Path dir;

    @Test
    void aNameTheFolderDoesNotHoldIsRuledOutInAnyCase() throws Exception {
        Files.writeString(dir.resolve("Application.yml"), "a: 1\n");
        FolderEntries entries = FolderEntries.of(dir);
        assertTrue(entries.mayHold("Application.yml"));
        assertTrue(entries.mayHold("application.yml")); // a file system that ignores case finds it
        assertFalse(entries.mayHold("application.properties"));
        assertFalse(entries.mayHold("bootstrap.yml"));
    }

    @Test
    void namesTheListingCannotRuleOutAreLookedUp() throws Exception {
        FolderEntries entries = FolderEntries.of(dir);
        assertTrue(entries.mayHold("application-pr\u00fcfung.yml")); // may be normalised by the file system
        assertTrue(entries.mayHold("application-../other.yml"));
        assertTrue(FolderEntries.of(dir.resolve("missing")).mayHold("application.yml"));
    }
}
