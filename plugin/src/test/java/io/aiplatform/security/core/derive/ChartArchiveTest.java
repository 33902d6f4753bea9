package io.aiplatform.security.core.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A packaged chart unpacks into the folder it names, its files only, and never outside the folder. */
class ChartArchiveTest {

    @TempDir
    Path dir;

    /** A tar entry as Go's archive/tar writes one (ustar; the checksum is not checked by the reader). */
    static void entry(OutputStream tar, String name, char type, byte[] body) throws IOException {
        byte[] header = new byte[512];
        put(header, 0, name);
        put(header, 100, "0000644");
        put(header, 124, String.format("%011o", body.length));
        header[156] = (byte) type;
        put(header, 257, "ustar");
        tar.write(header);
        tar.write(body);
        tar.write(new byte[(512 - body.length % 512) % 512]);
    }

    private static void put(byte[] header, int at, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        System.arraycopy(bytes, 0, header, at, bytes.length);
    }

    /** A gzipped tar of {@code entries} (name, text pairs; a name ending in / is a folder). */
    static void tgz(Path file, String... entries) throws IOException {
        ByteArrayOutputStream tar = new ByteArrayOutputStream();
        for (int i = 0; i < entries.length; i += 2) {
            boolean folder = entries[i].endsWith("/");
            entry(tar, entries[i], folder ? '5' : '0', entries[i + 1].getBytes(StandardCharsets.UTF_8));
        }
        tar.write(new byte[1024]);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            tar.writeTo(out);
        }
    }

    @Test
    void theChartsFilesAreWrittenBelowTheFolderUnderTheirNames() throws Exception {
        tgz(dir.resolve("db-1.0.0.tgz"), "db/", "", "db/Chart.yaml", "name: db\n",
                "db/charts/common/templates/_secrets.tpl", "{{ lookup \"v1\" \"Secret\" \"n\" \"s\" }}\n");
        ChartArchive.unpack(dir.resolve("db-1.0.0.tgz"), dir.resolve("charts"));
        assertEquals("name: db\n", Files.readString(dir.resolve("charts/db/Chart.yaml")));
        assertEquals("{{ lookup \"v1\" \"Secret\" \"n\" \"s\" }}\n",
                Files.readString(dir.resolve("charts/db/charts/common/templates/_secrets.tpl")));
    }

    @Test
    void aPaxPathRecordNamesTheNextEntry() throws Exception {
        String longName = "db/templates/" + "a".repeat(120) + ".yaml";
        String record = " path=" + longName + "\n";
        record = (record.length() + 3) + record;
        ByteArrayOutputStream tar = new ByteArrayOutputStream();
        entry(tar, "PaxHeaders/x", 'x', record.getBytes(StandardCharsets.UTF_8));
        entry(tar, "db/templates/truncated", '0', "kind: Service\n".getBytes(StandardCharsets.UTF_8));
        tar.write(new byte[1024]);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve("db.tgz")))) {
            tar.writeTo(out);
        }
        ChartArchive.unpack(dir.resolve("db.tgz"), dir.resolve("out"));
        assertEquals("kind: Service\n", Files.readString(dir.resolve("out").resolve(longName)));
        assertFalse(Files.exists(dir.resolve("out/db/templates/truncated")));
    }

    @Test
    void anEntryLeavingTheFolderOrALinkIsNotWritten() throws Exception {
        ByteArrayOutputStream tar = new ByteArrayOutputStream();
        entry(tar, "../escaped.yaml", '0', "x".getBytes(StandardCharsets.UTF_8));
        entry(tar, "db/link", '2', new byte[0]);
        entry(tar, "db/Chart.yaml", '0', "name: db\n".getBytes(StandardCharsets.UTF_8));
        tar.write(new byte[1024]);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve("db.tgz")))) {
            tar.writeTo(out);
        }
        ChartArchive.unpack(dir.resolve("db.tgz"), dir.resolve("charts"));
        assertFalse(Files.exists(dir.resolve("escaped.yaml")));
        assertFalse(Files.exists(dir.resolve("charts/db/link")));
        assertTrue(Files.isRegularFile(dir.resolve("charts/db/Chart.yaml")));
    }

    @Test
    void aTruncatedArchiveIsAnIOExceptionNotAStackOverflowOrAHang() throws Exception {
        ByteArrayOutputStream tar = new ByteArrayOutputStream();
        byte[] header = new byte[512];
        put(header, 0, "db/Chart.yaml");
        put(header, 124, String.format("%011o", 4096));
        header[156] = '0';
        tar.write(header);
        tar.write(new byte[100]);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve("db.tgz")))) {
            tar.writeTo(out);
        }
        assertThrows(IOException.class, () -> ChartArchive.unpack(dir.resolve("db.tgz"), dir.resolve("charts")));
    }
    @Test
    void aGnuLongNameNamesTheNextEntry() throws Exception {
        String longName = "db/templates/" + "b".repeat(110) + ".yaml";
        ByteArrayOutputStream tar = new ByteArrayOutputStream();
        entry(tar, "././@LongLink", 'L', (longName + "\0").getBytes(StandardCharsets.UTF_8));
        entry(tar, "db/templates/cut", '0', "kind: Secret\n".getBytes(StandardCharsets.UTF_8));
        tar.write(new byte[1024]);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve("db.tgz")))) {
            tar.writeTo(out);
        }
        ChartArchive.unpack(dir.resolve("db.tgz"), dir.resolve("out"));
        assertEquals("kind: Secret\n", Files.readString(dir.resolve("out").resolve(longName)));
    }

    @Test
    void anArchiveClaimingMoreThanTheLimitIsRefusedBeforeItIsRead() throws Exception {
        ByteArrayOutputStream tar = new ByteArrayOutputStream();
        byte[] header = new byte[512];
        put(header, 0, "db/huge.yaml");
        put(header, 124, String.format("%011o", ChartArchive.MAX_BYTES + 1));
        header[156] = '0';
        tar.write(header);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve("db.tgz")))) {
            tar.writeTo(out);
        }
        IOException refused = assertThrows(IOException.class,
                () -> ChartArchive.unpack(dir.resolve("db.tgz"), dir.resolve("out")));
        assertEquals("the archive db.tgz unpacks to more than 67108864 bytes", refused.getMessage());
        assertFalse(Files.exists(dir.resolve("out/db/huge.yaml")));
    }
}
