package io.aiplatform.security.core.io;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Compares the generated manifests with a Git-tracked copy (GitOps), or brings that copy up to
 * date. Only YAML files are managed there; anything else in the folder (a README) is left alone.
 */
public final class DriftCheck {

    /** Lines of unified diff shown for one file; the rest is counted, not shown. */
    public static final int MAX_DIFF_LINES = 40;

    /**
     * One differing file, relative to the checked folder, with a unified diff from the folder's
     * copy ({@code a/}) to what would be generated ({@code b/}), at most {@link #MAX_DIFF_LINES} lines.
     */
    public record Difference(String path, Kind kind, List<String> diff) {
        public Difference {
            diff = List.copyOf(diff);
        }

        @Override
        public String toString() {
            return kind.describe() + ": " + path;
        }
    }

    /** How the folder's copy differs, as the check says it and as publishing it does. */
    public enum Kind {
        MISSING("missing (would be generated)", "added"),
        DIFFERS("differs from what would be generated", "changed"),
        STALE("no longer generated", "removed");

        private final String describe;
        private final String published;

        Kind(String describe, String published) {
            this.describe = describe;
            this.published = published;
        }

        public String describe() {
            return describe;
        }

        /** What publishing did to the file. */
        public String published() {
            return published;
        }
    }

    /** The differences between {@code expected} (path inside the folder → file) and the folder's YAML files. */
    public List<Difference> compare(Path directory, SortedMap<String, GeneratedFile> expected) throws IOException {
        Map<String, Path> present = yamlFiles(directory);
        List<Difference> differences = new ArrayList<>();
        for (Map.Entry<String, GeneratedFile> e : expected.entrySet()) {
            Path actual = present.get(e.getKey());
            byte[] wanted = e.getValue().bytes();
            if (actual == null) {
                differences.add(new Difference(e.getKey(), Kind.MISSING,
                        unifiedDiff(e.getKey(), null, wanted)));
            } else {
                byte[] have = Files.readAllBytes(actual);
                if (!Arrays.equals(have, wanted)) {
                    differences.add(new Difference(e.getKey(), Kind.DIFFERS,
                            unifiedDiff(e.getKey(), have, wanted)));
                }
            }
        }
        for (Map.Entry<String, Path> e : present.entrySet()) {
            if (!expected.containsKey(e.getKey())) {
                differences.add(new Difference(e.getKey(), Kind.STALE,
                        unifiedDiff(e.getKey(), Files.readAllBytes(e.getValue()), null)));
            }
        }
        differences.sort((a, b) -> a.path().compareTo(b.path()));
        return differences;
    }

    /** Makes the folder's YAML files equal to {@code expected}; returns what changed. */
    public List<Difference> publish(Path directory, SortedMap<String, GeneratedFile> expected) throws IOException {
        List<Difference> differences = compare(directory, expected);
        for (Difference d : differences) {
            Path target = directory.resolve(d.path());
            GeneratedFile file = expected.get(d.path());
            if (file == null) {
                Files.delete(target);
                continue;
            }
            Files.createDirectories(target.getParent());
            Path tmp = Files.createTempFile(target.getParent(), ".ai-security-", ".tmp");
            Files.write(tmp, file.bytes());
            Files.move(tmp, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        }
        return differences;
    }

    /** {@code --- a/path} / {@code +++ b/path} and hunks with three lines of context, cut at {@link #MAX_DIFF_LINES}. */
    static List<String> unifiedDiff(String path, byte[] before, byte[] after) {
        List<String> old = lines(before);
        List<String> now = lines(after);
        List<String> diff = UnifiedDiffUtils.generateUnifiedDiff(before == null ? "/dev/null" : "a/" + path,
                after == null ? "/dev/null" : "b/" + path, old, DiffUtils.diff(old, now), 3);
        if (diff.size() <= MAX_DIFF_LINES) {
            return diff;
        }
        List<String> cut = new ArrayList<>(diff.subList(0, MAX_DIFF_LINES));
        cut.add("... " + (diff.size() - MAX_DIFF_LINES) + " more line(s) of diff");
        return cut;
    }

    private static List<String> lines(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            return List.of();
        }
        return new String(bytes, StandardCharsets.UTF_8).lines().toList();
    }

    private static Map<String, Path> yamlFiles(Path directory) throws IOException {
        Map<String, Path> files = new TreeMap<>();
        if (!Files.isDirectory(directory)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(directory)) {
            walk.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith(".yaml") || p.getFileName().toString().endsWith(".yml"))
                    .forEach(p -> files.put(directory.relativize(p).toString().replace('\\', '/'), p));
        }
        return files;
    }
}
