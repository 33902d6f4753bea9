package io.aiplatform.security.core.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aiplatform.security.core.convention.Labels;
import io.aiplatform.security.core.generate.PlatformSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plugin replaces or removes only files it wrote: the ownership record of the output folder and
 * of the GitOps copy, the folders it refuses, the adoption of folders an earlier version wrote.
 */
class OwnershipTest {

    private static final String LABELLED = "apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: a\n  labels:\n"
            + "    app.kubernetes.io/managed-by: ai-security-maven-plugin\n";

    @TempDir
    Path dir;

    private static SecurityLayer layer(String... manifests) {
        List<GeneratedFile> files = new ArrayList<>();
        for (String m : manifests) {
            files.add(new GeneratedFile("manifests/" + m, LABELLED + "# " + m + "\n", false));
        }
        files.add(new GeneratedFile("control-plane/encryption-config.yaml", "secret: s\n", true));
        return new SecurityLayer(files);
    }

    private static TreeMap<String, GeneratedFile> manifests(String... paths) {
        TreeMap<String, GeneratedFile> expected = new TreeMap<>();
        for (String p : paths) {
            expected.put(p, new GeneratedFile("manifests/" + p, LABELLED + "# " + p + "\n", false));
        }
        return expected;
    }

    /** Every regular file under {@code root}, path → bytes. */
    private static Map<String, byte[]> tree(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return files;
    }

    private static void assertSameTree(Map<String, byte[]> before, Path root) throws IOException {
        Map<String, byte[]> after = tree(root);
        assertEquals(before.keySet(), after.keySet(), "no file was added or removed in " + root);
        before.forEach((path, bytes) -> assertArrayEquals(bytes, after.get(path), path + " is unchanged"));
    }

    // --- the record -------------------------------------------------------------------------------

    @Test
    void theRecordIsSortedLinesOfDigestAndPathAndReadsBackAsWritten() throws IOException {
        OwnershipRecord record = OwnershipRecord.empty().with("services/b/np.yaml", "b".getBytes())
                .with("a.yaml", "a".getBytes());
        record.write(dir);
        String text = Files.readString(dir.resolve(OwnershipRecord.FILE));
        List<String> lines = text.lines().filter(l -> !l.startsWith("#")).toList();
        assertEquals(List.of("ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb  a.yaml",
                "3e23e8160039594a33894f6564e1b1348bbd7a0088d42c4acb73eeaed59c009d  services/b/np.yaml"), lines);
        assertEquals(record, OwnershipRecord.read(dir));
        FileTime old = FileTime.fromMillis(1_000_000L);
        Files.setLastModifiedTime(dir.resolve(OwnershipRecord.FILE), old);
        OwnershipRecord.empty().with("a.yaml", "a".getBytes()).with("services/b/np.yaml", "b".getBytes()).write(dir);
        assertEquals(old, Files.getLastModifiedTime(dir.resolve(OwnershipRecord.FILE)), "an equal record is not rewritten");
    }

    @Test
    void aRecordNamingAPathOutsideTheFolderIsRefusedWithItsLine() throws IOException {
        for (String path : List.of("../outside.yaml", "/etc/passwd", "a//b.yaml", "a/../../b.yaml", "")) {
            Files.writeString(dir.resolve(OwnershipRecord.FILE), "# header\n" + "0".repeat(64) + "  " + path + "\n");
            OwnershipException e = assertThrows(OwnershipException.class, () -> OwnershipRecord.read(dir));
            assertTrue(e.getMessage().contains(OwnershipRecord.FILE + ":2:"), e.getMessage());
        }
    }

    @Test
    void adoptionLooksForTheLabelTheGeneratorWrites() {
        assertEquals(Labels.MANAGED_BY_PLUGIN, new PlatformSettings("shop", "shop",
                true, true, Map.of()).commonLabels().get(Labels.MANAGED_BY));
    }

    // --- the output folder ------------------------------------------------------------------------

    @Test
    void theOutputFolderRecordsEachFileTheWriterWroteWithItsDigest() throws IOException {
        Path out = dir.resolve("out");
        new OutputWriter().write(out, layer("a.yaml", "services/b/np.yaml"));
        OwnershipRecord record = OwnershipRecord.read(out);
        assertEquals(List.of("control-plane/encryption-config.yaml", "manifests/a.yaml", "manifests/services/b/np.yaml"),
                List.copyOf(record.digests().keySet()));
        assertTrue(record.unchanged("manifests/a.yaml", Files.readAllBytes(out.resolve("manifests/a.yaml"))));
        new OutputWriter().replaceFolderStreamed(out, "reports", new TreeMap<>(Map.of("r.txt",
                (OutputWriter.Body) w -> w.write("r\n"))));
        assertTrue(OwnershipRecord.read(out).owns("reports/r.txt"), "a replaced folder's files join the record");
        assertTrue(OwnershipRecord.read(out).owns("manifests/a.yaml"), "the other folders' files stay in it");
        new OutputWriter().write(out, layer("a.yaml"));
        assertFalse(OwnershipRecord.read(out).owns("manifests/services/b/np.yaml"), "a removed file leaves the record");
    }

    @Test
    void aFileTheUserPutIntoAnOwnedOutputFolderStopsTheWriteAndIsKept() throws IOException {
        Path out = dir.resolve("out");
        new OutputWriter().write(out, layer("a.yaml"));
        Files.writeString(out.resolve("manifests/mine.yaml"), "kind: Mine\n");
        Map<String, byte[]> before = tree(out);
        OwnershipException e = assertThrows(OwnershipException.class,
                () -> new OutputWriter().write(out, layer("b.yaml")));
        assertTrue(e.getMessage().contains("manifests/mine.yaml") && e.getMessage().contains("did not write"), e.getMessage());
        assertSameTree(before, out);
        Files.delete(out.resolve("manifests/mine.yaml"));
        Files.createDirectories(out.resolve("helm/chart"));
        Files.writeString(out.resolve("helm/chart/Chart.yaml"), "name: mine\n");
        before = tree(out);
        e = assertThrows(OwnershipException.class, () -> new OutputWriter().write(out, layer("b.yaml")));
        assertTrue(e.getMessage().contains("helm/chart/Chart.yaml"), "a layer without a chart removes no chart it did"
                + " not write: " + e.getMessage());
        assertSameTree(before, out);
    }

    @Test
    void aFolderHoldingTheUsersFoldersIsRefusedAndNothingIsDeletedOrCreated() throws IOException {
        Path out = dir.resolve("mine");
        for (String f : List.of("helm/chart/Chart.yaml", "helm/chart/templates/deployment.yaml", "verify/run.sh",
                "reports/q3.md", "control-plane/kubeadm.yaml", "manifests/app.yaml")) {
            Files.createDirectories(out.resolve(f).getParent());
            Files.writeString(out.resolve(f), "user's " + f + "\n");
        }
        Map<String, byte[]> before = tree(out);
        OwnershipException e = assertThrows(OwnershipException.class,
                () -> new OutputWriter().write(out, layer("a.yaml"))); // formats=kustomize: no helm/ wanted
        assertTrue(e.getMessage().contains("outputDirectory " + out) && e.getMessage().contains("no ownership record"),
                e.getMessage());
        assertThrows(OwnershipException.class, () -> new OutputWriter().replaceFolderStreamed(out, "reports",
                new TreeMap<>(Map.of("r.txt", (OutputWriter.Body) w -> w.write("r\n")))));
        assertSameTree(before, out);
        assertFalse(Files.exists(out.resolve(".lock")), "not even the lock file is created");
    }

    @Test
    void theOutputOfAnEarlierVersionWithoutARecordIsAdoptedAndThenKeptUpToDate() throws IOException {
        Path out = dir.resolve("target/ai-security");
        Map<String, String> earlier = new TreeMap<>(Map.of(
                "manifests/kustomization.yaml", "resources: []\n",
                "manifests/services/gone/network-policy.yaml", "kind: NetworkPolicy\n",
                "manifests/services/a/service-account.yaml", LABELLED,
                "control-plane/encryption-config.yaml", "kind: EncryptionConfiguration\n",
                "helm/shop-security/templates/_helpers.tpl", "{{/* */}}\n",
                "reports/validation.json", "{}\n",
                "verify/verify.sh", "#!/bin/sh\n", ".stamp-123.tmp", "inputs y\n",
                ".generate.stamp", "inputs x\n",
                ".lock", ""));
        for (var e : earlier.entrySet()) {
            Files.createDirectories(out.resolve(e.getKey()).getParent());
            Files.writeString(out.resolve(e.getKey()), e.getValue());
        }
        new OutputWriter().write(out, layer("a.yaml"));
        assertFalse(Files.exists(out.resolve("manifests/services/gone")), "the adopted files are the plugin's to remove");
        assertFalse(Files.exists(out.resolve("helm")));
        assertTrue(OwnershipRecord.read(out).owns("reports/validation.json"), "the folders not rewritten are adopted too");
        assertTrue(OwnershipRecord.read(out).owns("manifests/a.yaml"));
    }

    @Test
    void anAdoptedOutputThatIsUpToDateGetsItsRecord() throws IOException {
        Path out = dir.resolve("out");
        new OutputWriter().write(out, layer("a.yaml"));
        Files.delete(out.resolve(OwnershipRecord.FILE)); // as an earlier version left it
        new OutputWriter().write(out, layer("a.yaml"));
        assertTrue(OwnershipRecord.read(out).owns("manifests/a.yaml"));
    }

    // --- refused places ---------------------------------------------------------------------------

    private Path project() throws IOException {
        Path root = Files.createDirectories(dir.resolve("platform"));
        Files.writeString(root.resolve("pom.xml"), "<project/>\n");
        Files.createDirectories(root.resolve("orders/src/main/resources"));
        Files.writeString(root.resolve("orders/pom.xml"), "<project/>\n");
        Files.writeString(root.resolve("orders/src/main/resources/application.yml"), "server:\n  port: 8081\n");
        Files.createDirectories(root.resolve(".git/refs"));
        Files.writeString(root.resolve(".git/HEAD"), "ref: refs/heads/main\n");
        Files.createDirectories(root.resolve("deploy/k8s"));
        Files.writeString(root.resolve("deploy/k8s/app.yaml"), "kind: Deployment\n");
        return root;
    }

    @Test
    void theProjectItsParentsModulesSourceFoldersAndGitAreRefusedAsEitherFolder() throws IOException {
        Path root = project();
        OwnedFolder.Project project = new OwnedFolder.Project(root, List.of(root.resolve("orders")));
        Map<String, String> places = new TreeMap<>(Map.of(
                "", "is the project root", "..", "is a parent of the project", "orders", "is the folder of a module",
                "orders/src/main/resources", "is a source or resource folder",
                "orders/src/main/java", "is a source or resource folder", "orders/src/test/resources/k8s",
                "is a source or resource folder", ".git", "is inside the .git folder",
                "deploy", "k8s/app.yaml in it was not written by the plugin"));
        Map<String, byte[]> before = tree(dir);
        for (var place : places.entrySet()) {
            Path folder = root.resolve(place.getKey()).normalize();
            for (OwnedFolder.Kind kind : OwnedFolder.Kind.values()) {
                OwnershipException e = assertThrows(OwnershipException.class,
                        () -> OwnedFolder.claim(folder, kind, project), place.getKey());
                assertTrue(e.getMessage().contains(place.getValue()) && e.getMessage().contains("must be a folder the"
                        + " plugin owns"), e.getMessage());
            }
        }
        assertThrows(OwnershipException.class, () -> new DriftCheck(project).publish(
                root.resolve("orders/src/main/resources"), manifests("kustomization.yaml")));
        assertThrows(OwnershipException.class, () -> new OutputWriter(project).write(root, layer("a.yaml")));
        assertSameTree(before, dir);
    }

    @Test
    void withoutKnowingTheProjectAFolderWithAPomOrAGitFolderIsStillRefused() throws IOException {
        Path root = project();
        assertTrue(assertThrows(OwnershipException.class, () -> OwnedFolder.claim(root, OwnedFolder.Kind.OUTPUT,
                OwnedFolder.Project.UNKNOWN)).getMessage().contains("root of a Git repository"));
        assertTrue(assertThrows(OwnershipException.class, () -> OwnedFolder.claim(root.resolve("orders"),
                OwnedFolder.Kind.OUTPUT, OwnedFolder.Project.UNKNOWN)).getMessage().contains("holds a pom.xml"));
    }

    // --- the GitOps copy --------------------------------------------------------------------------

    @Test
    void theGitOpsRecordIsStableIsNoDriftAndOnlyItsFilesAreRemoved() throws IOException {
        Path gitops = dir.resolve("deploy/security");
        new DriftCheck().publish(gitops, manifests("kustomization.yaml", "services/a/np.yaml", "services/b/np.yaml"));
        byte[] record = Files.readAllBytes(gitops.resolve(OwnershipRecord.FILE));
        Files.writeString(gitops.resolve("mine.yaml"), "kind: Mine\n");
        assertTrue(new DriftCheck().compare(gitops, manifests("kustomization.yaml", "services/a/np.yaml",
                "services/b/np.yaml")).isEmpty(), "neither the record nor the user's own file is drift");
        assertTrue(new DriftCheck().publish(gitops, manifests("kustomization.yaml", "services/a/np.yaml",
                "services/b/np.yaml")).isEmpty(), "the same output publishes nothing, the record included");
        assertArrayEquals(record, Files.readAllBytes(gitops.resolve(OwnershipRecord.FILE)));

        List<DriftCheck.Difference> published = new DriftCheck().publish(gitops,
                manifests("kustomization.yaml", "services/a/np.yaml"));
        assertEquals(List.of("services/b/np.yaml", OwnershipRecord.FILE),
                published.stream().map(DriftCheck.Difference::path).toList());
        assertFalse(Files.exists(gitops.resolve("services/b/np.yaml")));
        assertEquals("kind: Mine\n", Files.readString(gitops.resolve("mine.yaml")), "a file it did not write stays");
        assertFalse(OwnershipRecord.read(gitops).owns("services/b/np.yaml"));
    }

    @Test
    void aSyncCutOffHalfwayHasAlreadyRecordedTheFilesItWrote() throws IOException {
        Path gitops = dir.resolve("deploy/security");
        new DriftCheck().publish(gitops, manifests("kustomization.yaml"));
        Files.writeString(gitops.resolve("m"), "a file where the plugin wants a folder\n");
        assertThrows(IOException.class, () -> new DriftCheck().publish(gitops,
                manifests("a.yaml", "kustomization.yaml", "m/n.yaml")));
        assertTrue(Files.exists(gitops.resolve("a.yaml")), "written before the run was cut off");
        Files.delete(gitops.resolve("m"));
        new DriftCheck().publish(gitops, manifests("a.yaml", "kustomization.yaml", "m/n.yaml"));
        assertEquals(List.of("a.yaml", "kustomization.yaml", "m/n.yaml"),
                List.copyOf(OwnershipRecord.read(gitops).digests().keySet()));
    }

    @Test
    void aFileItOwnsEditedByHandIsDriftAndTheSyncOverwritesIt() throws IOException {
        Path gitops = dir.resolve("deploy/security");
        new DriftCheck().publish(gitops, manifests("services/a/np.yaml"));
        Files.writeString(gitops.resolve("services/a/np.yaml"), "edited: true\n");
        assertEquals(List.of("differs from what would be generated: services/a/np.yaml"),
                new DriftCheck().compare(gitops, manifests("services/a/np.yaml")).stream().map(Object::toString).toList());
        new DriftCheck().publish(gitops, manifests("services/a/np.yaml"));
        assertEquals(LABELLED + "# services/a/np.yaml\n", Files.readString(gitops.resolve("services/a/np.yaml")));
    }

    @Test
    void aFileItDidNotWriteWhereItWouldWriteIsAnErrorNamingItAndIsKept() throws IOException {
        Path gitops = dir.resolve("deploy/security");
        new DriftCheck().publish(gitops, manifests("services/a/np.yaml"));
        Files.createDirectories(gitops.resolve("services/b"));
        Files.writeString(gitops.resolve("services/b/np.yaml"), "kind: Mine\n");
        Map<String, byte[]> before = tree(gitops);
        for (boolean check : new boolean[] {true, false}) {
            OwnershipException e = assertThrows(OwnershipException.class, () -> {
                if (check) {
                    new DriftCheck().compare(gitops, manifests("services/a/np.yaml", "services/b/np.yaml"));
                } else {
                    new DriftCheck().publish(gitops, manifests("services/a/np.yaml", "services/b/np.yaml"));
                }
            });
            assertTrue(e.getMessage().contains("holds services/b/np.yaml, which the plugin did not write"), e.getMessage());
        }
        assertSameTree(before, gitops);
    }

    @Test
    void aGitOpsFolderWithOtherYamlAndNoRecordIsRefusedAndNothingDeleted() throws IOException {
        Path folder = dir.resolve("resources");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("application.yml"), "spring:\n  application:\n    name: orders\n");
        Files.writeString(folder.resolve("logback.yaml"), "level: info\n");
        Map<String, byte[]> before = tree(folder);
        OwnershipException e = assertThrows(OwnershipException.class,
                () -> new DriftCheck().publish(folder, manifests("kustomization.yaml")));
        assertTrue(e.getMessage().contains("checkDirectory must be a folder the plugin owns, e.g. deploy/security")
                && e.getMessage().contains("application.yml"), e.getMessage());
        assertSameTree(before, folder);
    }

    @Test
    void aCommittedCopyWithoutARecordIsAdoptedByLabelOrLayerFileName() throws IOException {
        Path gitops = Files.createDirectories(dir.resolve("deploy/security/services/a"));
        gitops = gitops.getParent().getParent();
        Files.writeString(gitops.resolve("README.md"), "GitOps copy\n");
        Files.writeString(gitops.resolve("kustomization.yaml"), "resources: []\n");
        Files.writeString(gitops.resolve("services/a/service-account.yaml"), LABELLED);
        Files.writeString(gitops.resolve("services/a/network-policy.yaml"), "kind: NetworkPolicy\n");
        Map<String, byte[]> before = tree(gitops);
        List<DriftCheck.Difference> drift = new DriftCheck().compare(gitops, manifests("kustomization.yaml"));
        assertEquals(List.of("differs from what would be generated: kustomization.yaml",
                "no longer generated: services/a/network-policy.yaml",
                "no longer generated: services/a/service-account.yaml"), drift.stream().map(Object::toString).toList());
        assertSameTree(before, gitops); // a check writes nothing, not even the record
        new DriftCheck().publish(gitops, manifests("kustomization.yaml"));
        assertEquals(List.of("kustomization.yaml"), List.copyOf(OwnershipRecord.read(gitops).digests().keySet()));
        assertTrue(Files.exists(gitops.resolve("README.md")));
        assertFalse(Files.exists(gitops.resolve("services/a/network-policy.yaml")));
    }

    @Test
    void aCommittedCopyWhoseFilesStartWithTheGeneratedHeaderIsAdoptedByItsLabel() throws IOException {
        Path gitops = Files.createDirectories(dir.resolve("deploy/security/services/a")).getParent().getParent();
        GeneratedHeader header = new GeneratedHeader("com.example:shop");
        Files.writeString(gitops.resolve("services/a/role.yaml"), header.headed(LABELLED)); // not a layer file name
        Files.writeString(gitops.resolve("services/a/hand-written.yaml"), header.headed("kind: ConfigMap\n"));
        assertThrows(OwnershipException.class, () -> new DriftCheck().compare(gitops, manifests("kustomization.yaml")),
                "the header alone is no claim: a file without the label is someone else's");
        Files.delete(gitops.resolve("services/a/hand-written.yaml"));
        assertEquals(List.of("missing (would be generated): kustomization.yaml",
                "no longer generated: services/a/role.yaml"),
                new DriftCheck().compare(gitops, manifests("kustomization.yaml")).stream().map(Object::toString).toList());
    }

    // --- the journal ------------------------------------------------------------------------------

    @Test
    void aJournalNamingAnythingButAFolderInsideTheOutputIsRefusedAndNothingMoves() throws IOException {
        Path out = dir.resolve("out");
        new OutputWriter().write(out, layer("a.yaml"));
        Path victim = Files.createDirectories(dir.resolve("victim"));
        Files.writeString(victim.resolve("data.txt"), "precious\n");
        Files.createDirectories(out.resolve(".staging-1"));
        Files.createDirectories(out.resolve("docs"));
        Files.writeString(out.resolve("docs/notes.md"), "the user's own folder beside the layer\n");
        Map<String, byte[]> victimBefore = tree(victim);
        for (String journal : List.of("staging .staging-1\npresent ../victim\n",
                "staging .staging-1\nabsent " + victim + "\n", "staging ../victim\npresent manifests\n",
                "staging .staging-1\npresent manifests/sub\n", "staging .staging-1\npresent ..\n",
                "staging .staging-1\npresent \n", "staging .staging-1\nabsent a\\b\n",
                "staging " + victim + "\n", "staging .staging-1\nmove manifests\n", "",
                "staging .staging-1\npresent docs\n")) {
            Files.writeString(out.resolve(OutputWriter.JOURNAL), journal);
            Map<String, byte[]> outBefore = tree(out);
            OwnershipException e = assertThrows(OwnershipException.class, () -> OutputWriter.settle(out), journal);
            assertTrue(e.getMessage().contains(OutputWriter.JOURNAL) && e.getMessage().contains("nothing was moved"),
                    e.getMessage());
            assertThrows(OwnershipException.class, () -> new OutputWriter().write(out, layer("b.yaml")), journal);
            assertSameTree(outBefore, out);
            assertSameTree(victimBefore, victim);
        }
    }
}
