package io.aiplatform.security.core.rotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aiplatform.security.core.command.RotateCommand;
import io.aiplatform.security.core.command.RotateRequest;
import io.aiplatform.security.core.convention.EncryptionKeyPlaceholder;
import io.aiplatform.security.core.support.InvalidInputException;
import io.aiplatform.security.core.validate.Finding;
import io.aiplatform.security.core.validate.ManifestLoader;
import io.aiplatform.security.core.validate.ValidationContext;
import io.aiplatform.security.core.validate.rules.RuleRegistry;
import io.aiplatform.security.core.validate.schema.EncryptionConfigStructure;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RotationTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    static final String OLD_KEY = Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes());

    @TempDir
    Path dir;

    private static List<ProviderConfig> config(String type) {
        return List.of(new ProviderConfig(type, List.of(new EncryptionKeyEntry("key1", OLD_KEY)), Map.of()),
                ProviderConfig.identity());
    }

    private static RotationPlan plan(List<ProviderConfig> current, int servers, String to) throws Exception {
        return new RotationPlanner().plan(current, new RotationPlanner.Settings(servers, to, TODAY, false,
                Map.of("name", "vault", "endpoint", "unix:///var/run/kms.sock")), RotationTest::randomKey);
    }

    private static String randomKey() {
        byte[] k = new byte[32];
        new SecureRandom().nextBytes(k);
        return Base64.getEncoder().encodeToString(k);
    }

    /** The configuration each step installs, or null for re-encryption; KMS-side rotation installs nothing. */
    private static List<List<ProviderConfig>> stages(RotationPlan plan) {
        List<List<ProviderConfig>> stages = new ArrayList<>();
        for (RotationStep s : plan.steps()) {
            if (s.slug().equals("re-encrypt")) {
                stages.add(null);
            } else if (s.providers() != null) {
                stages.add(s.providers());
            }
        }
        return stages;
    }

    private static void assertSafe(RotationPlan plan, int servers) throws Exception {
        RolloutSimulator sim = new RolloutSimulator(servers, plan.current(), 5);
        assertNull(sim.rollOut(stages(plan)));
        String expected = plan.steps().stream().filter(s -> s.providers() != null).reduce((a, b) -> b)
                .map(s -> s.providers().get(0).prefix()).orElseThrow();
        assertEquals(List.of(expected), sim.storedPrefixes(), "after the last step no Secret is left under the old key");
    }

    @Test
    void rotatingASecretboxKeyOnThreeServersFollowsTheUpstreamOrder() throws Exception {
        RotationPlan plan = plan(config("secretbox"), 3, null);
        assertEquals(List.of("add-new-key", "promote-new-key", "re-encrypt", "remove-old-key"),
                plan.steps().stream().map(RotationStep::slug).toList());
        assertEquals("secretbox [key1, key-20261126] → identity", PlanWriter.describe(plan.steps().get(0).providers()));
        assertEquals("secretbox [key-20261126, key1] → identity", PlanWriter.describe(plan.steps().get(1).providers()));
        assertEquals("secretbox [key-20261126] → identity", PlanWriter.describe(plan.steps().get(3).providers()));
        assertSafe(plan, 3);
    }

    private static String key(char fill) {
        return Base64.getEncoder().encodeToString(String.valueOf(fill).repeat(32).getBytes());
    }

    /** The whole configuration each step installs, or null for re-encryption. */
    private static List<EncryptionConfigDocument> documentStages(RotationPlan plan) {
        List<EncryptionConfigDocument> stages = new ArrayList<>();
        for (RotationStep s : plan.steps()) {
            if (s.slug().equals("re-encrypt")) {
                stages.add(null);
            } else if (s.providers() != null) {
                stages.add(plan.configurationOf(s));
            }
        }
        return stages;
    }

    @Test
    void everyResourceBlockIsCarriedThroughEveryStepAndTheRotatedOneIsReencryptedWhole() throws Exception {
        ResourceBlock widgets = new ResourceBlock(List.of("widgets.example.com"), List.of(
                new ProviderConfig("aesgcm", List.of(new EncryptionKeyEntry("widget-key", key('w'))), Map.of()),
                ProviderConfig.identity()));
        ResourceBlock everything = new ResourceBlock(List.of("*.*"), List.of(
                new ProviderConfig("aescbc", List.of(new EncryptionKeyEntry("all-key", key('a'))), Map.of()),
                ProviderConfig.identity()));
        EncryptionConfigDocument current = new EncryptionConfigDocument(List.of(
                new ResourceBlock(List.of("secrets", "configmaps"), config("secretbox")), widgets, everything), 0);
        RotationPlan plan = new RotationPlanner().plan(current, new RotationPlanner.Settings(3, null, TODAY, false,
                Map.of()), RotationTest::randomKey);

        for (RotationStep step : plan.steps()) {
            if (step.providers() != null) {
                EncryptionConfigDocument installed = plan.configurationOf(step);
                assertEquals(List.of("secrets", "configmaps"), installed.blocks().get(0).resources());
                assertEquals(List.of(widgets, everything), installed.blocks().subList(1, 3), "carried unchanged");
            }
        }
        RotationStep reencrypt = plan.steps().stream().filter(s -> s.slug().equals("re-encrypt")).findFirst().orElseThrow();
        assertTrue(reencrypt.commands().contains("kubectl get configmaps --all-namespaces -o json | kubectl replace -f -"),
                reencrypt.commands().toString());
        assertTrue(plan.notes().stream().anyMatch(n -> n.contains("[widgets.example.com]") && n.contains("unchanged")));

        List<String> resources = List.of("secrets", "configmaps", "widgets.example.com", "deployments.apps");
        RolloutSimulator sim = new RolloutSimulator(3, current, resources, 3);
        assertNull(sim.rollOutDocuments(documentStages(plan), plan.document().rotatedBlock()));
        String newPrefix = "k8s:enc:secretbox:v1:" + plan.newKey().name() + ":";
        assertEquals(List.of(newPrefix), sim.storedPrefixes("secrets"));
        assertEquals(List.of(newPrefix), sim.storedPrefixes("configmaps"), "re-encrypted with the Secrets of their block");
        assertEquals(List.of("k8s:enc:aesgcm:v1:widget-key:"), sim.storedPrefixes("widgets.example.com"));
        assertEquals(List.of("k8s:enc:aescbc:v1:all-key:"), sim.storedPrefixes("deployments.apps"));

        // what the plan used to install: the Secrets block alone, which makes every other object unreadable
        List<EncryptionConfigDocument> secretsOnly = new ArrayList<>();
        for (EncryptionConfigDocument d : documentStages(plan)) {
            secretsOnly.add(d == null ? null : EncryptionConfigDocument.secretsOnly(d.rotatedBlock().providers()));
        }
        String failure = new RolloutSimulator(3, current, resources, 3).rollOutDocuments(secretsOnly,
                plan.document().rotatedBlock());
        assertNotNull(failure);
        assertTrue(failure.contains("cannot read configmaps/") || failure.contains("cannot read widgets"), failure);
    }

    @Test
    void secretsCoveredByAWildcardArePlannedFromTheFile() throws Exception {
        Path config = dir.resolve("wildcard.yaml");
        Files.writeString(config, """
                apiVersion: apiserver.config.k8s.io/v1
                kind: EncryptionConfiguration
                resources:
                  - resources: [events]
                    providers: [{identity: {}}]
                  - resources: ["*.apps", "*."]
                    providers:
                      - secretbox: {keys: [{name: key1, secret: %s}]}
                      - identity: {}
                """.formatted(OLD_KEY));
        RotateCommand.Result result = new RotateCommand(new SecureRandom()).run(request(config, 2, false));
        EncryptionConfigDocument document = result.plan().document();
        assertEquals(1, document.rotated(), "the first block that covers secrets: the core group *.");
        String step = Files.readString(dir.resolve("out/rotation/step-01-add-new-key.yaml"));
        assertTrue(step.contains("- events") && (step.contains("- '*.apps'") || step.contains("- \"*.apps\"")), step);
        // each step's file says what it was generated from (here no project: the file it was planned from)
        assertTrue(step.startsWith("# Generated by ai-security from " + config.getFileName() + "; do not edit.\napiVersion: "),
                step);
        assertTrue(Files.readString(dir.resolve("out/rotation/key-metadata.yaml")).startsWith("# Secrets encryption keys:"),
                "the key metadata keeps its own header: it is committed and maintained");
        String plan = Files.readString(dir.resolve("out/rotation/PLAN.md"));
        assertTrue(plan.contains("kubectl api-resources --api-group=apps --verbs=list,update -o name"), plan);
        assertTrue(plan.contains("kubectl api-resources --api-group='' --verbs=list,update -o name"), plan);
        RolloutSimulator sim = new RolloutSimulator(2, document, List.of("secrets", "events", "deployments.apps"), 2);
        assertNull(sim.rollOutDocuments(documentStages(result.plan()), document.rotatedBlock()));
        assertEquals(List.of("(plain)"), sim.storedPrefixes("events"));
    }

    @Test
    void theSimulationFailsWhenTheOrderIsSwapped() throws Exception {
        RotationPlan plan = plan(config("secretbox"), 3, null);
        List<List<ProviderConfig>> swapped = stages(plan);
        swapped.remove(0); // new key first on one server while the others do not know it yet
        String failure = new RolloutSimulator(3, plan.current(), 5).rollOut(swapped);
        assertNotNull(failure);
        assertTrue(failure.contains("cannot read"), failure);
        assertTrue(failure.contains("k8s:enc:secretbox:v1:key-20261126:"), failure);
    }

    @Test
    void oneApiServerNeedsNoSeparateAddStep() throws Exception {
        RotationPlan plan = plan(config("secretbox"), 1, null);
        assertEquals(List.of("new-key-first", "re-encrypt", "remove-old-key"),
                plan.steps().stream().map(RotationStep::slug).toList());
        assertSafe(plan, 1);
    }

    @Test
    void firstEncryptionOfAnExistingCluster() throws Exception {
        RotationPlan plan = plan(List.of(ProviderConfig.identity()), 3, "secretbox");
        assertEquals("identity → secretbox [key-20261126]", PlanWriter.describe(plan.steps().get(0).providers()));
        assertEquals("secretbox [key-20261126] → identity", PlanWriter.describe(plan.steps().get(1).providers()));
        assertTrue(plan.notes().stream().anyMatch(n -> n.contains("first encryption")));
        assertSafe(plan, 3);
        List<List<ProviderConfig>> swapped = stages(plan);
        swapped.remove(0);
        assertNotNull(new RolloutSimulator(3, plan.current(), 5).rollOut(swapped));
    }

    @Test
    void migrationsFromAescbcAndAesgcm() throws Exception {
        RotationPlan fromCbc = plan(config("aescbc"), 3, "secretbox");
        assertEquals("aescbc [key1] → secretbox [key-20261126] → identity", PlanWriter.describe(fromCbc.steps().get(0).providers()));
        assertEquals("secretbox [key-20261126] → identity", PlanWriter.describe(fromCbc.steps().get(3).providers()));
        assertSafe(fromCbc, 3);
        RotationPlan gcm = plan(config("aesgcm"), 2, null);
        assertTrue(gcm.notes().stream().anyMatch(n -> n.contains("200,000 writes")));
        assertSafe(gcm, 2);
        RotationPlan toKms = plan(config("aesgcm"), 3, "kms");
        assertEquals("kms v2 (vault) → identity", PlanWriter.describe(toKms.steps().get(3).providers()));
        assertNull(toKms.newKey());
        assertSafe(toKms, 3);
    }

    @Test
    void kmsV2RotatesInTheKms() throws Exception {
        List<ProviderConfig> kms = List.of(new ProviderConfig("kms", List.of(), Map.of("apiVersion", "v2", "name", "vault",
                "endpoint", "unix:///var/run/kms.sock")), ProviderConfig.identity());
        RotationPlan plan = plan(kms, 3, null);
        assertEquals(List.of("rotate-in-kms", "re-encrypt"), plan.steps().stream().map(RotationStep::slug).toList());
        assertTrue(plan.steps().stream().allMatch(s -> s.fileName() == null), "no configuration to install");
        assertTrue(String.join(" ", plan.steps().get(0).commands()).contains("key ID"));
        assertTrue(String.join(" ", plan.steps().get(1).checks()).contains("k8s:enc:kms:v2:vault:"));
    }

    @Test
    void kmsV1IsPlannedAsV1AndMigratedToV2() throws Exception {
        Path config = dir.resolve("kms-v1.yaml");
        Files.writeString(config, """
                apiVersion: apiserver.config.k8s.io/v1
                kind: EncryptionConfiguration
                resources:
                  - resources: [secrets]
                    providers:
                      - kms: {name: vault, cachesize: 1000, endpoint: unix:///var/run/kms.sock, timeout: 3s}
                      - identity: {}
                """);
        RotateCommand.Result result = new RotateCommand(new SecureRandom()).run(request(config, 3, false));
        RotationPlan plan = result.plan();
        assertEquals(List.of("add-new-key", "promote-new-key", "re-encrypt", "remove-old-key"),
                plan.steps().stream().map(RotationStep::slug).toList());
        assertEquals("k8s:enc:kms:v1:vault:", plan.current().get(0).prefix());
        String step1 = Files.readString(dir.resolve("out/rotation/step-01-add-new-key.yaml"));
        assertTrue(step1.contains("cachesize: 1000"), "the v1 provider is written back as v1: " + step1);
        assertTrue(step1.contains("- kms:\n          name: vault\n          cachesize: 1000"),
                "no v2 apiVersion on the v1 provider: " + step1);
        assertTrue(step1.contains("apiVersion: v2\n          name: vault-v2"), step1);
        String plans = Files.readString(dir.resolve("out/rotation/PLAN.md"));
        assertTrue(plans.contains("k8s:enc:kms:v1:vault:") && plans.contains("k8s:enc:kms:v2:vault-v2:"), plans);
        assertTrue(plan.notes().stream().anyMatch(n -> n.contains("KMS v1 is deprecated")), plan.notes().toString());
        assertSafe(plan, 3);
    }

    @Test
    void aConfigurationTheApiServerRefusesIsRefusedBeforeAnythingIsPlanned() throws Exception {
        String unpadded = OLD_KEY.replace("=", "");
        for (String[] bad : List.of(
                new String[] {"secretbox: {keys: [{name: key1, secret: " + unpadded + "}]}", "not padded standard base64"},
                new String[] {"kms: {apiVersion: v2, name: vault, endpoint: 'tcp://10.0.0.1:80'}", "not a unix socket"},
                new String[] {"kms: {apiVersion: v2, name: vault, endpoint: 'unix:///k.sock', timeout: 0s}", "more than zero"},
                new String[] {"kms: {apiVersion: v2, name: 'a:b', endpoint: 'unix:///k.sock'}", "contains ':'"})) {
            Path config = dir.resolve("refused.yaml");
            Files.writeString(config, "apiVersion: apiserver.config.k8s.io/v1\nkind: EncryptionConfiguration\n"
                    + "resources:\n  - resources: [secrets]\n    providers:\n      - " + bad[0] + "\n      - identity: {}\n");
            InvalidInputException e = assertThrows(InvalidInputException.class,
                    () -> new RotateCommand(new SecureRandom()).run(request(config, 3, false)));
            assertTrue(e.getMessage().contains(bad[1]), e.getMessage());
            assertFalse(e.getMessage().contains(unpadded), "never the key");
            assertFalse(Files.exists(dir.resolve("out/rotation")));
        }
    }

    @Test
    void aPlaceholderConfigurationOrAnUnknownProviderIsRefused() throws Exception {
        Path placeholder = writeConfig(EncryptionKeyPlaceholder.TEXT);
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> new RotateCommand(new SecureRandom()).run(request(placeholder, 3, false)));
        assertTrue(e.getMessage().contains("is the placeholder written when no key was supplied"), e.getMessage());
        Path real = writeConfig(OLD_KEY);
        InvalidInputException typo = assertThrows(InvalidInputException.class, () -> new RotateCommand(new SecureRandom())
                .run(new RotateRequest(real, dir.resolve("out"), dir.resolve("key-metadata.yaml"), 3, "secretbx", 32, 90,
                        false, false, Map.of(), TODAY)));
        assertTrue(typo.getMessage().contains("provider 'secretbx' is not one the API server knows (did you mean 'secretbox'?)"),
                typo.getMessage());
        assertFalse(Files.exists(dir.resolve("out/rotation")));
    }

    private RotateRequest request(Path config, int servers, boolean placeholders) {
        return new RotateRequest(config, dir.resolve("out"), dir.resolve("key-metadata.yaml"), servers, "", 32, 90,
                placeholders, false, Map.of(), TODAY);
    }

    private Path writeConfig(String secret) throws Exception {
        Path config = dir.resolve("encryption-config.yaml");
        Files.writeString(config, """
                apiVersion: apiserver.config.k8s.io/v1
                kind: EncryptionConfiguration
                resources:
                  - resources: [secrets]
                    providers:
                      - secretbox:
                          keys:
                            - name: key1
                              secret: %s
                      - identity: {}
                """.formatted(secret));
        return config;
    }

    @Test
    void writesPlanFilesWithoutKeyMaterialAndOwnerOnlyStepFiles() throws Exception {
        Path config = writeConfig(OLD_KEY);
        RotateCommand.Result result = new RotateCommand(new SecureRandom()).run(request(config, 3, false));
        Path rotation = dir.resolve("out/rotation");
        assertEquals(List.of("PLAN.md", "key-metadata.yaml", "plan.json", "step-01-add-new-key.yaml",
                "step-02-promote-new-key.yaml", "step-04-remove-old-key.yaml"), result.files());
        String newKey = result.plan().newKey().secret();
        assertEquals(32, Base64.getDecoder().decode(newKey).length);
        for (String f : List.of("PLAN.md", "plan.json", "key-metadata.yaml")) {
            String text = Files.readString(rotation.resolve(f));
            assertFalse(text.contains(OLD_KEY) || text.contains(newKey), f + " holds key material");
        }
        assertFalse(String.join("\n", result.ages()).contains(OLD_KEY));
        assertFalse(result.plan().toString().contains(newKey) && result.plan().newKey().toString().contains(newKey));
        assertFalse(result.plan().newKey().toString().contains(newKey));
        String plan = Files.readString(rotation.resolve("PLAN.md"));
        for (String expected : List.of("chmod 600 /etc/kubernetes/enc/encryption-config.yaml", "chown root:root",
                "/healthz", "get /registry/secrets/default/ai-security-rotation-probe --print-value-only | head -c 64 | hexdump -C",
                "--cacert=/etc/kubernetes/pki/etcd/ca.crt --cert=/etc/kubernetes/pki/apiserver-etcd-client.crt",
                "k8s:enc:secretbox:v1:key-20261126:", "kubectl get secrets --all-namespaces -o json | kubectl replace -f -",
                "apiserver_storage_transformation_operations_total", "Roll back", "<control-plane-3>")) {
            assertTrue(plan.contains(expected), "PLAN.md lacks " + expected);
        }
        try (Stream<Path> files = Files.list(rotation)) {
            for (Path step : files.filter(p -> p.getFileName().toString().startsWith("step-")).toList()) {
                assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(step)), step.toString());
                assertTrue(Files.readString(step).contains(newKey));
            }
        }
        // each step file passes the structural check and the encryption rules of validate-security
        ManifestLoader.Result loaded = new ManifestLoader(rotation).load(List.of(rotation));
        List<Finding> findings = new ArrayList<>(new EncryptionConfigStructure().check(loaded.manifests()));
        ValidationContext context = new ValidationContext(loaded.manifests(), null, null, Map.of(), false);
        RuleRegistry.all().stream().filter(r -> r.id().startsWith("ENC-") || r.id().equals("KEY-MATERIAL-EXPOSED"))
                .forEach(r -> findings.addAll(r.evaluate(context)));
        assertTrue(findings.isEmpty(), findings.toString());
        assertTrue(Files.readString(rotation.resolve("key-metadata.yaml")).contains("name: key-20261126"));
    }

    @Test
    void placeholdersModeGeneratesNoKey() throws Exception {
        RotateCommand.Result result = new RotateCommand(new SecureRandom()).run(request(writeConfig(OLD_KEY), 1, true));
        assertEquals(EncryptionKeyPlaceholder.TEXT, result.plan().newKey().secret());
    }

    @Test
    void aMissingOrMalformedConfigIsAClearErrorAndWritesNothing() throws Exception {
        InvalidInputException missing = assertThrows(InvalidInputException.class,
                () -> new RotateCommand(new SecureRandom()).run(request(dir.resolve("nope.yaml"), 3, false)));
        assertTrue(missing.getMessage().contains("no EncryptionConfiguration here"), missing.getMessage());
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "apiVersion: apiserver.config.k8s.io/v1\nkind: EncryptionConfiguration\nresources: [{resources: [configmaps], providers: [{identity: {}}]}]\n");
        InvalidInputException noSecrets = assertThrows(InvalidInputException.class,
                () -> new RotateCommand(new SecureRandom()).run(request(bad, 3, false)));
        assertTrue(noSecrets.getMessage().contains("no resources entry covers secrets"), noSecrets.getMessage());
        Path broken = writeConfig(OLD_KEY + "\n  oops: [");
        InvalidInputException malformed = assertThrows(InvalidInputException.class,
                () -> new RotateCommand(new SecureRandom()).run(request(broken, 3, false)));
        assertFalse(malformed.getMessage().contains(OLD_KEY), "the error never quotes the key");
        assertFalse(Files.exists(dir.resolve("out/rotation")), "nothing written");
    }

    @Test
    void anOverdueKeyIsReported() throws Exception {
        Files.writeString(dir.resolve("key-metadata.yaml"), "keys:\n  - {name: key1, provider: secretbox, created: 2026-08-01}\n");
        RotateCommand.Result result = new RotateCommand(new SecureRandom()).run(request(writeConfig(OLD_KEY), 3, false));
        assertTrue(result.overdue());
        assertTrue(result.ages().contains("key key1 (secretbox) is 117 day(s) old (created 2026-08-01)"), result.ages().toString());
        Files.writeString(dir.resolve("key-metadata.yaml"), "keys:\n  - {name: key1, provider: secretbox, created: 2026-11-01}\n");
        assertFalse(new RotateCommand(new SecureRandom()).run(request(writeConfig(OLD_KEY), 3, false)).overdue());
    }
}
