package io.aiplatform.security.core.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aiplatform.security.core.Fixtures;
import io.aiplatform.security.core.convention.EncryptionKeyPlaceholder;
import io.aiplatform.security.core.generate.OutputFormat;
import io.aiplatform.security.core.generate.PlatformSettings;
import io.aiplatform.security.core.support.EncryptionProvider;
import io.aiplatform.security.core.support.InvalidInputException;
import io.aiplatform.security.core.validate.report.ReportWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
        return GenerateRequest.builder(dir).modules(shop.modules())
                .platform(new PlatformSettings("shop", platform, true, true, Map.of())).keyEnv("KEY")
                .outputDirectory(dir.resolve("out")).checkDirectory(checkDirectory).formats(formats)
                .projectVersion("1.0.0").chartVersion(chartVersion).build();
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

    @Test
    void encryptionProviderNoneWritesNoControlPlaneAndSaysNothingAboutKeys() throws Exception {
        GenerateRequest secretbox = request("shop", Set.of(OutputFormat.KUSTOMIZE, OutputFormat.HELM), null, null);
        new GenerateCommand().run(secretbox);
        assertTrue(Files.isRegularFile(dir.resolve("out/control-plane/encryption-config.yaml")));

        GenerateCommand.Result managed = new GenerateCommand().run(secretbox.toBuilder()
                .provider(io.aiplatform.security.core.support.EncryptionProvider.NONE).build());
        assertFalse(Files.exists(dir.resolve("out/control-plane")), "a managed control plane gets no configuration");
        assertTrue(managed.notes().isEmpty(), "no warning about a missing key: " + managed.notes());
        assertTrue(Files.readString(dir.resolve("out/helm/shop-security/values.yaml"))
                .contains("encryption:\n    # Show the install notes of the EncryptionConfiguration.\n    enabled: false"));
        assertTrue(Files.isRegularFile(dir.resolve("out/manifests/kustomization.yaml")));
        var report = new ValidateCommand().run(ValidateRequest.builder(dir, dir.resolve("out"))
                .modules(secretbox.derivation().modules()).namespace("shop").build());
        assertTrue(report.findings().stream().noneMatch(f -> f.ruleId().startsWith("ENC-")
                || f.severity() != io.aiplatform.security.core.validate.Severity.INFO), report.findings().toString());
    }

    @Test
    void aKeySuppliedAtDeployIsStatedOnceAsInfoAndCompliancesAsksForAReview() throws Exception {
        GenerateRequest build = request("shop", Set.of(OutputFormat.KUSTOMIZE), null, null);
        GenerateCommand.Result warned = new GenerateCommand().run(build);
        String warning = String.join("\n", warned.notes());
        assertTrue(warning.contains("no encryption key supplied") && warning.contains("encryptionProvider=none")
                && warning.contains("EKS, GKE, AKS") && warning.contains("encryptionKeySource=deploy"), warning);
        assertEquals(List.of(), warned.facts());

        GenerateCommand.Result deploy = new GenerateCommand().run(build.toBuilder().keySupply("deploy").build());
        assertTrue(deploy.notes().isEmpty(), "no warning: " + deploy.notes());
        assertEquals(1, deploy.facts().size(), deploy.facts().toString());
        assertTrue(deploy.facts().get(0).contains("supplied at deploy time"), deploy.facts().toString());
        assertTrue(Files.readString(dir.resolve("out/control-plane/encryption-config.yaml"))
                .contains(EncryptionKeyPlaceholder.TEXT), "the placeholder stays");

        for (String supply : List.of("build", "deploy")) {
            ValidateRequest request = ValidateRequest.builder(dir, dir.resolve("out"))
                    .modules(build.derivation().modules()).namespace("shop").keySupply(supply).build();
            var report = new ValidateCommand().run(request);
            boolean placeholder = report.findings().stream().anyMatch(f -> f.ruleId().equals("ENC-KEY-PLACEHOLDER"));
            assertEquals(supply.equals("build"), placeholder, supply + ": " + report.findings());
            String compliance = new ReportWriter("1.0.0", dir)
                    .keyAtDeploy(supply.equals("deploy")).render(report, dir.resolve("out")).get("compliance.md");
            String row = compliance.lines().filter(l -> l.startsWith("| CIS 1.2.28 |")).findFirst().orElseThrow();
            assertTrue(supply.equals("build") ? row.contains("**fail**")
                    : row.contains("**review**") && row.contains("encryptionKeySource=deploy"), row);
        }
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> build.toBuilder().keySupply("later"));
        assertTrue(unknown.getMessage().contains("'later'") && unknown.getMessage().contains("deploy"), unknown.getMessage());
    }

    @Test
    void publishingNamesEachFileItChanged() throws Exception {
        Path deploy = dir.resolve("deploy");
        GenerateCommand.Result first = new GenerateCommand().run(request("shop", Set.of(OutputFormat.KUSTOMIZE), deploy, null));
        String note = String.join("\n", first.notes());
        assertTrue(note.contains("review and commit them:"), note);
        assertTrue(note.contains("  added kustomization.yaml"), note);
        assertTrue(note.contains("  added services/api/network-policy.yaml"), note);
        assertTrue(note.contains("  added .ai-security-owned"), "the ownership record is committed with them: " + note);
        Files.writeString(deploy.resolve("services/api/network-policy.yaml"), "edited: true\n");
        Files.writeString(deploy.resolve("mine.yaml"), "kind: Mine\n");
        String again = String.join("\n", new GenerateCommand()
                .run(request("shop", Set.of(OutputFormat.KUSTOMIZE), deploy, null)).notes());
        assertTrue(again.contains("updated 1 file(s)") && again.contains("  changed services/api/network-policy.yaml")
                && !again.contains("mine.yaml"), again);
        assertEquals("kind: Mine\n", Files.readString(deploy.resolve("mine.yaml")), "a file the plugin did not write stays");
    }

    @Test
    void kmsSettingsTheApiServerRefusesAreRefusedBeforeAnythingIsWritten() {
        GenerateRequest base = request("shop", Set.of(OutputFormat.KUSTOMIZE), null, null).toBuilder()
                .provider(io.aiplatform.security.core.support.EncryptionProvider.KMS).build();
        for (String[] bad : List.of(new String[] {"vault", "tcp://kms:443", "3s", "not a unix socket"},
                new String[] {"vault", "unix:///kms.sock", "-1s", "not a duration"},
                new String[] {"a:b", "unix:///kms.sock", "3s", "contains ':'"})) {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> new GenerateCommand()
                    .run(base.toBuilder().kms(bad[0], bad[1], bad[2]).build()));
            assertTrue(e.getMessage().contains(bad[3]) && e.getMessage().contains("-Dai-security.kmsEndpoint"),
                    e.getMessage());
            assertFalse(Files.exists(dir.resolve("out")));
        }
    }

    @Test
    void servicesWithApiPermissionsReachTheApiServerOrTheBuildSaysHowToFindIt() throws Exception {
        Fixtures f = new Fixtures(dir.resolve("api")).service("discovery", "role: api\nports: [{port: 8080}]\n"
                + "kubernetesApi: [{resources: [endpoints], verbs: [get, list, watch]}]\n");
        GenerateRequest without = GenerateRequest.builder(dir).modules(f.modules())
                .platform(new PlatformSettings("shop", "shop", true, true, Map.of())).outputDirectory(dir.resolve("a")).build();
        String note = String.join("\n", new GenerateCommand().run(without).notes());
        assertTrue(note.contains("discovery hold Kubernetes API permissions and mount a token, but no apiServerEndpoints")
                && note.contains("kubectl get endpoints kubernetes -n default"), note);
        var validated = new ValidateCommand().run(ValidateRequest.builder(dir, dir.resolve("a")).modules(f.modules())
                .namespace("shop").build());
        assertTrue(validated.findings().stream().anyMatch(x -> x.ruleId().equals("NETPOL-API-SERVER-BLOCKED")),
                validated.findings().toString());

        GenerateRequest with = without.toBuilder().outputDirectory(dir.resolve("b")).platform(new PlatformSettings(
                "shop", "shop", true, true, Map.of(), List.of("172.18.0.2/32"), List.of(443, 6443))).build();
        assertTrue(new GenerateCommand().run(with).notes().stream().noneMatch(n -> n.contains("apiServerEndpoints")));
        assertFalse(Files.exists(dir.resolve("a/manifests/services/discovery/api-server-network-policy.yaml")),
                "no address known: no policy");
        String policy = Files.readString(dir.resolve("b/manifests/services/discovery/api-server-network-policy.yaml"));
        assertTrue(policy.contains("cidr: 172.18.0.2/32") && policy.contains("port: 6443"), policy);
        var clean = new ValidateCommand().run(ValidateRequest.builder(dir, dir.resolve("b")).modules(f.modules())
                .namespace("shop").apiServer(List.of("172.18.0.2/32"), List.of(443, 6443)).build());
        assertTrue(clean.findings().stream().noneMatch(x -> x.ruleId().startsWith("NETPOL-")), clean.findings().toString());
    }

    @Test
    void aServiceReadingItsSecretsThroughTheApiIsWarnedAboutAndReachesTheApiServerLikeOneWithApiPermissions()
            throws Exception {
        Fixtures f = new Fixtures(dir.resolve("sec")).service("billing", "role: api\nports: [{port: 8080}]\n"
                + "secrets: [{name: billing-db}]\n").service("batch", "role: worker\nports: [{port: 8080}]\n"
                + "secrets: [{name: batch-db}]\n").service("quiet", "role: api\nports: [{port: 8080}]\n"
                + "secrets: [{name: quiet-db}]\nautomountServiceAccountToken: false\n");
        GenerateRequest without = GenerateRequest.builder(dir).modules(f.modules())
                .platform(new PlatformSettings("shop", "shop", true, true, Map.of())).outputDirectory(dir.resolve("s1")).build();
        String note = String.join("\n", new GenerateCommand().run(without).notes());
        // billing's Role lets it read billing-db and its role mounts the token; batch (worker) and quiet mount none
        assertTrue(note.contains("billing hold Kubernetes API permissions and mount a token, but no apiServerEndpoints"),
                note);
        GenerateRequest with = without.toBuilder().outputDirectory(dir.resolve("s2")).platform(new PlatformSettings(
                "shop", "shop", true, true, Map.of(), List.of("172.18.0.2/32"), List.of(443, 6443))).build();
        new GenerateCommand().run(with);
        assertTrue(Files.exists(dir.resolve("s2/manifests/services/billing/api-server-network-policy.yaml")));
        assertFalse(Files.exists(dir.resolve("s2/manifests/services/batch/api-server-network-policy.yaml")));
        assertFalse(Files.exists(dir.resolve("s2/manifests/services/quiet/api-server-network-policy.yaml")));
    }

    @Test
    void anIpv6ApiServerAddressIsReachedAsAnIpv4One() throws Exception {
        Fixtures f = new Fixtures(dir.resolve("api6")).service("discovery", "role: api\nports: [{port: 8080}]\n"
                + "kubernetesApi: [{resources: [endpoints], verbs: [get, list, watch]}]\n");
        GenerateRequest request = GenerateRequest.builder(dir).modules(f.modules()).outputDirectory(dir.resolve("c"))
                .platform(new PlatformSettings("shop", "shop", true, true, Map.of(), List.of("fd00:10:96::1/128"),
                        List.of(443, 6443))).build();
        new GenerateCommand().run(request);
        String policy = Files.readString(dir.resolve("c/manifests/services/discovery/api-server-network-policy.yaml"));
        assertTrue(policy.contains("fd00:10:96::1/128"), policy);
        var validated = new ValidateCommand().run(ValidateRequest.builder(dir, dir.resolve("c")).modules(f.modules())
                .namespace("shop").apiServer(List.of("fd00:10:96::1/128"), List.of(443, 6443)).build());
        assertTrue(validated.findings().stream().noneMatch(x -> x.ruleId().startsWith("NETPOL-")), validated.findings().toString());
        assertTrue(validated.connections().stream().anyMatch(c -> c.line().equals("shop/discovery[Deployment] =>"
                + " fd00:10:96::1-fd00:10:96::1[External] : TCP 443,6443")), validated.connections().toString());
    }
}
