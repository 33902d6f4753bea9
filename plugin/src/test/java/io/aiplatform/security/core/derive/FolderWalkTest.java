package io.aiplatform.security.core.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The walk visits what Files.walkFileTree visits (files, folders, links not followed, the depth bound, a path that
 * cannot be read), save that a folder the visitor skips is not listed: its preVisitDirectory is not asked.
 */
class FolderWalkTest {

    @TempDir
    Path dir;

    /** Records what it is told; skips the folders named {@code skipped}. */
    private static final class Recording extends SimpleFileVisitor<Path> {
        final List<String> events = new ArrayList<>();

        static boolean skipped(Path folder) {
            return String.valueOf(folder.getFileName()).equals("skipped");
        }

        @Override
        public FileVisitResult preVisitDirectory(Path folder, BasicFileAttributes a) {
            events.add("pre " + folder);
            return skipped(folder) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes a) {
            events.add("file " + file + (a.isSymbolicLink() ? " link" : "") + (a.isDirectory() ? " folder" : ""));
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
            events.add("failed " + file + " " + e.getClass().getSimpleName());
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path folder, IOException e) {
            events.add("post " + folder + (e == null ? "" : " " + e.getClass().getSimpleName()));
            return FileVisitResult.CONTINUE;
        }
    }

    @Test
    void visitsWhatFilesWalkFileTreeVisitsWithoutListingSkippedFolders() throws Exception {
        Files.createDirectories(dir.resolve("a/skipped/inner"));
        Files.writeString(dir.resolve("a/skipped/inner/x.yaml"), "x");
        Files.createDirectories(dir.resolve("a/b/c/d/e"));
        Files.writeString(dir.resolve("a/b/c/d/e/too-deep.yaml"), "x");
        Files.writeString(dir.resolve("a/b/file.yaml"), "x");
        Files.createSymbolicLink(dir.resolve("a/link"), dir.resolve("a/b"));
        Files.createSymbolicLink(dir.resolve("a/dangling"), dir.resolve("missing"));
        Path start = dir.resolve("a");
        Recording jdk = new Recording();
        Files.walkFileTree(start, Set.of(), 4, jdk);
        Recording walk = new Recording();
        FolderWalk.walk(start, 4, walk, Recording::skipped);
        List<String> expected = new ArrayList<>(jdk.events);
        assertTrue(expected.remove("pre " + dir.resolve("a/skipped")), expected.toString());
        assertEquals(expected, walk.events);
        assertTrue(walk.events.contains("file " + dir.resolve("a/b/c/d/e") + " folder"), walk.events.toString()); // the depth bound
        assertTrue(walk.events.contains("file " + dir.resolve("a/link") + " link"), walk.events.toString());
    }

    @Test
    void aStartThatIsNotThereIsAFailedVisitAsInFilesWalkFileTree() throws Exception {
        Recording jdk = new Recording();
        Files.walkFileTree(dir.resolve("missing"), Set.of(), 4, jdk);
        Recording walk = new Recording();
        FolderWalk.walk(dir.resolve("missing"), 4, walk, Recording::skipped);
        assertEquals(List.of("failed " + dir.resolve("missing") + " NoSuchFileException"), walk.events);
        assertEquals(jdk.events, walk.events);
    }
}
