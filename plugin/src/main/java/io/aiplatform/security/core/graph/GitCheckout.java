package io.aiplatform.security.core.graph;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Git checkout a folder lies in, as Git finds it: the nearest folder, walking up, that holds {@code .git} — a
 * folder (the repository), or a file {@code gitdir: <path>} (a linked worktree, a submodule) whose repository keeps
 * its configuration in the folder its {@code commondir} names, else in its own — and the URLs of the remotes that
 * configuration lists ({@code [remote "origin"] url = …}, {@code pushurl}). Only the repository's own
 * {@code config} file is read (no includes, no {@code insteadOf} rewriting), within 1 MiB.
 *
 * @param top     the checkout's top folder, where {@code .git} is
 * @param remotes each remote's URL as {@code name url}, in the file's order
 * @param read    the files read (the {@code .git} file, {@code commondir}, {@code config}), for the up-to-date digest
 */
record GitCheckout(Path top, List<Remote> remotes, List<Path> read) {

    /** A remote of the checkout: its name and one URL. */
    record Remote(String name, String url) {
    }

    private static final long MAX_BYTES = 1024L * 1024;
    private static final Pattern SECTION = Pattern.compile("^\\s*\\[\\s*([A-Za-z0-9.-]+)(?:\\s+\"((?:[^\"\\\\]|\\\\.)*)\")?\\s*]");
    private static final Pattern URL = Pattern.compile("^\\s*(url|pushurl)\\s*=\\s*(.*?)\\s*$", Pattern.CASE_INSENSITIVE);

    /** The checkout {@code folder} lies in, if any. */
    static Optional<GitCheckout> of(Path folder) {
        for (Path d = folder.toAbsolutePath().normalize(); d != null; d = d.getParent()) {
            Path dotGit = d.resolve(".git");
            if (Files.isDirectory(dotGit)) {
                return Optional.of(read(d, dotGit, List.of()));
            }
            if (Files.isRegularFile(dotGit)) {
                Path top = d;
                Optional<Path> gitDir = firstLine(dotGit).filter(l -> l.startsWith("gitdir:"))
                        .map(l -> top.resolve(l.substring("gitdir:".length()).strip()).normalize());
                // a .git file that names no repository is no checkout, as Git refuses it ("invalid gitfile format")
                return gitDir.map(g -> read(top, g, List.of(dotGit)));
            }
        }
        return Optional.empty();
    }

    /** The checkout at {@code top} whose repository is {@code gitDir}; {@code readSoFar}: the {@code .git} file, if any. */
    private static GitCheckout read(Path top, Path gitDir, List<Path> readSoFar) {
        List<Path> read = new ArrayList<>(readSoFar);
        Path common = gitDir;
        Path commonDir = gitDir.resolve("commondir");
        if (Files.isRegularFile(commonDir)) {
            read.add(commonDir);
            Optional<Path> named = firstLine(commonDir).filter(l -> !l.isEmpty()).map(l -> gitDir.resolve(l).normalize());
            common = named.orElse(gitDir);
        }
        Path config = common.resolve("config");
        read.add(config);
        return new GitCheckout(top, remotes(config), List.copyOf(read));
    }

    /** The remotes' URLs in {@code config}, in order; none when it is absent, unreadable or too large. */
    static List<Remote> remotes(Path config) {
        List<Remote> remotes = new ArrayList<>();
        String remote = null;
        for (String line : lines(config)) {
            Matcher section = SECTION.matcher(line);
            if (section.find()) {
                remote = section.group(1).equalsIgnoreCase("remote") && section.group(2) != null ? section.group(2) : null;
                line = line.substring(section.end());
            }
            Matcher url = URL.matcher(line);
            if (remote != null && url.find() && !url.group(2).isEmpty()) {
                remotes.add(new Remote(remote, unquoted(url.group(2))));
            }
        }
        return List.copyOf(remotes);
    }

    private static String unquoted(String value) {
        String v = value.replaceAll("\\s[#;].*$", "").strip();
        return v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"") ? v.substring(1, v.length() - 1) : v;
    }

    private static Optional<String> firstLine(Path file) {
        List<String> lines = lines(file);
        return lines.isEmpty() ? Optional.empty() : Optional.of(lines.get(0).strip());
    }

    private static List<String> lines(Path file) {
        try {
            if (!Files.isRegularFile(file) || Files.size(file) > MAX_BYTES) {
                return List.of();
            }
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException | RuntimeException e) {
            return List.of(); // an unreadable Git file names no remote; the digest counts it by its name
        }
    }
}
