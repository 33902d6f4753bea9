package io.aiplatform.security.core.io;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Compares the generated manifests with a Git-tracked copy (GitOps), or brings that copy up to
 * date. Only YAML files the plugin owns are managed there (those in the folder's
 * {@link OwnershipRecord}, which publishing keeps up to date and which is committed with them);
 * anything else in the folder (a README, a hand-written policy) is left alone, and a file the plugin
 * did not write where it would write one is an error naming it. A folder that is not the plugin's
 * is refused before anything is read or written ({@link OwnedFolder}).
 */
public final class DriftCheck {

    private final OwnedFolder.Project project;

    /** A check that knows nothing of the project (only the rules that need no project apply). */
    public DriftCheck() {
        this(OwnedFolder.Project.UNKNOWN);
    }

    /** A check that refuses the folders of {@code project} (its root, modules, source folders). */
    public DriftCheck(OwnedFolder.Project project) {
        this.project = project;
    }

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

    /**
     * The differences between {@code expected} (path inside the folder → file) and the folder's YAML
     * files the plugin owns. A folder without a record is judged as if adopted (nothing is written: a
     * check changes nothing); a file the plugin edited by hand differs, as any other.
     */
    public List<Difference> compare(Path directory, SortedMap<String, GeneratedFile> expected) throws IOException {
        return compare(directory, expected, OwnedFolder.claim(directory, OwnedFolder.Kind.GITOPS, project));
    }

    private List<Difference> compare(Path directory, SortedMap<String, GeneratedFile> expected, OwnershipRecord owned)
            throws IOException {
        Map<String, Path> present = yamlFiles(directory);
        List<Difference> differences = new ArrayList<>();
        for (Map.Entry<String, GeneratedFile> e : expected.entrySet()) {
            Path actual = present.get(e.getKey());
            byte[] wanted = e.getValue().bytes();
            if (actual != null && !owned.owns(e.getKey())) {
                throw new OwnershipException("checkDirectory " + directory + " holds " + e.getKey() + ", which the plugin"
                        + " did not write (it is not in " + OwnershipRecord.FILE + "), where the generated " + e.getKey()
                        + " belongs; nothing was changed. Move or rename that file and run again.");
            }
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
            if (!expected.containsKey(e.getKey()) && owned.owns(e.getKey())) {
                differences.add(new Difference(e.getKey(), Kind.STALE,
                        unifiedDiff(e.getKey(), Files.readAllBytes(e.getValue()), null)));
            }
        }
        differences.sort((a, b) -> a.path().compareTo(b.path()));
        return differences;
    }

    /**
     * Makes the folder's YAML files the plugin owns equal to {@code expected} and records them as the
     * plugin's; returns what changed, the record among them when it changed (it is committed too).
     * A file the plugin owns is replaced or removed even when edited by hand: it is the plugin's.
     */
    public List<Difference> publish(Path directory, SortedMap<String, GeneratedFile> expected) throws IOException {
        OwnershipRecord before = OwnershipRecord.read(directory);
        OwnershipRecord owned = OwnedFolder.claim(directory, OwnedFolder.Kind.GITOPS, project);
        List<Difference> differences = new ArrayList<>(compare(directory, expected, owned));
        Map<String, byte[]> wanted = new TreeMap<>();
        expected.forEach((path, file) -> wanted.put(path, file.bytes()));
        OwnershipRecord next = OwnershipRecord.of(wanted);
        if (!differences.isEmpty()) {
            // claimed before they are written: a run cut off halfway leaves no file of its own outside the record
            Files.createDirectories(directory);
            owned.withAll(next).write(directory);
        }
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
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        }
        if (!next.equals(before)) {
            Files.createDirectories(directory);
            next.write(directory);
            differences.add(new Difference(OwnershipRecord.FILE, before == null ? Kind.MISSING : Kind.DIFFERS, List.of()));
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
