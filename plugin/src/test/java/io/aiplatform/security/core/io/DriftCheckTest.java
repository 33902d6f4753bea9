package io.aiplatform.security.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DriftCheckTest {

    @TempDir
    Path dir;

    @Test
    void listsEachDifferingFileAndPublishFixesThem() throws Exception {
        TreeMap<String, GeneratedFile> expected = new TreeMap<>();
        expected.put("a.yaml", new GeneratedFile("manifests/a.yaml", "a: 1\n", false));
        expected.put("services/b/np.yaml", new GeneratedFile("manifests/services/b/np.yaml", "b: 1\n", false));
        Files.writeString(dir.resolve("a.yaml"), "a: 2\n");
        Files.writeString(dir.resolve("old.yaml"), "old: 1\n");
        Files.writeString(dir.resolve("README.md"), "not managed\n");
        owned("a.yaml", "old.yaml");

        List<DriftCheck.Difference> diff = new DriftCheck().compare(dir, expected);
        assertEquals(List.of("differs from what would be generated: a.yaml", "no longer generated: old.yaml",
                "missing (would be generated): services/b/np.yaml"), diff.stream().map(Object::toString).toList());

        assertEquals(List.of("a.yaml", "old.yaml", "services/b/np.yaml", OwnershipRecord.FILE),
                new DriftCheck().publish(dir, expected).stream().map(DriftCheck.Difference::path).toList());
        assertTrue(new DriftCheck().compare(dir, expected).isEmpty());
        assertTrue(Files.exists(dir.resolve("README.md")), "files other than YAML are left alone");
    }

    @Test
    void eachDifferenceCarriesAUnifiedDiffFromTheTrackedCopyToTheGeneratedFile() throws Exception {
        TreeMap<String, GeneratedFile> expected = new TreeMap<>();
        expected.put("a.yaml", new GeneratedFile("manifests/a.yaml", "kind: A\nport: 8080\nname: a\n", false));
        expected.put("new.yaml", new GeneratedFile("manifests/new.yaml", "kind: New\n", false));
        Files.writeString(dir.resolve("a.yaml"), "kind: A\nport: 9090\nname: a\n");
        Files.writeString(dir.resolve("old.yaml"), "kind: Old\n");
        owned("a.yaml", "old.yaml");

        List<DriftCheck.Difference> diff = new DriftCheck().compare(dir, expected);
        assertEquals(List.of("--- a/a.yaml", "+++ b/a.yaml", "@@ -1,3 +1,3 @@", " kind: A", "-port: 9090", "+port: 8080",
                " name: a"), diff.get(0).diff());
        assertEquals(List.of("--- /dev/null", "+++ b/new.yaml", "@@ -1,0 +1,1 @@", "+kind: New"), diff.get(1).diff());
        assertEquals(List.of("--- a/old.yaml", "+++ /dev/null", "@@ -1,1 +1,0 @@", "-kind: Old"), diff.get(2).diff());
        assertEquals(List.of("changed", "added", "removed"),
                diff.stream().map(d -> d.kind().published()).toList());
    }

    /** Writes a record saying the plugin wrote these files of the folder (as they are now). */
    private void owned(String... paths) throws IOException {
        OwnershipRecord record = OwnershipRecord.empty();
        for (String p : paths) {
            record = record.with(p, Files.readAllBytes(dir.resolve(p)));
        }
        record.write(dir);
    }

    @Test
    void aLongDiffIsCutAndTheRestCounted() throws Exception {
        StringBuilder big = new StringBuilder();
        for (int i = 0; i < 100; i++) {
            big.append("line").append(i).append('\n');
        }
        TreeMap<String, GeneratedFile> expected = new TreeMap<>();
        expected.put("big.yaml", new GeneratedFile("manifests/big.yaml", big.toString(), false));

        List<String> diff = new DriftCheck().compare(dir, expected).get(0).diff();
        assertEquals(DriftCheck.MAX_DIFF_LINES + 1, diff.size());
        assertEquals("... " + (103 - DriftCheck.MAX_DIFF_LINES) + " more line(s) of diff", diff.get(diff.size() - 1));
    }
}
