package io.aiplatform.security.core.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The files the plugin wrote in a folder (the output folder, the GitOps copy), each with the SHA-256
 * of the bytes it wrote: what the plugin may replace or remove there, as a Helm release records what
 * it owns. Kept in {@value #FILE} in that folder, one {@code <sha256>  <path>} line per file sorted
 * by path ({@code sha256sum -c} reads it), so the same files give the same bytes and a Git-tracked
 * record only changes when the plugin's files do. Immutable; written atomically.
 */
public final class OwnershipRecord {

    /** The record's file name inside the folder it describes. */
    public static final String FILE = ".ai-security-owned";

    private static final String HEADER = "# Files ai-security-maven-plugin wrote in this folder (SHA-256, path)."
            + " It replaces or removes only these.\n";
    private static final int MAX_BYTES = 16 * 1024 * 1024;

    private final SortedMap<String, String> digests;

    private OwnershipRecord(SortedMap<String, String> digests) {
        this.digests = Collections.unmodifiableSortedMap(new TreeMap<>(digests));
    }

    /** A record of no file. */
    public static OwnershipRecord empty() {
        return new OwnershipRecord(new TreeMap<>());
    }

    /** The record in {@code folder}, or null when it has none. A damaged record is an error naming its line. */
    public static OwnershipRecord read(Path folder) throws IOException {
        Path file = folder.resolve(FILE);
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new OwnershipException(file + " is larger than " + MAX_BYTES + " bytes; it is not a record the"
                        + " plugin wrote. Delete it only if every file it lists is the plugin's.");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return null;
        }
        TreeMap<String, String> digests = new TreeMap<>();
        List<String> lines = new String(bytes, StandardCharsets.UTF_8).lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (line.length() < 67 || !line.substring(0, 64).matches("[0-9a-f]{64}")
                    || !line.startsWith("  ", 64) || !RelativeNames.isPlain(line.substring(66))) {
                throw new OwnershipException(file + ":" + (i + 1) + ": not '<sha256>  <path inside the folder>'; the"
                        + " record is damaged. Restore it from version control (or delete it and move away every file"
                        + " the plugin did not write) and run again.");
            }
            digests.put(line.substring(66), line.substring(0, 64));
        }
        return new OwnershipRecord(digests);
    }

    /** Path inside the folder (with {@code /}) → SHA-256 in hex, sorted by path. */
    public SortedMap<String, String> digests() {
        return digests;
    }

    public boolean owns(String path) {
        return digests.containsKey(path);
    }

    /** True when the file at {@code path} holds what the plugin wrote there (the user did not edit it). */
    public boolean unchanged(String path, byte[] bytes) {
        return sha256(bytes).equals(digests.get(path));
    }

    /** This record with {@code path} set to the digest of {@code bytes}. */
    public OwnershipRecord with(String path, byte[] bytes) {
        TreeMap<String, String> next = new TreeMap<>(digests);
        next.put(path, sha256(bytes));
        return new OwnershipRecord(next);
    }

    /** A record of {@code files} (path inside the folder → the bytes written there). */
    public static OwnershipRecord of(Map<String, byte[]> files) {
        TreeMap<String, String> digests = new TreeMap<>();
        files.forEach((path, bytes) -> digests.put(path, sha256(bytes)));
        return new OwnershipRecord(digests);
    }

    /** This record with the files below each of {@code folders} replaced by those of {@code files}. */
    public OwnershipRecord replacing(Collection<String> folders, OwnershipRecord files) {
        TreeMap<String, String> next = new TreeMap<>(digests);
        next.keySet().removeIf(p -> folders.stream().anyMatch(f -> p.startsWith(f + "/")));
        next.putAll(files.digests);
        return new OwnershipRecord(next);
    }

    /** This record with every file of {@code other} too (its digests win). */
    public OwnershipRecord withAll(OwnershipRecord other) {
        TreeMap<String, String> next = new TreeMap<>(digests);
        next.putAll(other.digests);
        return new OwnershipRecord(next);
    }

    /** This record with the files below {@code folder} replaced by the regular files now there on disk. */
    public OwnershipRecord withFolderFromDisk(Path root, String folder) throws IOException {
        TreeMap<String, String> next = new TreeMap<>(digests);
        next.keySet().removeIf(p -> p.startsWith(folder + "/"));
        Path dir = root.resolve(folder);
        if (Files.isDirectory(dir)) {
            try (var walk = Files.walk(dir)) {
                for (Path p : walk.filter(Files::isRegularFile).toList()) {
                    next.put(root.relativize(p).toString().replace('\\', '/'), sha256(Files.readAllBytes(p)));
                }
            }
        }
        return new OwnershipRecord(next);
    }

    /** The record's bytes: a header line, then one line per file, sorted by path. */
    public byte[] bytes() {
        StringBuilder sb = new StringBuilder(HEADER);
        digests.forEach((path, sha) -> sb.append(sha).append("  ").append(path).append('\n'));
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Writes the record into {@code folder} by an atomic rename; an equal record on disk is left untouched. */
    public void write(Path folder) throws IOException {
        Path file = folder.resolve(FILE);
        byte[] bytes = bytes();
        if (Files.isRegularFile(file) && Arrays.equals(Files.readAllBytes(file), bytes)) {
            return;
        }
        Path tmp = folder.resolve(FILE + ".tmp");
        Files.write(tmp, bytes);
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OwnershipRecord r && r.digests.equals(digests);
    }

    @Override
    public int hashCode() {
        return digests.hashCode();
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
