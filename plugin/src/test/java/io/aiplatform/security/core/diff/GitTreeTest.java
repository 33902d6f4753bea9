package io.aiplatform.security.core.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.aiplatform.security.core.support.InvalidInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitTreeTest {

    @TempDir
    Path dir;

    private static boolean gitPresent() {
        try {
            return new ProcessBuilder("git", "--version").start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private void git(String... args) throws Exception {
        List<String> cmd = new java.util.ArrayList<>(List.of("git", "-c", "user.name=t", "-c", "user.email=t@example.com",
                "-c", "commit.gpgsign=false"));
        cmd.addAll(List.of(args));
        assertEquals(0, new ProcessBuilder(cmd).directory(dir.toFile()).start().waitFor(), String.join(" ", cmd));
    }

    @Test
    void aMissingProgramIsAnErrorSayingWhatToDo() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new ProcessRunner(Duration.ofSeconds(5))
                .run(List.of("no-such-program-ai-security"), dir, "is not on the PATH: install it"));
        assertEquals("no-such-program-ai-security is not on the PATH: install it", e.problems().get(0).message());
    }

    @Test
    void aProgramThatRunsTooLongIsStopped() {
        assumeTrue(Files.isExecutable(Path.of("/bin/sleep")), "no /bin/sleep here");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new ProcessRunner(Duration.ofMillis(200))
                .run(List.of("/bin/sleep", "5"), dir, "is missing"));
        assertEquals("/bin/sleep 5 did not finish within 0 s; it was stopped", e.problems().get(0).message());
    }

    @Test
    void theFolderIsCopiedAsItIsAtTheRefAndAMissingRefOrFolderIsNamed() throws Exception {
        assumeTrue(gitPresent(), "git is not on the PATH: skipped, not passed");
        Path folder = dir.resolve("deploy/security");
        Files.createDirectories(folder.resolve("services"));
        Files.writeString(folder.resolve("services/a.yaml"), "kind: A\n");
        Files.writeString(folder.resolve("README.md"), "not a manifest\n");
        git("init", "-q");
        git("add", "-A");
        git("commit", "-q", "-m", "base");
        git("tag", "base");
        Files.writeString(folder.resolve("services/a.yaml"), "kind: Changed\n");
        Path copy = dir.resolve("copy");
        new GitTree().extract(folder, "base", copy);
        assertEquals("kind: A\n", Files.readString(copy.resolve("services/a.yaml")));
        assertEquals(false, Files.exists(copy.resolve("README.md")));
        InvalidInputException noRef = assertThrows(InvalidInputException.class,
                () -> new GitTree().extract(folder, "nope", dir.resolve("c2")));
        assertEquals("diffBaseRef 'nope' names no commit of the Git repository " + dir.toRealPath()
                + " (git fetch it first in a shallow CI clone)", noRef.problems().get(0).message());
        InvalidInputException noFolder = assertThrows(InvalidInputException.class,
                () -> new GitTree().extract(dir.resolve("elsewhere"), "base", dir.resolve("c3")));
        assertEquals("elsewhere does not exist at base in " + dir.toRealPath(), noFolder.problems().get(0).message());
        InvalidInputException option = assertThrows(InvalidInputException.class,
                () -> new GitTree().extract(folder, "--output=x", dir.resolve("c4")));
        assertEquals("diffBaseRef '--output=x' is no Git ref (a branch, tag or commit such as origin/main)",
                option.problems().get(0).message());
    }
}
