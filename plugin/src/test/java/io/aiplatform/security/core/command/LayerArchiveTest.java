package io.aiplatform.security.core.command;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LayerArchiveTest {

    @TempDir
    Path dir;

    @Test
    void theSameManifestsGiveTheSameBytesWhateverTheOrderAndTimeTheyWereWritten() throws IOException {
        Path a = dir.resolve("a/manifests");
        write(a, "rbac/orders.yaml", "kind: Role\n");
        write(a, "kustomization.yaml", "resources: []\n");
        write(a, "network-policies/orders.yaml", "kind: NetworkPolicy\n");
        Path b = dir.resolve("b/manifests");
        write(b, "network-policies/orders.yaml", "kind: NetworkPolicy\n");
        write(b, "kustomization.yaml", "resources: []\n");
        write(b, "rbac/orders.yaml", "kind: Role\n");
        Files.setLastModifiedTime(b.resolve("rbac/orders.yaml"), java.nio.file.attribute.FileTime.fromMillis(0));
        LayerArchive.write(a, dir.resolve("a.zip"));
        LayerArchive.write(b, dir.resolve("b.zip"));
        assertArrayEquals(Files.readAllBytes(dir.resolve("a.zip")), Files.readAllBytes(dir.resolve("b.zip")));
        List<String> names = new ArrayList<>();
        try (InputStream in = Files.newInputStream(dir.resolve("a.zip")); ZipInputStream z = new ZipInputStream(in)) {
            for (ZipEntry e = z.getNextEntry(); e != null; e = z.getNextEntry()) {
                names.add(e.getName());
                assertEquals(LocalDateTime.of(1980, 1, 1, 0, 0), e.getTimeLocal(), e.getName());
            }
        }
        assertEquals(List.of("manifests/kustomization.yaml", "manifests/network-policies/orders.yaml",
                "manifests/rbac/orders.yaml"), names);
    }

    @Test
    void noManifestsNoArchive() throws IOException {
        Files.createDirectories(dir.resolve("manifests"));
        assertFalse(LayerArchive.write(dir.resolve("manifests"), dir.resolve("layer.zip")));
        assertFalse(LayerArchive.write(dir.resolve("absent"), dir.resolve("layer.zip")));
        assertFalse(Files.exists(dir.resolve("layer.zip")));
    }

    private static void write(Path root, String path, String text) throws IOException {
        Files.createDirectories(root.resolve(path).getParent());
        Files.writeString(root.resolve(path), text);
    }
}
