package io.aiplatform.security.core.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Git checkout a project lies in, found as Git finds it, and its remotes. */
class GitCheckoutTest {

    private static final String CONFIG = """
            [core]
            \trepositoryformatversion = 0
            \tbare = false
            [remote "origin"]
            \turl = https://github.com/shop/platform.git
            \tfetch = +refs/heads/*:refs/remotes/origin/*
            [branch "main"]
            \tremote = origin
            [remote "upstream"] url = git@github.com:acme/platform.git
            \tpushurl = "ssh://git@git.example.org/shop/platform.git" ; a comment
            """;

    @TempDir
    Path dir;

    @Test
    void theNearestDotGitFolderUpFromTheProjectGivesTheTopAndTheRemotesUrls() throws Exception {
        SourceRun.write(dir, "repo/.git/config", CONFIG);
        Files.createDirectories(dir.resolve("repo/backend/orders"));
        GitCheckout c = GitCheckout.of(dir.resolve("repo/backend")).orElseThrow();
        assertEquals(dir.resolve("repo"), c.top());
        assertEquals(List.of(new GitCheckout.Remote("origin", "https://github.com/shop/platform.git"),
                new GitCheckout.Remote("upstream", "git@github.com:acme/platform.git"),
                new GitCheckout.Remote("upstream", "ssh://git@git.example.org/shop/platform.git")), c.remotes());
        assertEquals(List.of(dir.resolve("repo/.git/config")), c.read());
    }

    @Test
    void aWorktreesDotGitFileLeadsToTheRepositorysCommonConfiguration() throws Exception {
        SourceRun.write(dir, "main/.git/config", CONFIG);
        SourceRun.write(dir, "main/.git/worktrees/feature/commondir", "../..\n");
        SourceRun.write(dir, "feature/.git", "gitdir: ../main/.git/worktrees/feature\n");
        GitCheckout c = GitCheckout.of(dir.resolve("feature")).orElseThrow();
        assertEquals(dir.resolve("feature"), c.top());
        assertEquals("https://github.com/shop/platform.git", c.remotes().get(0).url());
        assertEquals(List.of(dir.resolve("feature/.git"), dir.resolve("main/.git/worktrees/feature/commondir"),
                dir.resolve("main/.git/config")), c.read());
    }

    @Test
    void aSubmodulesDotGitFileLeadsToItsOwnConfiguration() throws Exception {
        SourceRun.write(dir, "super/.git/modules/platform/config", "[remote \"origin\"]\n\turl = ../platform.git\n");
        SourceRun.write(dir, "super/platform/.git", "gitdir: ../.git/modules/platform\n");
        GitCheckout c = GitCheckout.of(dir.resolve("super/platform")).orElseThrow();
        assertEquals(dir.resolve("super/platform"), c.top());
        assertEquals(List.of(new GitCheckout.Remote("origin", "../platform.git")), c.remotes());
    }

    @Test
    void noCheckoutAboveAFolderOrADotGitFileThatNamesNoRepositoryIsNone() throws Exception {
        Files.createDirectories(dir.resolve("plain"));
        assertTrue(GitCheckout.of(dir.resolve("plain")).filter(c -> c.top().startsWith(dir)).isEmpty());
        SourceRun.write(dir, "broken/.git", "not a gitfile\n");
        assertTrue(GitCheckout.of(dir.resolve("broken")).isEmpty());
    }
}
