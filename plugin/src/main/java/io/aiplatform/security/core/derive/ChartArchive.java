package io.aiplatform.security.core.derive;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * A packaged chart ({@code charts/postgresql-12.1.2.tgz}, as {@code helm dependency build} or
 * {@code helm package} writes it: a gzipped tar whose entries start with the chart's name) unpacked into a
 * folder, so that its templates can be read and rewritten like a chart folder's. Only regular files and
 * folders are written (links and devices are skipped), every path stays inside the folder, and an archive
 * larger than {@link #MAX_BYTES} unpacked is refused. Names come from the ustar header (with its prefix), a
 * PAX {@code path} record or a GNU long name, as Go's {@code archive/tar} (Helm's) writes them.
 */
final class ChartArchive {

    /** The most an archive may unpack to; a chart is a few hundred kilobytes. */
    static final long MAX_BYTES = 64L * 1024 * 1024;

    private static final int BLOCK = 512;

    private ChartArchive() {
    }

    /** Unpacks the chart archive {@code tgz} into {@code folder}. */
    static void unpack(Path tgz, Path folder) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(tgz))) {
            long total = 0;
            String longName = null;
            byte[] header = new byte[BLOCK];
            while (readBlock(in, header) && !empty(header)) {
                long size = octal(header, 124, 12);
                total += size;
                if (size < 0 || total > MAX_BYTES) {
                    throw new IOException("the archive " + tgz.getFileName() + " unpacks to more than " + MAX_BYTES
                            + " bytes");
                }
                char type = (char) header[156];
                byte[] body = read(in, size);
                skip(in, (BLOCK - size % BLOCK) % BLOCK);
                if (type == 'x') {
                    longName = paxPath(body, longName);
                } else if (type == 'L') {
                    longName = cString(body, 0, body.length);
                } else {
                    String name = longName != null ? longName : name(header);
                    longName = null;
                    write(folder, name, type, body);
                }
            }
        }
    }

    private static void write(Path folder, String name, char type, byte[] body) throws IOException {
        Path target = folder.resolve(name).normalize();
        if (!target.startsWith(folder.normalize()) || target.equals(folder.normalize())) {
            return;
        }
        if (type == '5') {
            Files.createDirectories(target);
        } else if (type == '0' || type == '\0') {
            Files.createDirectories(target.getParent());
            Files.write(target, body);
        }
    }

    private static String name(byte[] header) {
        String name = cString(header, 0, 100);
        String prefix = "ustar".equals(cString(header, 257, 5)) ? cString(header, 345, 155) : "";
        return prefix.isEmpty() ? name : prefix + "/" + name;
    }

    /** The {@code path} record of a PAX extended header, else {@code previous}. */
    private static String paxPath(byte[] body, String previous) {
        String records = new String(body, StandardCharsets.UTF_8);
        for (String record : records.split("\n")) {
            int space = record.indexOf(' ');
            if (space > 0 && record.startsWith("path=", space + 1)) {
                return record.substring(space + 1 + "path=".length());
            }
        }
        return previous;
    }

    private static String cString(byte[] bytes, int from, int length) {
        int end = from;
        while (end < from + length && end < bytes.length && bytes[end] != 0) {
            end++;
        }
        return new String(bytes, from, end - from, StandardCharsets.UTF_8);
    }

    private static long octal(byte[] header, int from, int length) throws IOException {
        String digits = cString(header, from, length).trim();
        try {
            return digits.isEmpty() ? 0 : Long.parseLong(digits, 8);
        } catch (NumberFormatException e) {
            throw new IOException("the archive has an entry whose size is not an octal number", e);
        }
    }

    private static boolean empty(byte[] block) {
        for (byte b : block) {
            if (b != 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean readBlock(InputStream in, byte[] block) throws IOException {
        int read = in.readNBytes(block, 0, BLOCK);
        if (read == 0) {
            return false;
        }
        if (read < BLOCK) {
            throw new EOFException("the archive ends inside an entry header");
        }
        return true;
    }

    private static byte[] read(InputStream in, long size) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(size, BLOCK * 64L));
        long left = size;
        byte[] buffer = new byte[8192];
        while (left > 0) {
            int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
            if (n < 0) {
                throw new EOFException("the archive ends inside an entry");
            }
            out.write(buffer, 0, n);
            left -= n;
        }
        return out.toByteArray();
    }

    private static void skip(InputStream in, long bytes) throws IOException {
        in.skipNBytes(bytes);
    }
}
