package io.aiplatform.security.it;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Assertions on an invoker build's folder, for the verify.groovy hook scripts. */
public final class ItFiles {

    private ItFiles() {
    }

    /** The build log contains every one of {@code expected}, and no Java stack trace. */
    public static void logContains(File basedir, String... expected) throws IOException {
        String log = Files.readString(basedir.toPath().resolve("build.log"), StandardCharsets.UTF_8);
        List<String> missing = new ArrayList<>();
        for (String e : expected) {
            if (!log.contains(e)) {
                missing.add(e);
            }
        }
        if (!missing.isEmpty()) {
            throw new AssertionError("build.log lacks " + missing + "\n---\n" + tail(log));
        }
        if (log.matches("(?s).*\\n\\s+at [a-z][\\w.$]+\\(.*")) {
            throw new AssertionError("build.log shows a stack trace\n---\n" + tail(log));
        }
    }

    /**
     * The connections the build printed ({@code ai-security: a -> b:port because …}) are exactly {@code expected}
     * ({@code "a -> b:port"}), in any order.
     */
    public static void edgesAre(File basedir, String... expected) throws IOException {
        String log = Files.readString(basedir.toPath().resolve("build.log"), StandardCharsets.UTF_8);
        Set<String> edges = new TreeSet<>();
        Matcher m = EDGE.matcher(log);
        while (m.find()) {
            edges.add(m.group(1) + " -> " + m.group(2));
        }
        Set<String> missing = new TreeSet<>(Arrays.asList(expected));
        missing.removeAll(edges);
        Set<String> unexpected = new TreeSet<>(edges);
        unexpected.removeAll(Arrays.asList(expected));
        if (!missing.isEmpty() || !unexpected.isEmpty()) {
            throw new AssertionError("missing " + missing + ", unexpected " + unexpected);
        }
    }

    private static final Pattern EDGE =
            Pattern.compile("ai-security: (\\S+) -> (\\S+:[\\d,]+) because");

    public static void logLacks(File basedir, String... unexpected) throws IOException {
        String log = Files.readString(basedir.toPath().resolve("build.log"), StandardCharsets.UTF_8);
        for (String u : unexpected) {
            if (log.contains(u)) {
                throw new AssertionError("build.log should not contain '" + u + "'");
            }
        }
    }

    /**
     * No {@code planted} value (a password, its base64) is in the build log or in any file below {@code target/}
     * (reports, SARIF, manifests), which must hold the SARIF report, so that the check saw the reports.
     */
    public static void plantedNowhere(File basedir, String... planted) throws IOException {
        List<String> leaks = new ArrayList<>();
        List<String> log = Files.readAllLines(basedir.toPath().resolve("build.log"), StandardCharsets.ISO_8859_1);
        for (int n = 0; n < log.size(); n++) {
            for (String secret : planted) {
                if (log.get(n).contains(secret)) {
                    leaks.add("build.log:" + (n + 1) + ": " + secret);
                }
            }
        }
        List<Path> written;
        try (Stream<Path> files = Files.walk(basedir.toPath().resolve("target"))) {
            written = files.filter(Files::isRegularFile).sorted().toList();
        }
        if (written.stream().noneMatch(f -> f.toString().replace('\\', '/').endsWith("reports/results.sarif"))) {
            throw new AssertionError("no reports/results.sarif below target/: the reports were not checked");
        }
        for (Path file : written) {
            String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
            for (String secret : planted) {
                if (text.contains(secret)) {
                    leaks.add(basedir.toPath().relativize(file) + ": " + secret);
                }
            }
        }
        if (!leaks.isEmpty()) {
            throw new AssertionError("planted secrets printed:\n" + String.join("\n", leaks));
        }
    }

    /** Nothing was written to {@code target/ai-security} (a failed run leaves no half-written output). */
    public static void noOutput(File basedir) {
        Path out = basedir.toPath().resolve("target/ai-security");
        if (Files.exists(out.resolve("manifests")) || Files.exists(out.resolve("control-plane"))
                || Files.exists(out.resolve("helm"))) {
            throw new AssertionError("a failed run wrote " + out);
        }
    }

    /**
     * Every YAML file below {@code out} starts with the one line naming what it was generated from: the YAML
     * comment, or in a Helm chart's templates the Go template comment. Answers how many files were checked.
     */
    public static int headed(File basedir, String out, String source) throws IOException {
        String sentence = "Generated by ai-security from " + source + "; do not edit.";
        Map<String, byte[]> files = read(basedir.toPath().resolve(out));
        List<String> unheaded = new java.util.ArrayList<>();
        int checked = 0;
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            if (!f.getKey().endsWith(".yaml") && !f.getKey().endsWith(".yml")) {
                continue;
            }
            checked++;
            String first = new String(f.getValue(), StandardCharsets.UTF_8).lines().findFirst().orElse("");
            boolean template = f.getKey().matches("helm/[^/]+/templates/.*");
            if (!first.equals(template ? "{{- /* " + sentence + " */ -}}" : "# " + sentence)) {
                unheaded.add(f.getKey() + ": " + first);
            }
        }
        if (checked == 0 || !unheaded.isEmpty()) {
            throw new AssertionError(checked + " YAML files below " + out + "; without the header: " + unheaded);
        }
        return checked;
    }

    /** Every file below {@code a} equals the file at the same path below {@code b}, and no file is missing. */
    public static void sameTree(File basedir, String a, String b) throws IOException {
        sameTree(basedir, a, b, null, null);
    }

    /** Like {@link #sameTree(File, String, String)}, reading {@code from} in b's files as {@code to} (e.g. its own output path). */
    public static void sameTree(File basedir, String a, String b, String from, String to) throws IOException {
        Map<String, byte[]> left = read(basedir.toPath().resolve(a));
        Map<String, byte[]> right = read(basedir.toPath().resolve(b));
        if (from != null) {
            right.replaceAll((path, bytes) -> new String(bytes, StandardCharsets.UTF_8)
                    .replace(from, to).getBytes(StandardCharsets.UTF_8));
        }
        if (left.isEmpty()) {
            throw new AssertionError(a + " is empty");
        }
        if (!left.keySet().equals(right.keySet())) {
            throw new AssertionError(a + " and " + b + " hold different files: " + left.keySet() + " vs " + right.keySet());
        }
        for (String path : left.keySet()) {
            if (!Arrays.equals(left.get(path), right.get(path))) {
                throw new AssertionError(path + " differs between " + a + " and " + b);
            }
        }
    }

    /** Every file below {@code a} is also below {@code b}, byte for byte ({@code b} may hold more). */
    public static void containedIn(File basedir, String a, String b) throws IOException {
        Map<String, byte[]> left = read(basedir.toPath().resolve(a));
        Map<String, byte[]> right = read(basedir.toPath().resolve(b));
        if (left.isEmpty()) {
            throw new AssertionError(a + " is empty");
        }
        for (String path : left.keySet()) {
            if (!Arrays.equals(left.get(path), right.get(path))) {
                throw new AssertionError(path + " of " + a + " is missing or different in " + b);
            }
        }
    }

    /**
     * Every file of the build's source folder {@code source} (the POMs aside, which the invoker filters)
     * is still in {@code basedir}, byte for byte: the build deleted or changed none of the user's files.
     */
    public static void untouched(File basedir, File source) throws IOException {
        Map<String, byte[]> original = read(source.toPath());
        Map<String, byte[]> now = read(basedir.toPath());
        original.keySet().removeIf(path -> path.endsWith("pom.xml"));
        if (original.isEmpty()) {
            throw new AssertionError(source + " is empty");
        }
        for (String path : original.keySet()) {
            if (!now.containsKey(path)) {
                throw new AssertionError(path + " was deleted");
            }
            if (!Arrays.equals(original.get(path), now.get(path))) {
                throw new AssertionError(path + " was changed");
            }
        }
    }

    /** Copies the folder {@code from} to {@code to}, files and folders alike. */
    public static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    public static void copyPlatform(File source, File target) throws IOException {
        Path from = source.toPath();
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path rel = from.relativize(p);
                if (rel.toString().equals("verify.groovy") || rel.toString().equals("invoker.properties")
                        || rel.toString().equals("build.log")) {
                    continue;
                }
                boolean output = false;
                for (Path part : rel) {
                    output |= part.toString().equals("target");
                }
                if (output) {
                    continue;
                }
                Path dest = target.toPath().resolve(rel.toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(dest);
                } else {
                    Files.copy(p, dest, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    /** The validation report's findings as "RULE object" strings. */
    @SuppressWarnings("unchecked")
    public static List<String> findings(File basedir) throws IOException {
        Map<String, Object> report = new com.fasterxml.jackson.databind.ObjectMapper().readValue(
                basedir.toPath().resolve("target/ai-security/reports/validation.json").toFile(), Map.class);
        List<String> result = new ArrayList<>();
        for (Object f : (List<Object>) report.get("findings")) {
            Map<String, Object> m = (Map<String, Object>) f;
            result.add(m.get("rule") + " " + m.get("severity") + " " + m.get("object"));
        }
        return result;
    }

    private static Map<String, byte[]> read(Path dir) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        if (!Files.isDirectory(dir)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return files;
    }

    private static String tail(String log) {
        return log.length() > 4000 ? log.substring(log.length() - 4000) : log;
    }
}
