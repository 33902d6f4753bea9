package io.aiplatform.security.core.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Lets a goal skip work whose result is already on disk, the way incremental Maven plugins do: a
 * run records a SHA-256 of everything it read (the "inputs", fed in by the caller) and of the files
 * it wrote, plus the lines it logged. The next run with the same inputs, finding those files
 * unchanged, replays the lines instead of redoing the work. A failed run records nothing, so it is
 * always redone. The stamp holds digests and log lines only, never key material.
 */
public final class RunStamp {

    private static final String INPUTS = "inputs ";
    private static final String OUTPUTS = "outputs ";
    private static final String LINE = "log ";

    private final Path file;
    private final List<Path> outputs;

    /** {@code outputs}: the folders (or files) the goal writes, compared by content. */
    public RunStamp(Path file, List<Path> outputs) {
        this.file = file;
        this.outputs = List.copyOf(outputs);
    }

    /** A digest of labelled values, files and folder trees; labels keep equal bytes in different places apart. */
    public static final class Fingerprint {
        private final MessageDigest sha;

        public Fingerprint() {
            try {
                sha = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        public Fingerprint add(String label, Object value) {
            bytes(label + "=" + value);
            return this;
        }

        /**
         * Every regular file below {@code path} (or the file itself), by relative path and content digest;
         * absent is a value too. Links are not followed into folders; a link to a regular file counts as one.
         * A path that cannot be read (permission denied, a name too long for the system) counts by its name
         * and the reason: the goal that reads the inputs reports it, and a digest never fails on it.
         */
        public Fingerprint tree(String label, Path path) {
            bytes("tree " + label);
            if (path == null || !Files.exists(path)) {
                bytes("absent");
                return this;
            }
            try {
                // one walk that hands over each file's attributes, which the digest's memory then uses
                TreeMap<Path, BasicFileAttributes> files = new TreeMap<>();
                TreeMap<Path, String> unreadable = new TreeMap<>();
                Files.walkFileTree(path, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException e) {
                        unreadable.put(file, e.getClass().getSimpleName());
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                        if (attributes.isRegularFile()) {
                            files.put(file, attributes);
                        } else if (attributes.isSymbolicLink() && Files.isRegularFile(file)) {
                            files.put(file, Files.readAttributes(file, BasicFileAttributes.class)); // the target's
                        }
                        return FileVisitResult.CONTINUE;
                    }
                });
                for (Map.Entry<Path, BasicFileAttributes> file : files.entrySet()) {
                    bytes(path.relativize(file.getKey()).toString().replace('\\', '/'));
                    try { // the content's own digest, read once per JVM while unchanged
                        sha.update(FileDigests.of(file.getKey(), file.getValue()));
                    } catch (IOException e) {
                        bytes("unreadable " + e.getClass().getSimpleName());
                    }
                }
                unreadable.forEach((p, reason) -> bytes("unreadable " + path.relativize(p).toString().replace('\\', '/')
                        + " " + reason));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return this;
        }

        public String hex() {
            return HexFormat.of().formatHex(sha.digest());
        }

        private void bytes(String s) {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            sha.update(Integer.toString(b.length).getBytes(StandardCharsets.US_ASCII));
            sha.update((byte) 0);
            sha.update(b);
        }
    }

    /** The lines the last run logged, when it had the same inputs and its outputs are still as it left them. */
    public Optional<List<String>> upToDate(String inputs) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (lines.size() < 2 || !lines.get(0).equals(INPUTS + inputs) || !lines.get(1).equals(OUTPUTS + outputsDigest())) {
                return Optional.empty();
            }
            List<String> logged = new ArrayList<>();
            for (String line : lines.subList(2, lines.size())) {
                if (line.startsWith(LINE)) {
                    logged.add(line.substring(LINE.length()));
                }
            }
            return Optional.of(logged);
        } catch (IOException | UncheckedIOException e) {
            return Optional.empty(); // unreadable: do the work
        }
    }

    /** Forgets the last run (call before the work, so that a failure leaves no stamp). */
    public void clear() throws IOException {
        Files.deleteIfExists(file);
    }

    /** Records a successful run: written beside, then renamed into place. */
    public void record(String inputs, List<String> logged) throws IOException {
        StringBuilder text = new StringBuilder(INPUTS).append(inputs).append('\n')
                .append(OUTPUTS).append(outputsDigest()).append('\n');
        for (String line : logged) {
            text.append(LINE).append(line.replace('\n', ' ')).append('\n');
        }
        Files.createDirectories(file.getParent());
        Path tmp = Files.createTempFile(file.getParent(), ".stamp-", ".tmp");
        try {
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private String outputsDigest() {
        Fingerprint f = new Fingerprint();
        for (Path p : outputs) {
            f.tree(p.getFileName().toString(), p);
        }
        return f.hex();
    }
}
