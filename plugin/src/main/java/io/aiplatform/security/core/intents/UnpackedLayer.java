package io.aiplatform.security.core.intents;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * A platform's published layer (its {@code manifests/} zipped, classifier {@code ai-security-layer}) unpacked for
 * the shift-left check, safely: an entry whose path leaves the target folder (absolute, {@code ..}) is refused,
 * only regular files are written, and the archive's unpacked size and entry count are bounded.
 */
public final class UnpackedLayer {

    /** Most bytes an archive unpacks to. */
    static final long MAX_BYTES = 64L * 1024 * 1024;
    /** Most entries an archive holds. */
    static final int MAX_ENTRIES = 10_000;

    private UnpackedLayer() {
    }

    /**
     * Unpacks {@code zip} into {@code into} (emptied first) and answers the folder of manifests in it: its
     * {@code manifests/} folder, else the whole. {@code shown} names the archive in errors.
     */
    public static Path unpack(Path zip, Path into, String shown) throws IOException {
        deleteTree(into);
        Files.createDirectories(into);
        Path root = into.toAbsolutePath().normalize();
        long total = 0;
        int entries = 0;
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (++entries > MAX_ENTRIES) {
                    throw new IOException(shown + " holds more than " + MAX_ENTRIES + " entries; a platform's layer"
                            + " holds a few hundred files at most");
                }
                Path target = root.resolve(e.getName()).normalize();
                if (e.getName().startsWith("/") || e.getName().contains("\\") || !target.startsWith(root)
                        || target.equals(root)) {
                    throw new IOException(shown + " holds the entry '" + e.getName() + "', whose path leaves the"
                            + " folder it is unpacked into; it is no layer the plugin published");
                }
                if (e.isDirectory()) {
                    Files.createDirectories(target);
                    continue;
                }
                Files.createDirectories(target.getParent());
                total += copy(in, target, MAX_BYTES - total, shown);
            }
        }
        Path manifests = into.resolve("manifests");
        return Files.isDirectory(manifests) ? manifests : into;
    }

    private static long copy(InputStream in, Path target, long left, String shown) throws IOException {
        long written = 0;
        byte[] buffer = new byte[8192];
        try (OutputStream out = Files.newOutputStream(target, StandardOpenOption.CREATE_NEW)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                written += n;
                if (written > left) {
                    throw new IOException(shown + " unpacks to more than " + MAX_BYTES / (1024 * 1024) + " MB; a"
                            + " platform's layer is far smaller");
                }
                out.write(buffer, 0, n);
            }
        }
        return written;
    }

    private static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (var walk = Files.walk(folder)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
