package io.aiplatform.security.core.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aiplatform.security.core.support.DeepFolders;
import io.aiplatform.security.core.support.YamlBombs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Inputs larger than any Kubernetes object are refused before the YAML parser spends minutes on them. */
class ManifestLoaderTest {

    @TempDir
    Path dir;

    private Finding only(String text) throws Exception {
        Path file = dir.resolve("big.yaml");
        Files.writeString(file, text);
        ManifestLoader.Result result = new ManifestLoader(dir).load(List.of(file));
        assertEquals(1, result.findings().size(), result.findings().toString());
        assertTrue(result.manifests().isEmpty());
        return result.findings().get(0);
    }

    @Test
    void aHugeValueIsRefusedWithItsLineBeforeParsing() throws Exception {
        String text = "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: big}\ndata:\n  blob: "
                + "x".repeat(2 * 1024 * 1024) + "\n";
        Finding f = only(text);
        assertEquals(5, f.line());
        assertTrue(f.message().contains("characters long") && f.message().contains("1.5 MiB"), f.message());
    }

    @Test
    void aHugeDocumentIsRefusedButAHugeListIsNot() throws Exception {
        StringBuilder doc = new StringBuilder("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: big}\ndata:\n");
        for (int i = 0; i < 80_000; i++) {
            doc.append("  k").append(i).append(": ").append("v".repeat(40)).append('\n');
        }
        Finding f = only("---\n" + doc);
        assertEquals(2, f.line(), "the line the document starts on");
        assertTrue(f.message().contains("a Kubernetes object is at most about 1.5 MiB"), f.message());

        StringBuilder list = new StringBuilder("apiVersion: v1\nkind: List\nitems:\n");
        for (int i = 0; i < 40_000; i++) {
            list.append("  - {apiVersion: v1, kind: ServiceAccount, metadata: {name: sa-").append(i)
                    .append(", namespace: app}}\n");
        }
        Path file = dir.resolve("list.yaml");
        Files.writeString(file, list);
        ManifestLoader.Result result = new ManifestLoader(dir).load(List.of(file));
        assertTrue(result.findings().isEmpty(), result.findings().toString());
        assertEquals(40_000, result.manifests().size());
    }

    @Test
    void invalidUtf8NamesItsLine() throws Exception {
        Path file = dir.resolve("latin1.yaml");
        byte[] head = "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata: {k: \"".getBytes();
        byte[] bytes = new byte[head.length + 3];
        System.arraycopy(head, 0, bytes, 0, head.length);
        bytes[head.length] = (byte) 0xE9;
        bytes[head.length + 1] = '"';
        bytes[head.length + 2] = '}';
        Files.write(file, bytes);
        ManifestLoader.Result result = new ManifestLoader(dir).load(List.of(file));
        assertEquals(4, result.findings().get(0).line());
    }

    @Test
    void filesParsedInParallelComeBackInFileOrderWithTheirFindings() throws Exception {
        int files = 300; // several parallel tasks
        for (int i = 0; i < files; i++) {
            String name = String.format("f%03d.yaml", i);
            String text = i == 137 ? "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: [\n"
                    : "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c" + i + "}\n---\napiVersion: v1\n"
                    + "kind: ServiceAccount\nmetadata: {name: sa" + i + "}\n";
            Files.writeString(dir.resolve(name), text);
        }
        ManifestLoader.Result result = new ManifestLoader(dir).load(List.of(dir));
        assertEquals(files, result.files());
        assertEquals(2 * (files - 1), result.manifests().size());
        for (int i = 0, m = 0; i < files; i++) {
            if (i == 137) {
                continue;
            }
            assertEquals(Path.of(String.format("f%03d.yaml", i)), result.manifests().get(m).file());
            assertEquals("c" + i, result.manifests().get(m++).name());
            assertEquals(5, result.manifests().get(m).line());
            assertEquals("sa" + i, result.manifests().get(m++).name());
        }
        assertEquals(1, result.findings().size(), result.findings().toString());
        assertEquals(Path.of("f137.yaml"), result.findings().get(0).file());
        assertEquals(result, new ManifestLoader(dir).load(List.of(dir)), "the same result on every run");
    }

    @Test
    void anAliasBombIsAFindingAtTheAliasThatPassesTheBound() throws Exception {
        String bomb = "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: bomb}\ndata:\n  x: y\nbomb:\n"
                + YamlBombs.laughs().replaceAll("(?m)^", "  ");
        Finding f = only(bomb);
        assertEquals("PARSE", f.ruleId());
        assertEquals(17, f.line(), f.toString());
        assertTrue(f.message().contains("stand for more than 200000 values once expanded"), f.message());
    }

    @Test
    void manyAliasesThatStandForLittleAreRead() throws Exception {
        StringBuilder text = new StringBuilder("apiVersion: v1\nkind: List\nitems:\n"
                + "  - &cm {apiVersion: v1, kind: ConfigMap, metadata: {name: shared}, data: {a: b}}\n");
        for (int i = 0; i < 60; i++) {
            text.append("  - *cm\n"); // more than the 50 aliases once refused by count
        }
        Path file = dir.resolve("many.yaml");
        Files.writeString(file, text);
        ManifestLoader.Result result = new ManifestLoader(dir).load(List.of(file));
        assertEquals(List.of(), result.findings());
        assertEquals(61, result.manifests().size());
    }

    @Test
    void aFolderTooDeepForTheSystemIsAFindingNamingItNotACrash() throws Exception {
        Path deep = DeepFolders.make(dir, "deep", "x.yaml");
        try {
            ManifestLoader.Result result = new ManifestLoader(dir).load(List.of(dir));
            assertEquals(1, result.findings().size(), result.findings().toString());
            Finding f = result.findings().get(0);
            assertTrue(f.file().toString().startsWith("deep/" + DeepFolders.FOLDER + "/"), f.file().toString());
            assertTrue(f.message().contains("File name too long") && f.message().contains("not validated"), f.message());
        } finally {
            DeepFolders.remove(deep);
        }
    }
}
