package io.aiplatform.security.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadmeFiguresTest {

    private static final String README = "The first prints `ai-security: 17 services, 40 connections; 80 manifests in"
            + " …/it/ai-platform/target/ai-security/manifests`.\nThe second `ai-security: 4 services, 3 connections; 20 manifests"
            + " in …/shop-platform/target/ai-security/manifests`.\n";

    @TempDir
    Path repo;

    private File build(String log) throws Exception {
        Files.writeString(repo.resolve("README.md"), README);
        Files.createDirectories(repo.resolve("plugin"));
        Files.writeString(repo.resolve("plugin/pom.xml"), "<project/>");
        Path basedir = Files.createDirectories(repo.resolve("plugin/target/it/ai-platform"));
        Files.writeString(basedir.resolve("build.log"), log);
        return basedir.toFile();
    }

    @Test
    void figuresThatAgreePass() throws Exception {
        File basedir = build("[INFO] ai-security: 17 services, 40 connections; 80 manifests in /x/it/ai-platform/target/ai-security-cli/manifests\n"
                + "[INFO] ai-security: 17 services, 40 connections; 80 manifests in /x/it/ai-platform/target/ai-security/manifests\n");
        ReadmeFigures.statedAsPrinted(basedir, "ai-platform/target/ai-security/manifests");
    }

    @Test
    void aFigureThatDriftedFailsNamingBoth() throws Exception {
        File basedir = build("[INFO] ai-security: 17 services, 41 connections; 80 manifests in /x/it/ai-platform/target/ai-security/manifests\n");
        AssertionError e = assertThrows(AssertionError.class,
                () -> ReadmeFigures.statedAsPrinted(basedir, "ai-platform/target/ai-security/manifests"));
        assertTrue(e.getMessage().contains("says '17 services, 40 connections; 80 manifests'"), e.getMessage());
        assertTrue(e.getMessage().contains("printed '17 services, 41 connections; 80 manifests'"), e.getMessage());
    }

    @Test
    void aBuildThatPrintsNoSummaryFails() throws Exception {
        File basedir = build("[INFO] BUILD SUCCESS\n");
        assertThrows(AssertionError.class, () -> ReadmeFigures.statedAsPrinted(basedir, "ai-platform/target/ai-security/manifests"));
    }

    @Test
    void theReadmeQuotesEachFolderOnce() {
        assertEquals("4 services, 3 connections; 20 manifests", ReadmeFigures.stated(README, "shop-platform/target/ai-security/manifests"));
        assertThrows(AssertionError.class, () -> ReadmeFigures.stated(README, "single-service/target/ai-security/manifests"));
        assertEquals(List.of(), ReadmeFigures.printed("ai-security: 1 service, 0 connections; 5 manifests in /a/b/manifests", "c/manifests"));
    }

    @Test
    void theRepositoryReadmeQuotesTheReferencePlatformAndTheArchetype() throws Exception {
        // the figures themselves are checked against the builds by it/ai-platform's and the archetype's verify.groovy
        String readme = Files.readString(ReadmeFigures.repositoryRoot(Path.of(".")).resolve("README.md"));
        String figures = "\\d+ services, \\d+ connections; \\d+ manifests";
        assertTrue(ReadmeFigures.stated(readme, "it/ai-platform/target/ai-security/manifests").matches(figures));
        assertTrue(ReadmeFigures.stated(readme, "shop-platform/target/ai-security/manifests").matches(figures));
    }
}
