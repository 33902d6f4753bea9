package io.aiplatform.security.core;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aiplatform.security.core.generate.EncryptionProvider;
import io.aiplatform.security.core.generate.OutputFormat;
import io.aiplatform.security.core.generate.PlatformSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Settings the helm format cannot take are refused before anything is written. */
class GenerateCommandTest {

    @TempDir
    Path dir;

    private GenerateRequest request(String platform, Set<OutputFormat> formats, Path checkDirectory, String chartVersion) {
        Fixtures shop = new Fixtures(dir.resolve("src")).service("api", "role: api\nports: [{port: 8080}]\n");
        return new GenerateRequest(dir, shop.modules(), new PlatformSettings("shop", platform, true, true, Map.of()),
                EncryptionProvider.SECRETBOX, "key1", null, "KEY", Map.of(), null, null, "3s", dir.resolve("out"),
                checkDirectory, false, formats, "1.0.0", chartVersion);
    }

    @Test
    void aPlatformNameThatIsNoChartNameIsRefusedNamingTheParameter() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new GenerateCommand()
                .run(request("AI_Platform", Set.of(OutputFormat.KUSTOMIZE, OutputFormat.HELM), null, null)));
        assertTrue(e.getMessage().contains("platformName 'AI_Platform' gives the Helm chart name 'AI_Platform-security'"),
                e.getMessage());
        assertTrue(e.getMessage().contains("-Dai-security.platformName="), e.getMessage());
        assertFalse(Files.exists(dir.resolve("out")), "nothing written");
    }

    @Test
    void aChartVersionThatIsNoSemVerIsRefused() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new GenerateCommand()
                .run(request("shop", Set.of(OutputFormat.HELM), null, "latest")));
        assertTrue(e.getMessage().contains("-Dai-security.chartVersion="), e.getMessage());
        assertFalse(Files.exists(dir.resolve("out")));
    }

    @Test
    void aGitOpsFolderNeedsTheKustomizeFormat() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new GenerateCommand()
                .run(request("shop", Set.of(OutputFormat.HELM), dir.resolve("deploy"), null)));
        assertTrue(e.getMessage().contains("only the kustomize format writes"), e.getMessage());
        assertFalse(Files.exists(dir.resolve("deploy")));
    }

    @Test
    void theKustomizeFormatAloneIgnoresChartSettings() throws Exception {
        new GenerateCommand().run(request("AI_Platform", Set.of(OutputFormat.KUSTOMIZE), null, "latest"));
        assertTrue(Files.isRegularFile(dir.resolve("out/manifests/kustomization.yaml")));
        assertFalse(Files.exists(dir.resolve("out/helm")));
    }
}
