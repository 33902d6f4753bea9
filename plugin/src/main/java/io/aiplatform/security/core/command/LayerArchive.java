package io.aiplatform.security.core.command;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The platform's layer as one artifact: its {@code manifests/} folder zipped, byte for byte the same for the same
 * files (entries sorted by path with '/', one fixed time, no folder entries), so that a service repository can
 * resolve the layer the platform deploys and check its own calls against it.
 */
public final class LayerArchive {

    /** The classifier the layer is attached with. */
    public static final String CLASSIFIER = "ai-security-layer";
    /** The type (and extension) it is attached as. */
    public static final String TYPE = "zip";
    /** The time every entry carries: 1980-01-01 00:00, the first the zip format can hold. */
    static final LocalDateTime FIXED = LocalDateTime.of(1980, 1, 1, 0, 0);

    private LayerArchive() {
    }

    /**
     * Zips the regular files below {@code manifests} into {@code zip} (written to a temporary file, then moved over
     * it, so a cut-off run leaves no half archive); false, writing nothing, when the folder holds no file.
     */
    public static boolean write(Path manifests, Path zip) throws IOException {
        if (!Files.isDirectory(manifests)) {
            return false;
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(manifests)) {
            files = walk.filter(Files::isRegularFile).sorted((a, b) -> entryName(manifests, a)
                    .compareTo(entryName(manifests, b))).toList();
        }
        if (files.isEmpty()) {
            return false;
        }
        Files.createDirectories(zip.toAbsolutePath().getParent());
        Path partial = zip.resolveSibling(zip.getFileName() + ".partial");
        try (OutputStream out = Files.newOutputStream(partial); ZipOutputStream z = new ZipOutputStream(out)) {
            for (Path file : files) {
                ZipEntry entry = new ZipEntry(entryName(manifests, file));
                entry.setTimeLocal(FIXED); // the DOS time itself: no time zone, no extra timestamp field
                z.putNextEntry(entry);
                Files.copy(file, z);
                z.closeEntry();
            }
        }
        Files.move(partial, zip, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return true;
    }

    /** {@code manifests/<path below the folder>}, with '/'. */
    private static String entryName(Path manifests, Path file) {
        return manifests.getFileName() + "/" + manifests.relativize(file).toString().replace('\\', '/');
    }
}
