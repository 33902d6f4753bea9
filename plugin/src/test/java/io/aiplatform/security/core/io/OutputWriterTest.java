package io.aiplatform.security.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputWriterTest {

    @TempDir
    Path out;

    private static SecurityLayer layer(String... manifests) {
        List<GeneratedFile> files = new ArrayList<>();
        for (String m : manifests) {
            files.add(new GeneratedFile("manifests/" + m, "kind: " + m + "\n", false));
        }
        files.add(new GeneratedFile("control-plane/encryption-config.yaml", "secret: s\n", true));
        return new SecurityLayer(files);
    }

    @Test
    void removesFilesOfServicesThatNoLongerExist() throws IOException {
        new OutputWriter().write(out, layer("services/a/np.yaml", "services/b/np.yaml"));
        new OutputWriter().write(out, layer("services/a/np.yaml"));
        assertTrue(Files.exists(out.resolve("manifests/services/a/np.yaml")));
        assertFalse(Files.exists(out.resolve("manifests/services/b")));
        try (Stream<Path> s = Files.list(out)) {
            assertEquals(List.of("control-plane", "manifests"), s.map(p -> p.getFileName().toString()).filter(n -> !n.equals(".lock") && !n.equals(OwnershipRecord.FILE)).sorted().toList(),
                    "no staging or backup folder is left behind");
        }
    }

    @Test
    void keyFilesAreOwnerOnly() throws IOException {
        new OutputWriter().write(out, layer("x.yaml"));
        assertEquals("rw-------", PosixFilePermissions.toString(
                Files.getPosixFilePermissions(out.resolve("control-plane/encryption-config.yaml"))));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(out.resolve("control-plane"))));
    }

    @Test
    void theVerificationScriptIsExecutableAndARunRestoresItsExecuteBit() throws IOException {
        List<GeneratedFile> files = new ArrayList<>(layer("x.yaml").files());
        files.add(new GeneratedFile("verify/verify.sh", "#!/bin/sh\necho ok\n", false));
        SecurityLayer withKit = new SecurityLayer(files);
        new OutputWriter().write(out, withKit);
        Path script = out.resolve("verify/verify.sh");
        assertTrue(Files.isExecutable(script), PosixFilePermissions.toString(Files.getPosixFilePermissions(script)));
        assertFalse(Files.isExecutable(out.resolve("manifests/x.yaml")));
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rw-r--r--"));
        new OutputWriter().write(out, withKit);
        assertTrue(Files.isExecutable(out.resolve("verify/verify.sh")), "a script without its execute bit is rewritten");
    }

    @Test
    void aFailedRunLeavesThePreviousOutputIntact() throws IOException {
        new OutputWriter().write(out, layer("services/a/np.yaml"));
        // a file and a folder of the same name cannot both be written: the run fails while staging
        SecurityLayer broken = new SecurityLayer(List.of(
                new GeneratedFile("manifests/services", "x", false),
                new GeneratedFile("manifests/services/b/np.yaml", "y", false)));
        assertThrows(IOException.class, () -> new OutputWriter().write(out, broken));
        assertEquals("kind: services/a/np.yaml\n", Files.readString(out.resolve("manifests/services/a/np.yaml")));
        try (Stream<Path> s = Files.list(out)) {
            assertTrue(s.noneMatch(p -> p.getFileName().toString().startsWith(".staging")));
        }
    }

    @Test
    void aRebuildWithTheSameOutputTouchesNothing() throws Exception {
        new OutputWriter().write(out, layer("services/a/np.yaml"));
        Path file = out.resolve("manifests/services/a/np.yaml");
        FileTime before = FileTime.fromMillis(1_000_000L);
        Files.setLastModifiedTime(file, before);
        new OutputWriter().write(out, layer("services/a/np.yaml"));
        assertEquals(before, Files.getLastModifiedTime(file), "unchanged output is not rewritten");
        Files.writeString(file, "tampered\n");
        new OutputWriter().write(out, layer("services/a/np.yaml"));
        assertEquals("kind: services/a/np.yaml\n", Files.readString(file), "changed output is rewritten");
        Files.setPosixFilePermissions(out.resolve("control-plane/encryption-config.yaml"), PosixFilePermissions.fromString("rw-r--r--"));
        new OutputWriter().write(out, layer("services/a/np.yaml"));
        assertEquals("rw-------", PosixFilePermissions.toString(
                Files.getPosixFilePermissions(out.resolve("control-plane/encryption-config.yaml"))));
    }

    @Test
    void aChartThatIsNoLongerWantedDisappearsAndAnUnchangedOneIsNotRewritten() throws Exception {
        List<GeneratedFile> withChart = new ArrayList<>(layer("services/a/np.yaml").files());
        withChart.add(new GeneratedFile("helm/p-security/Chart.yaml", "name: p-security\n", false));
        new OutputWriter().write(out, new SecurityLayer(withChart));
        Path chart = out.resolve("helm/p-security/Chart.yaml");
        FileTime before = FileTime.fromMillis(1_000_000L);
        Files.setLastModifiedTime(chart, before);
        new OutputWriter().write(out, new SecurityLayer(withChart));
        assertEquals(before, Files.getLastModifiedTime(chart), "the same layer with a chart is up to date");

        Path manifest = out.resolve("manifests/services/a/np.yaml");
        Files.setLastModifiedTime(manifest, before);
        new OutputWriter().write(out, layer("services/a/np.yaml"));
        assertFalse(Files.exists(out.resolve("helm")), "the chart of an earlier run is removed");
        new OutputWriter().write(out, layer("services/a/np.yaml"));
        Files.setLastModifiedTime(manifest, before);
        new OutputWriter().write(out, layer("services/a/np.yaml"));
        assertEquals(before, Files.getLastModifiedTime(manifest), "no chart wanted and none there: up to date");
    }

    private static SecurityLayer withChart(String version) {
        return new SecurityLayer(List.of(
                new GeneratedFile("manifests/np.yaml", "version: " + version + "\n", false),
                new GeneratedFile("control-plane/encryption-config.yaml", "secret: " + version + "\n", true),
                new GeneratedFile("helm/chart/Chart.yaml", "version: " + version + "\n", false)));
    }

    private void assertWholeLayer(String version) throws IOException {
        assertEquals("version: " + version + "\n", Files.readString(out.resolve("manifests/np.yaml")));
        assertEquals("secret: " + version + "\n", Files.readString(out.resolve("control-plane/encryption-config.yaml")));
        assertEquals("version: " + version + "\n", Files.readString(out.resolve("helm/chart/Chart.yaml")));
    }

    @Test
    void aSwitchCutOffBetweenTwoFoldersIsFinishedBeforeAnythingReadsTheOutput() throws IOException {
        new OutputWriter().write(out, withChart("1"));
        OutputWriter killedAfterManifests = new OutputWriter(folder -> {
            if (folder.equals("manifests")) {
                throw new IOException("killed");
            }
        });
        assertThrows(IOException.class, () -> killedAfterManifests.write(out, withChart("2")));
        assertTrue(OutputWriter.switchOpen(out), "the journal says the switch is open");
        assertEquals("secret: 1\n", Files.readString(out.resolve("control-plane/encryption-config.yaml")), "a mix on disk");

        OutputWriter.settle(out); // what validate-security does before it reads
        assertFalse(OutputWriter.switchOpen(out));
        assertWholeLayer("2");
        assertEquals(List.of("control-plane", "helm", "manifests"), names(out),
                "no staging folder (with its copy of the key) and no replaced folder is left");
    }

    @Test
    void theNextRunFinishesAnInterruptedSwitchAndThenWritesItsOwnLayer() throws IOException {
        new OutputWriter().write(out, withChart("1"));
        OutputWriter killed = new OutputWriter(folder -> {
            if (folder.equals("control-plane")) {
                throw new IOException("killed");
            }
        });
        assertThrows(IOException.class, () -> killed.write(out, withChart("2")));
        new OutputWriter().write(out, withChart("3"));
        assertWholeLayer("3");
        assertFalse(OutputWriter.switchOpen(out));
    }

    @Test
    void leftoverStagingFoldersAndTheirKeyCopiesAreRemovedByTheNextRun() throws IOException {
        new OutputWriter().write(out, withChart("1"));
        for (int i = 0; i < 3; i++) {
            Path stale = Files.createDirectories(out.resolve(".staging-" + i + "/control-plane"));
            Files.writeString(stale.resolve("encryption-config.yaml"), "secret: old key\n");
        }
        Files.createDirectories(out.resolve(".manifests.old/services"));
        new OutputWriter().write(out, withChart("2"));
        assertEquals(List.of("control-plane", "helm", "manifests"), names(out));
        new OutputWriter().replaceFolderStreamed(out, "reports", new TreeMap<>(Map.of("a.txt",
                w -> w.write("a\n"))));
        assertTrue(Files.exists(out.resolve("reports/a.txt")));
    }

    @Test
    void aStreamedFolderIsSwappedInWholeOrNotAtAll() throws IOException {
        TreeMap<String, OutputWriter.Body> first = new TreeMap<>();
        first.put("a.txt", w -> w.write("one\n"));
        first.put("deep/b.txt", w -> w.write("x".repeat(100_000)));
        new OutputWriter().replaceFolderStreamed(out, "reports", first);
        assertEquals("x".repeat(100_000), Files.readString(out.resolve("reports/deep/b.txt")));

        TreeMap<String, OutputWriter.Body> failing = new TreeMap<>();
        failing.put("a.txt", w -> w.write("two\n"));
        failing.put("deep/b.txt", w -> {
            w.write("half");
            throw new IOException("disk full");
        });
        assertThrows(IOException.class, () -> new OutputWriter().replaceFolderStreamed(out, "reports", failing));
        assertEquals("one\n", Files.readString(out.resolve("reports/a.txt")), "the old folder stays whole");
        assertEquals("x".repeat(100_000), Files.readString(out.resolve("reports/deep/b.txt")));
        assertEquals(List.of("reports"), names(out), "no staging folder is left behind");
    }

    /** The entries of the output folder, hidden ones included, the lock file and the ownership record aside. */
    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> !n.equals(".lock") && !n.equals(OwnershipRecord.FILE))
                    .sorted().toList();
        }
    }
}
