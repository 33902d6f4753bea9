package io.aiplatform.security.core.io;

import io.aiplatform.security.core.convention.OutputFolders;
import io.aiplatform.security.core.support.Parallel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Writes a {@link SecurityLayer} so that readers see the old output or the new one, never a mix.
 * Everything is written into a staging folder beside the output first. Then a journal
 * ({@code .layer-switch}) records the staging folder and which top folders ({@code manifests/},
 * {@code control-plane/}, {@code helm/}) the new layer has, each folder is swapped in by rename, and
 * deleting the journal commits the switch. A run that was interrupted between two renames leaves
 * the journal: the next writer, or {@link #settle} before anything reads the output, finishes the
 * switch from the staging folder. Leftover staging folders (which may hold a copy of the key) and
 * replaced folders are removed on every run. One writer at a time per output folder (a file lock).
 * Owner-only files are created 0600 before any byte is written, in a 0700 folder.
 *
 * <p>The writer replaces only what it owns: the output folder must be one {@link OwnedFolder} accepts
 * (checked before anything is created there), its {@link OwnershipRecord} lists the files the plugin
 * wrote, a folder about to be replaced that holds a file not in the record is refused naming it, and
 * each switch carries the updated record, moved in with the folders. The journal names only folders
 * inside the output folder; a journal that names anything else is refused and nothing is moved.
 */
public final class OutputWriter {

    /** The journal of a switch in progress: {@code staging <folder>}, then {@code present|absent <folder>} lines. */
    public static final String JOURNAL = ".layer-switch";
    private static final String STAGING_PREFIX = ".staging-";

    private static final Set<PosixFilePermission> OWNER_RW = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_RWX = PosixFilePermissions.fromString("rwx------");
    private static final ConcurrentHashMap<Path, Object> IN_PROCESS = new ConcurrentHashMap<>();

    /** Called after each folder is swapped in; tests use it to interrupt a switch halfway. */
    interface SwapListener {
        void swapped(String folder) throws IOException;
    }

    private final SwapListener listener;
    private final OwnedFolder.Project project;

    /** A writer that knows nothing of the project (only the rules that need no project apply). */
    public OutputWriter() {
        this(OwnedFolder.Project.UNKNOWN);
    }

    /** A writer that refuses the folders of {@code project} (its root, modules, source folders) as output. */
    public OutputWriter(OwnedFolder.Project project) {
        this(project, folder -> { });
    }

    OutputWriter(SwapListener listener) {
        this(OwnedFolder.Project.UNKNOWN, listener);
    }

    private OutputWriter(OwnedFolder.Project project, SwapListener listener) {
        this.project = project;
        this.listener = listener;
    }

    public void write(Path outputDirectory, SecurityLayer layer) throws IOException {
        OwnershipRecord claimed = OwnedFolder.claim(outputDirectory, OwnedFolder.Kind.OUTPUT, project);
        Files.createDirectories(outputDirectory);
        locked(outputDirectory, () -> {
            recover(outputDirectory);
            OwnershipRecord owned = owned(outputDirectory, claimed, OutputFolders.LAYER);
            if (upToDate(outputDirectory, layer)) {
                owned.write(outputDirectory); // an adopted folder gets its record
                return; // a rebuild with the same input touches nothing
            }
            Path staging = Files.createTempDirectory(outputDirectory, STAGING_PREFIX);
            try {
                Map<String, byte[]> written = stage(staging, layer.files());
                owned.replacing(OutputFolders.LAYER, OwnershipRecord.of(written)).write(staging);
                switchTo(outputDirectory, staging, OutputFolders.LAYER);
            } finally {
                cleanUp(outputDirectory);
            }
        });
    }

    /**
     * Writes {@code files} into the staging folder and answers their bytes by path. The folders are made first, in
     * the files' order (an owner-only file's folder 0700); then each file, a new one of its own, is written, in
     * parallel on a large layer (most of the time is the system's, per file).
     */
    private static Map<String, byte[]> stage(Path staging, List<GeneratedFile> files) throws IOException {
        Set<Map.Entry<Path, Boolean>> made = new HashSet<>(); // the same call again changes nothing
        for (GeneratedFile file : files) {
            Path folder = staging.resolve(file.path()).getParent();
            if (made.add(Map.entry(folder, file.ownerOnly()))) {
                createDirectories(folder, file.ownerOnly());
            }
        }
        List<byte[]> bytes;
        try {
            bytes = Parallel.stream(files).map(file -> {
                byte[] content = file.bytes();
                try {
                    Path target = staging.resolve(file.path());
                    writeNew(target, content, file.ownerOnly());
                    markExecutable(target, file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return content;
            }).toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        Map<String, byte[]> written = new TreeMap<>();
        for (int i = 0; i < files.size(); i++) {
            written.put(files.get(i).path(), bytes.get(i));
        }
        return written;
    }

    /** A file's text, written to the stream it is given as it is produced (never held whole in memory). */
    @FunctionalInterface
    public interface Body {
        void writeTo(Writer out) throws IOException;
    }

    /**
     * Replaces {@code outputDirectory/folder} with exactly {@code files} (path inside the folder → body),
     * by the same staging and journal as {@link #write}. Each file is written straight from its
     * {@link Body} into the staging folder (UTF-8): a report as large as the platform never exists whole
     * in memory, and a body that fails leaves the folder as it was.
     */
    public void replaceFolderStreamed(Path outputDirectory, String folder, SortedMap<String, Body> files)
            throws IOException {
        SortedMap<String, FileWrite> writes = new TreeMap<>();
        files.forEach((path, body) -> writes.put(path, target -> {
            try (Writer out = Files.newBufferedWriter(target, StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                body.writeTo(out);
            }
        }));
        replace(outputDirectory, folder, false, writes);
    }

    /** Like {@link #replaceFolderStreamed}, from whole files, keeping each file's owner-only flag (0600 from creation on). */
    public void replaceFiles(Path outputDirectory, String folder, SortedMap<String, GeneratedFile> files)
            throws IOException {
        SortedMap<String, FileWrite> writes = new TreeMap<>();
        files.forEach((path, file) -> writes.put(path, target -> {
            writeNew(target, file.bytes(), file.ownerOnly());
            markExecutable(target, file);
        }));
        replace(outputDirectory, folder, files.values().stream().anyMatch(GeneratedFile::ownerOnly), writes);
    }

    /** Writes one new file at the path it is given (which does not exist yet). */
    private interface FileWrite {
        void to(Path target) throws IOException;
    }

    /** The staging, journal and swap behind both replace methods; {@code secret}: folders are created 0700. */
    private void replace(Path outputDirectory, String folder, boolean secret, SortedMap<String, FileWrite> files)
            throws IOException {
        if (!LayerFiles.OUTPUT_FOLDERS.contains(folder)) {
            throw new IllegalArgumentException(folder + " is not one of the output folders " + new TreeSet<>(LayerFiles.OUTPUT_FOLDERS));
        }
        OwnershipRecord claimed = OwnedFolder.claim(outputDirectory, OwnedFolder.Kind.OUTPUT, project);
        Files.createDirectories(outputDirectory);
        locked(outputDirectory, () -> {
            recover(outputDirectory);
            OwnershipRecord owned = owned(outputDirectory, claimed, List.of(folder));
            Path staging = Files.createTempDirectory(outputDirectory, STAGING_PREFIX);
            try {
                Path root = staging.resolve(folder);
                createDirectories(root, secret);
                for (var e : files.entrySet()) {
                    Path target = root.resolve(e.getKey());
                    createDirectories(target.getParent(), secret);
                    e.getValue().to(target);
                }
                owned.withFolderFromDisk(staging, folder).write(staging);
                switchTo(outputDirectory, staging, List.of(folder));
            } finally {
                cleanUp(outputDirectory);
            }
        });
    }

    /**
     * Makes the output folder consistent before it is read: finishes a switch that an interrupted run
     * left halfway and removes leftovers. Does nothing to an output folder that does not exist.
     */
    public static void settle(Path outputDirectory) throws IOException {
        if (!Files.isDirectory(outputDirectory) || !switchOpen(outputDirectory)
                && OwnershipRecord.read(outputDirectory) == null) {
            return; // nothing to finish, or not the plugin's folder: nothing is touched
        }
        OwnedFolder.claim(outputDirectory, OwnedFolder.Kind.OUTPUT, OwnedFolder.Project.UNKNOWN);
        locked(outputDirectory, () -> {
            recover(outputDirectory);
            cleanUp(outputDirectory);
        });
    }

    /**
     * The record of the output folder as it is now (the one on disk, else the one claimed before the
     * lock: adopted or empty); refuses, naming it, a file in {@code folders} that is not in it.
     */
    private static OwnershipRecord owned(Path outputDirectory, OwnershipRecord claimed, List<String> folders)
            throws IOException {
        OwnershipRecord onDisk = OwnershipRecord.read(outputDirectory);
        OwnershipRecord owned = onDisk != null ? onDisk : claimed;
        for (String folder : folders) {
            Path dir = outputDirectory.resolve(folder);
            if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            List<Path> entries;
            try (Stream<Path> walk = Files.walk(dir)) {
                entries = walk.filter(p -> !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).sorted().toList();
            }
            for (Path p : entries) {
                String path = outputDirectory.relativize(p).toString().replace('\\', '/');
                if (!owned.owns(path)) {
                    throw new OwnershipException("outputDirectory " + outputDirectory + " holds " + path + ", which the"
                            + " plugin did not write (it is not in " + OwnershipRecord.FILE + "), in the folder " + folder
                            + "/ it replaces; nothing was written or deleted. Move that file out, or choose an"
                            + " outputDirectory the plugin owns, e.g. target/ai-security.");
                }
            }
        }
        return owned;
    }

    /** Records the switch, swaps each folder in, then commits by deleting the journal. */
    private void switchTo(Path outputDirectory, Path staging, List<String> folders) throws IOException {
        StringBuilder journal = new StringBuilder("staging " + staging.getFileName() + "\n");
        for (String folder : folders) {
            journal.append(Files.exists(staging.resolve(folder)) ? "present " : "absent ").append(folder).append('\n');
        }
        Path tmp = outputDirectory.resolve(JOURNAL + ".tmp");
        Files.writeString(tmp, journal.toString());
        Files.move(tmp, outputDirectory.resolve(JOURNAL), StandardCopyOption.ATOMIC_MOVE,
                StandardCopyOption.REPLACE_EXISTING);
        complete(outputDirectory, listener);
    }

    /**
     * Finishes the switch the journal describes (idempotent: a folder already swapped is left as it
     * is), moves the staged ownership record in, and commits. The whole journal is checked first: a
     * line that is not one the writer writes, or names anything but a folder inside the output
     * folder, is refused and nothing is moved.
     */
    private static void complete(Path outputDirectory, SwapListener listener) throws IOException {
        Path journalFile = outputDirectory.resolve(JOURNAL);
        List<String> lines = readJournal(journalFile);
        Path staging = outputDirectory.resolve(lines.get(0).substring("staging ".length()));
        for (String line : lines.subList(1, lines.size())) {
            String[] parts = line.split(" ", 2);
            String folder = parts[1];
            Path fresh = staging.resolve(folder);
            Path target = outputDirectory.resolve(folder);
            Path old = outputDirectory.resolve("." + folder + ".old");
            boolean present = parts[0].equals("present");
            if (present && !Files.exists(fresh)) {
                continue; // swapped in before the interruption
            }
            if (Files.exists(target)) {
                deleteQuietly(old);
                Files.move(target, Files.exists(old) ? uniqueOld(outputDirectory, folder) : old, StandardCopyOption.ATOMIC_MOVE);
            }
            if (present) {
                Files.move(fresh, target, StandardCopyOption.ATOMIC_MOVE);
            }
            listener.swapped(folder);
        }
        Path stagedRecord = staging.resolve(OwnershipRecord.FILE);
        if (Files.exists(stagedRecord)) {
            Files.move(stagedRecord, outputDirectory.resolve(OwnershipRecord.FILE), StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        }
        Files.delete(journalFile); // the commit
    }

    /** The journal's lines, each checked: {@code staging .staging-…}, then {@code present|absent <folder>}. */
    private static List<String> readJournal(Path journalFile) throws IOException {
        if (Files.size(journalFile) > 64 * 1024) {
            throw new OwnershipException(journalFile + " is larger than any journal the plugin writes; nothing was"
                    + " moved. Delete it (and any .staging-* folder beside it) and run again.");
        }
        List<String> lines = Files.readAllLines(journalFile);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String[] parts = line.split(" ", 2);
            boolean valid = parts.length == 2 && RelativeNames.isPlainName(parts[1]) && (i == 0
                    ? parts[0].equals("staging") && parts[1].startsWith(STAGING_PREFIX)
                    : (parts[0].equals("present") || parts[0].equals("absent"))
                            && LayerFiles.OUTPUT_FOLDERS.contains(parts[1]));
            if (!valid) {
                throw new OwnershipException(journalFile + ":" + (i + 1) + ": '" + line + "' is not a line the plugin"
                        + " writes (" + (i == 0 ? "staging .staging-<name>" : "present|absent <one of the plugin's folders"
                        + " inside the output folder: " + String.join(", ", new TreeSet<>(LayerFiles.OUTPUT_FOLDERS))
                        + ">") + "); nothing was moved. Delete " + JOURNAL + " and run again.");
            }
        }
        if (lines.isEmpty()) {
            throw new OwnershipException(journalFile + " is empty; nothing was moved. Delete it and run again.");
        }
        return lines;
    }

    private static Path uniqueOld(Path outputDirectory, String folder) {
        return outputDirectory.resolve("." + folder + ".old-" + System.nanoTime());
    }

    /** Finishes an interrupted switch, if the journal says one is open. */
    private static void recover(Path outputDirectory) throws IOException {
        if (Files.exists(outputDirectory.resolve(JOURNAL))) {
            complete(outputDirectory, folder -> { });
        }
    }

    /** True while a switch is open (a run was interrupted); {@link #settle} finishes it. */
    public static boolean switchOpen(Path outputDirectory) {
        return Files.exists(outputDirectory.resolve(JOURNAL));
    }

    /**
     * Removes staging folders and replaced folders, unless an open switch still needs its staging
     * folder. Best effort: what cannot be removed now is tried again on the next run.
     */
    private static void cleanUp(Path outputDirectory) throws IOException {
        if (switchOpen(outputDirectory)) {
            return;
        }
        Files.deleteIfExists(outputDirectory.resolve(JOURNAL + ".tmp"));
        try (Stream<Path> entries = Files.list(outputDirectory)) {
            for (Path p : entries.toList()) {
                String name = p.getFileName().toString();
                if (LayerFiles.isLeftover(name)) {
                    deleteQuietly(p);
                }
            }
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            deleteRecursively(p);
        } catch (IOException | UncheckedIOException e) {
            // left for the next run
        }
    }

    @FunctionalInterface
    private interface Work {
        void run() throws IOException;
    }

    /** One writer per output folder: threads of this JVM in turn, other processes through a file lock. */
    private static void locked(Path outputDirectory, Work work) throws IOException {
        Path key = outputDirectory.toAbsolutePath().normalize();
        Object monitor = IN_PROCESS.computeIfAbsent(key, k -> new Object());
        synchronized (monitor) {
            try (FileChannel channel = FileChannel.open(key.resolve(".lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock lock = channel.lock()) {
                work.run();
            }
        }
    }

    /** True when the output folders hold exactly the layer's files, byte for byte, with the right permissions. */
    static boolean upToDate(Path outputDirectory, SecurityLayer layer) throws IOException {
        for (String folder : OutputFolders.LAYER) {
            Path dir = outputDirectory.resolve(folder);
            SortedMap<String, GeneratedFile> expected = layer.under(folder);
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
                if (!Files.isRegularFile(file) || !Arrays.equals(Files.readAllBytes(file), e.getValue().bytes())) {
                    return false;
                }
                if (e.getValue().ownerOnly() && posix(file) && !Files.getPosixFilePermissions(file).equals(OWNER_RW)) {
                    return false;
                }
                if (e.getValue().executable() && posix(file) && !Files.isExecutable(file)) {
                    return false;
                }
            }
        }
        return true;
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

    /** Gives a script the execute permission wherever it has the read permission (the umask decides those). */
    static void markExecutable(Path target, GeneratedFile file) throws IOException {
        if (!file.executable() || !posix(target)) {
            return;
        }
        Set<PosixFilePermission> perms = new java.util.HashSet<>(Files.getPosixFilePermissions(target));
        if (perms.contains(PosixFilePermission.OWNER_READ)) {
            perms.add(PosixFilePermission.OWNER_EXECUTE);
        }
        if (perms.contains(PosixFilePermission.GROUP_READ)) {
            perms.add(PosixFilePermission.GROUP_EXECUTE);
        }
        if (perms.contains(PosixFilePermission.OTHERS_READ)) {
            perms.add(PosixFilePermission.OTHERS_EXECUTE);
        }
        Files.setPosixFilePermissions(target, perms);
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
