package io.aiplatform.security.core.io;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Writes a {@link SecurityLayer} so that readers see the old output or the new one, never a mix:
 * everything is written into a staging folder beside the output, then each top folder
 * ({@code manifests/}, {@code control-plane/}, {@code helm/}) is swapped in by rename. Files of services that no
 * longer exist disappear with the old folder. Owner-only files are created 0600 before any byte
 * is written, in a 0700 folder.
 */
public final class OutputWriter {

    private static final Set<PosixFilePermission> OWNER_RW = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_RWX = PosixFilePermissions.fromString("rwx------");

    public void write(Path outputDirectory, SecurityLayer layer) throws IOException {
        if (upToDate(outputDirectory, layer)) {
            return; // a rebuild with the same input touches nothing
        }
        Files.createDirectories(outputDirectory);
        Path staging = Files.createTempDirectory(outputDirectory, ".staging-");
        try {
            for (GeneratedFile file : layer.files()) {
                Path target = staging.resolve(file.path());
                createDirectories(target.getParent(), file.ownerOnly());
                writeNew(target, file.bytes(), file.ownerOnly());
            }
            for (String folder : SecurityLayer.FOLDERS) {
                swap(outputDirectory, staging, folder);
            }
        } finally {
            deleteRecursively(staging);
        }
    }

    /**
     * Replaces {@code outputDirectory/folder} with exactly {@code files} (path inside the folder →
     * text), by the same staging and rename as {@link #write}.
     */
    public void replaceFolder(Path outputDirectory, String folder, java.util.SortedMap<String, String> files)
            throws IOException {
        java.util.TreeMap<String, GeneratedFile> generated = new java.util.TreeMap<>();
        files.forEach((path, text) -> generated.put(path, new GeneratedFile(folder + "/" + path, text, false)));
        replaceFiles(outputDirectory, folder, generated);
    }

    /** Like {@link #replaceFolder}, keeping each file's owner-only flag (0600 from creation on). */
    public void replaceFiles(Path outputDirectory, String folder, java.util.SortedMap<String, GeneratedFile> files)
            throws IOException {
        Files.createDirectories(outputDirectory);
        Path staging = Files.createTempDirectory(outputDirectory, ".staging-");
        try {
            Path root = staging.resolve(folder);
            boolean secret = files.values().stream().anyMatch(GeneratedFile::ownerOnly);
            createDirectories(root, secret);
            for (var e : files.entrySet()) {
                Path target = root.resolve(e.getKey());
                createDirectories(target.getParent(), secret);
                writeNew(target, e.getValue().bytes(), e.getValue().ownerOnly());
            }
            swap(outputDirectory, staging, folder);
        } finally {
            deleteRecursively(staging);
        }
    }

    /** True when the output folders hold exactly the layer's files, byte for byte, with the right permissions. */
    static boolean upToDate(Path outputDirectory, SecurityLayer layer) throws IOException {
        for (String folder : SecurityLayer.FOLDERS) {
            Path dir = outputDirectory.resolve(folder);
            java.util.SortedMap<String, GeneratedFile> expected = layer.under(folder);
            if (!Files.isDirectory(dir)) {
                if (expected.isEmpty() && !Files.exists(dir)) {
                    continue; // a format that is not written, and nothing left of it
                }
                return false;
            }
            int present;
            try (Stream<Path> walk = Files.walk(dir)) {
                present = (int) walk.filter(Files::isRegularFile).count();
            }
            if (present != expected.size()) {
                return false;
            }
            for (var e : expected.entrySet()) {
                Path file = dir.resolve(e.getKey());
                if (!Files.isRegularFile(file) || !java.util.Arrays.equals(Files.readAllBytes(file), e.getValue().bytes())) {
                    return false;
                }
                if (e.getValue().ownerOnly() && posix(file) && !Files.getPosixFilePermissions(file).equals(OWNER_RW)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static void swap(Path outputDirectory, Path staging, String folder) throws IOException {
        Path fresh = staging.resolve(folder);
        Path target = outputDirectory.resolve(folder);
        Path old = outputDirectory.resolve("." + folder + ".old");
        deleteRecursively(old);
        if (Files.exists(target)) {
            Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
        }
        if (Files.exists(fresh)) {
            Files.move(fresh, target, StandardCopyOption.ATOMIC_MOVE);
        }
        deleteRecursively(old);
    }

    static boolean posix(Path path) {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    private static void createDirectories(Path dir, boolean ownerOnly) throws IOException {
        if (ownerOnly && posix(dir)) {
            if (!Files.isDirectory(dir)) {
                Files.createDirectories(dir.getParent());
                try {
                    Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(OWNER_RWX));
                } catch (FileAlreadyExistsException ignored) {
                    // created concurrently; permissions are set below
                }
            }
            Files.setPosixFilePermissions(dir, OWNER_RWX);
        } else {
            Files.createDirectories(dir);
        }
    }

    /** Writes a file that must not exist yet; an owner-only file is 0600 from its creation on. */
    public static void writeNew(Path target, byte[] bytes, boolean ownerOnly) throws IOException {
        if (ownerOnly && posix(target)) {
            FileAttribute<Set<PosixFilePermission>> attr = PosixFilePermissions.asFileAttribute(OWNER_RW);
            Files.createFile(target, attr);
            Files.setPosixFilePermissions(target, OWNER_RW); // the umask may have narrowed, never widened
            Files.write(target, bytes);
        } else {
            Files.write(target, bytes);
        }
    }

    public static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
