package io.aiplatform.security.core.diff;

import io.aiplatform.security.core.support.InvalidInputException;
import io.aiplatform.security.core.support.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A folder of a Git repository as it is at a ref, read with the {@code git} on the PATH ({@code git ls-tree}
 * to list it, {@code git show <ref>:<path>} for each file) and copied into a folder of its own.
 */
public final class GitTree {

    /** Longest one git command may take. */
    static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final String MISSING = "is not on the PATH: diffBaseRef reads the base with it. Install Git, or name"
            + " a folder as the base instead (-Dai-security.diffBase=<folder>)";

    private final ProcessRunner runner;

    public GitTree() {
        this(new ProcessRunner(TIMEOUT));
    }

    GitTree(ProcessRunner runner) {
        this.runner = runner;
    }

    /**
     * Copies the manifest files (.yaml, .yml, .json) below {@code folder} as they are at {@code ref} into
     * {@code target}; an error names the ref or folder that does not exist.
     */
    public void extract(Path folder, String ref, Path target) throws InvalidInputException, IOException {
        if (ref.isBlank() || ref.startsWith("-")) {
            throw problem("diffBaseRef '" + ref + "' is no Git ref (a branch, tag or commit such as origin/main)");
        }
        Path start = existingParent(folder);
        Path top = Path.of(git(start, "rev-parse", "--show-toplevel").strip()).toRealPath();
        Path inside = start.toRealPath().resolve(start.relativize(folder.toAbsolutePath().normalize())).normalize();
        if (!inside.startsWith(top)) {
            throw problem(folder + " is not inside the Git repository " + top);
        }
        String path = top.relativize(inside).toString().replace('\\', '/');
        ProcessRunner.Output commit = runner.run(List.of("git", "rev-parse", "--verify", "--quiet", ref + "^{commit}"),
                top, MISSING);
        if (commit.exit() != 0) {
            throw problem("diffBaseRef '" + ref + "' names no commit of the Git repository " + top
                    + " (git fetch it first in a shallow CI clone)");
        }
        List<String> files = new ArrayList<>();
        for (String name : git(top, "ls-tree", "-r", "-z", "--name-only", ref, "--", path.isEmpty() ? "." : path).split("\0")) {
            if (!name.isEmpty()) {
                files.add(name);
            }
        }
        if (files.isEmpty()) {
            throw problem((path.isEmpty() ? "the repository" : path) + " does not exist at " + ref + " in " + top);
        }
        for (String name : files) {
            String relative = path.isEmpty() ? name : name.equals(path) ? name.substring(name.lastIndexOf('/') + 1)
                    : name.substring(path.length() + 1);
            if (manifest(relative)) {
                Path out = target.resolve(relative).normalize();
                Files.createDirectories(out.getParent());
                ProcessRunner.Output shown = runner.run(List.of("git", "show", ref + ":" + name), top, MISSING);
                if (shown.exit() != 0) {
                    throw problem("git show " + ref + ":" + name + " failed in " + top + ": " + shown.err());
                }
                Files.write(out, shown.out());
            }
        }
    }

    private static boolean manifest(String relative) {
        String file = relative.substring(relative.lastIndexOf('/') + 1);
        return !file.startsWith(".") && (file.endsWith(".yaml") || file.endsWith(".yml") || file.endsWith(".json"));
    }

    private String git(Path dir, String... args) throws InvalidInputException {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        ProcessRunner.Output out = runner.run(command, dir, MISSING);
        if (out.exit() != 0) {
            throw problem(String.join(" ", command) + " failed in " + dir + ": " + out.err());
        }
        return out.text();
    }

    private static Path existingParent(Path folder) {
        Path p = folder.toAbsolutePath().normalize();
        while (p != null && !Files.isDirectory(p)) {
            p = p.getParent();
        }
        return p == null ? folder.toAbsolutePath().getRoot() : p;
    }

    private static InvalidInputException problem(String message) {
        return new InvalidInputException(new Problem(null, 0, null, message));
    }
}
