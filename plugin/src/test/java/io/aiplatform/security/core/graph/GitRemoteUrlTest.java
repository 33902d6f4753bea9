package io.aiplatform.security.core.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A Git repository's addresses in the normal form that two addresses of one repository share. */
class GitRemoteUrlTest {

    @Test
    void httpsSshScpLikeAndMavenScmAddressesOfOneRepositoryAreEqual() {
        for (String url : new String[] {"https://github.com/shop/platform.git", "https://github.com/shop/platform",
                "https://GitHub.com/shop/platform/", "http://github.com/shop/platform.git/",
                "https://bot:s3cret@github.com/shop/platform.git", "ssh://git@github.com:22/shop/platform.git",
                "git@github.com:shop/platform.git", "github.com:shop/platform", "git://github.com/shop/platform.git",
                "scm:git:https://github.com/shop/platform.git", "scm:git:git@github.com:shop/platform.git",
                "  https://github.com/shop/platform.git  "}) {
            assertEquals(Optional.of("github.com/shop/platform"), GitRemoteUrl.normalised(url), url);
        }
    }

    @Test
    void theHostIsComparedInLowerCaseAndThePathAsWritten() {
        assertEquals(Optional.of("git.example.org/Shop/Platform"),
                GitRemoteUrl.normalised("https://GIT.example.org/Shop/Platform.git"));
        assertEquals(Optional.of("gitlab.example.org/group/sub/platform"),
                GitRemoteUrl.normalised("https://gitlab.example.org:8443/group/sub/platform.git"));
    }

    @Test
    void localPathsFileUrlsAndPlaceholdersNameNoRemoteRepository() {
        for (String url : new String[] {"/work/mirror/platform.git", "../platform", "file:///srv/config-repo",
                "file://${user.home}/config-repo", "https://github.com/shop/{application}-config",
                "https://github.com/${OWNER}/config.git", "C:\\repos\\config", "https://github.com/", "", "config-repo"}) {
            assertEquals(Optional.empty(), GitRemoteUrl.normalised(url), url);
        }
    }

    @Test
    void evidenceShowsAUrlWithoutItsUserInfo() {
        assertEquals("https://github.com/shop/platform.git",
                GitRemoteUrl.withoutUserInfo("https://bot:planted-secret@github.com/shop/platform.git"));
        assertEquals("https://github.com/shop/platform.git",
                GitRemoteUrl.withoutUserInfo("https://github.com/shop/platform.git"));
        assertEquals("git@github.com:shop/platform.git", GitRemoteUrl.withoutUserInfo("git@github.com:shop/platform.git"));
    }
}
