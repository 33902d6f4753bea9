package io.aiplatform.security.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aiplatform.security.core.generate.GeneratedFile;
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

        List<DriftCheck.Difference> diff = new DriftCheck().compare(dir, expected);
        assertEquals(List.of("differs from what would be generated: a.yaml", "no longer generated: old.yaml",
                "missing (would be generated): services/b/np.yaml"), diff.stream().map(Object::toString).toList());

        assertEquals(3, new DriftCheck().publish(dir, expected).size());
        assertTrue(new DriftCheck().compare(dir, expected).isEmpty());
        assertTrue(Files.exists(dir.resolve("README.md")), "files other than YAML are left alone");
    }
}
