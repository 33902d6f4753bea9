package io.aiplatform.security.core.io;

import static io.aiplatform.security.core.Fixtures.dep;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aiplatform.security.core.Fixtures;
import io.aiplatform.security.core.command.GenerateRequest;
import io.aiplatform.security.core.command.InputDigests;
import io.aiplatform.security.core.command.ValidateRequest;
import io.aiplatform.security.core.generate.OutputFormat;
import io.aiplatform.security.core.generate.PlatformSettings;
import io.aiplatform.security.core.graph.Module;
import io.aiplatform.security.core.support.DeepFolders;
import io.aiplatform.security.core.support.EncryptionProvider;
import io.aiplatform.security.core.validate.FailOn;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunStampTest {

    @TempDir
    Path dir;

    @Test
    void aTreeIsDigestedAsEveryRegularFileBelowItInPathOrder() throws Exception {
        Path root = Files.createDirectories(dir.resolve("tree"));
        Files.createDirectories(root.resolve("a/b/c"));
        Files.createDirectories(root.resolve("empty"));
        Files.writeString(root.resolve("a/b/c/deep.yaml"), "deep");
        Files.writeString(root.resolve("a-b"), "dash sorts before the separator");
        Files.writeString(root.resolve("a.b"), "dot too");
        Files.writeString(root.resolve("a/z"), "z");
        Files.writeString(root.resolve("Z"), "upper case first");
        Path outside = Files.createDirectories(dir.resolve("outside"));
        Files.writeString(outside.resolve("target.txt"), "reached through a link");
        Files.createSymbolicLink(root.resolve("link-to-file"), outside.resolve("target.txt"));
        Files.createSymbolicLink(root.resolve("link-to-folder"), outside); // not followed
        Files.createSymbolicLink(root.resolve("broken-link"), dir.resolve("nowhere"));
        for (Path start : List.of(root, root.resolve("a"), root.resolve("a/z"), root.resolve("link-to-file"),
                root.resolve("link-to-folder"), root.resolve("missing"))) {
            String expected = walked(start);
            assertEquals(expected, new RunStamp.Fingerprint().tree("t", start).hex(), start.toString());
            assertEquals(expected, new RunStamp.Fingerprint().tree("t", start).hex(), "again, from memory: " + start);
        }
        Files.writeString(root.resolve("a/b/c/deep.yaml"), "changed, longer");
        assertEquals(walked(root), new RunStamp.Fingerprint().tree("t", root).hex(), "a changed file is read again");
    }

    /** The digest the way it was first written: Files.walk, regular files (links followed), sorted, each read. */
    private static String walked(Path start) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        Consumer<String> bytes = text -> {
            byte[] b = text.getBytes(StandardCharsets.UTF_8);
            sha.update(Integer.toString(b.length).getBytes(StandardCharsets.US_ASCII));
            sha.update((byte) 0);
            sha.update(b);
        };
        bytes.accept("tree t");
        if (!Files.exists(start)) {
            bytes.accept("absent");
        } else {
            try (Stream<Path> walk = Files.walk(start)) {
                for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                    bytes.accept(start.relativize(p).toString());
                    sha.update(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p)));
                }
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    @Test
    void aRunIsUpToDateOnlyWithTheSameInputsAndUntouchedOutputs() throws Exception {
        Path out = Files.createDirectories(dir.resolve("out/manifests"));
        Files.writeString(out.resolve("a.yaml"), "kind: A\n");
        RunStamp stamp = new RunStamp(dir.resolve("out/.generate.stamp"), List.of(out));
        assertEquals(Optional.empty(), stamp.upToDate("inputs-1"), "never run");

        stamp.record("inputs-1", List.of("WARN no key", "INFO 3 services"));
        assertEquals(Optional.of(List.of("WARN no key", "INFO 3 services")), stamp.upToDate("inputs-1"));
        assertEquals(Optional.empty(), stamp.upToDate("inputs-2"), "other inputs");

        Files.writeString(out.resolve("a.yaml"), "kind: B\n");
        assertEquals(Optional.empty(), stamp.upToDate("inputs-1"), "an output changed since");
        Files.writeString(out.resolve("a.yaml"), "kind: A\n");
        assertTrue(stamp.upToDate("inputs-1").isPresent());
        Files.writeString(out.resolve("b.yaml"), "kind: B\n");
        assertEquals(Optional.empty(), stamp.upToDate("inputs-1"), "a file appeared");
        Files.delete(out.resolve("b.yaml"));

        stamp.clear();
        assertEquals(Optional.empty(), stamp.upToDate("inputs-1"), "a cleared stamp (a run that then failed)");
    }

    private GenerateRequest request(Fixtures f, Map<String, String> env, Set<OutputFormat> formats) {
        return GenerateRequest.builder(dir).modules(f.modules()).platform(new PlatformSettings("shop", "shop", true, true,
                Map.of("kubernetes.io/metadata.name", "ingress-nginx"))).keyEnv("KEY").environment(env)
                .outputDirectory(dir.resolve("out")).formats(formats).projectVersion("1.0.0").build();
    }

    @Test
    void theGenerateDigestFollowsDescriptorsDependenciesParametersAndTheKey() throws Exception {
        Fixtures shop = new Fixtures(dir.resolve("src"))
                .service("api", "role: api\nports: [{port: 8080}]\n", dep("db"))
                .service("db", "role: database\nports: [{port: 5432}]\n");
        Set<OutputFormat> kustomize = Set.of(OutputFormat.KUSTOMIZE);
        String base = InputDigests.generate(request(shop, Map.of(), kustomize), "plugin 1");
        assertEquals(base, InputDigests.generate(request(shop, Map.of("OTHER", "x"), kustomize), "plugin 1"),
                "unrelated environment");
        assertNotEquals(base, InputDigests.generate(request(shop, Map.of("KEY", "a2V5"), kustomize), "plugin 1"));
        assertNotEquals(base, InputDigests.generate(request(shop, Map.of(), Set.of(OutputFormat.HELM)), "plugin 1"));
        assertNotEquals(base, InputDigests.generate(request(shop, Map.of(), kustomize), "plugin 2"), "rebuilt plugin");
        assertNotEquals(base, InputDigests.generate(request(shop, Map.of(), kustomize).toBuilder().explain(true).build(), "plugin 1"), "explain");

        Files.writeString(dir.resolve("src/db/src/main/ai-security/service.yaml"), "role: database\nports: [{port: 5433}]\n");
        assertNotEquals(base, InputDigests.generate(request(shop, Map.of(), kustomize), "plugin 1"), "a descriptor");

        Fixtures moreDeps = new Fixtures(dir.resolve("src2"))
                .service("api", "role: api\nports: [{port: 8080}]\n", dep("db"), dep("org.postgresql:postgresql"))
                .service("db", "role: database\nports: [{port: 5432}]\n");
        Fixtures same = new Fixtures(dir.resolve("src2"))
                .service("api", "role: api\nports: [{port: 8080}]\n", dep("db"))
                .service("db", "role: database\nports: [{port: 5432}]\n");
        assertNotEquals(InputDigests.generate(request(same, Map.of(), kustomize), "p"),
                InputDigests.generate(request(moreDeps, Map.of(), kustomize), "p"), "a POM dependency");
    }

    @Test
    void theValidateDigestFollowsEveryFileItReads() throws Exception {
        Path out = Files.createDirectories(dir.resolve("out/manifests"));
        Files.writeString(out.resolve("np.yaml"), "kind: NetworkPolicy\n");
        Path extra = Files.createDirectories(dir.resolve("deploy"));
        Files.writeString(extra.resolve("d.yaml"), "kind: Deployment\n");
        List<Module> modules = new Fixtures(dir.resolve("src")).service("api", "role: api\n").modules();
        Supplier<String> digest = () -> InputDigests.validate(ValidateRequest.builder(dir, dir.resolve("out"))
                .manifestDirectories(List.of(extra)).modules(modules).namespace("shop").trackedDirectories(List.of(extra))
                .build(), "p");
        String before = digest.get();
        assertEquals(before, digest.get());
        Files.writeString(out.resolve("np.yaml"), "kind: NetworkPolicy\nmetadata: {}\n");
        String afterManifest = digest.get();
        assertNotEquals(before, afterManifest, "a generated manifest");
        Files.writeString(extra.resolve("d.yaml"), "kind: Deployment\nspec: {}\n");
        String afterExtra = digest.get();
        assertNotEquals(afterManifest, afterExtra, "a hand-written manifest");
        Files.writeString(dir.resolve("src/api/src/main/ai-security/service.yaml"), "role: worker\n");
        assertNotEquals(afterExtra, digest.get(), "a descriptor (the declared graph)");
        assertFalse(digest.get().isEmpty());
    }

    @Test
    void aFolderTooDeepForTheSystemCountsByItsNameAndNeverFailsTheDigest() throws Exception {
        Path root = dir.resolve("deep-tree");
        Files.createDirectories(root);
        Files.writeString(root.resolve("a.txt"), "a");
        String shallow = new RunStamp.Fingerprint().tree("t", root).hex();
        Path deep = DeepFolders.make(root, "deep", "x.java");
        try {
            String withDeep = new RunStamp.Fingerprint().tree("t", root).hex();
            assertNotEquals(shallow, withDeep, "the unreadable part counts");
            assertEquals(withDeep, new RunStamp.Fingerprint().tree("t", root).hex(), "the same on every run");
        } finally {
            DeepFolders.remove(deep);
        }
    }
}
