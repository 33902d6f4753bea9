package io.aiplatform.security.core.io;

import io.aiplatform.security.core.generate.GeneratedFile;
import java.io.IOException;
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

    /** One differing file, relative to the checked folder. */
    public record Difference(String path, String kind) {
        @Override
        public String toString() {
            return kind + ": " + path;
        }
    }

    /** The differences between {@code expected} (path inside the folder → file) and the folder's YAML files. */
    public List<Difference> compare(Path directory, SortedMap<String, GeneratedFile> expected) throws IOException {
        Map<String, Path> present = yamlFiles(directory);
        List<Difference> differences = new ArrayList<>();
        for (Map.Entry<String, GeneratedFile> e : expected.entrySet()) {
            Path actual = present.get(e.getKey());
            if (actual == null) {
                differences.add(new Difference(e.getKey(), "missing (would be generated)"));
            } else if (!Arrays.equals(Files.readAllBytes(actual), e.getValue().bytes())) {
                differences.add(new Difference(e.getKey(), "differs from what would be generated"));
            }
        }
        for (String path : present.keySet()) {
            if (!expected.containsKey(path)) {
                differences.add(new Difference(path, "no longer generated"));
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
