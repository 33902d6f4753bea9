package io.aiplatform.security.core.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Decides whether the plugin may write into a folder it is given (the output folder, the GitOps
 * copy) before anything there is changed. Refused are places that are never the plugin's (the
 * project root or a parent of it, a module's folder, a source or resource folder, a {@code .git}
 * folder or a repository root, a folder holding a {@code pom.xml}) and a non-empty folder without an
 * {@link OwnershipRecord} unless every file in it is one the plugin generates ({@link LayerFiles}):
 * then the folder is adopted, and its record lists those files.
 */
public final class OwnedFolder {

    /** The two kinds of folder the plugin writes, as the parameter that names them and an example. */
    public enum Kind {
        OUTPUT("outputDirectory", "target/ai-security"),
        GITOPS("checkDirectory", "deploy/security");

        private final String parameter;
        private final String example;

        Kind(String parameter, String example) {
            this.parameter = parameter;
            this.example = example;
        }

        String must() {
            return parameter + " must be a folder the plugin owns, e.g. " + example;
        }
    }

    /** Where the project is: its root (null when unknown, a goal run without a project) and its modules' folders. */
    public record Project(Path root, List<Path> modules) {
        public static final Project UNKNOWN = new Project(null, List.of());

        public Project {
            modules = modules == null ? List.of() : List.copyOf(modules);
        }
    }

    private OwnedFolder() {
    }

    /**
     * The record of {@code folder}: its own, an adopted one (not yet written), or an empty one for a
     * folder that does not exist or is empty; refuses, naming the folder and why, what is not the plugin's.
     */
    public static OwnershipRecord claim(Path folder, Kind kind, Project project) throws IOException {
        refusePlace(folder, kind, project);
        if (!Files.isDirectory(folder)) {
            if (Files.exists(folder)) {
                throw new OwnershipException(kind.parameter + " " + folder + " is a file, not a folder; " + kind.must());
            }
            return OwnershipRecord.empty();
        }
        OwnershipRecord record = OwnershipRecord.read(folder);
        return record != null ? record : adopt(folder, kind);
    }

    /** Refuses the places that are never the plugin's, whatever they hold. */
    static void refusePlace(Path folder, Kind kind, Project project) throws IOException {
        Path f = real(folder);
        String why = null;
        for (Path part = f; part != null && why == null; part = part.getParent()) {
            if (part.getFileName() != null && part.getFileName().toString().equals(".git")) {
                why = "is inside the .git folder " + part;
            }
        }
        if (why == null && project.root() != null) {
            why = projectPlace(f, real(project.root()), "the project root", "the project");
        }
        for (Path module : project.modules()) {
            if (why == null && module != null) {
                why = projectPlace(f, real(module), "the folder of a module", "a module");
            }
        }
        if (why == null && Files.exists(f.resolve(".git"))) {
            why = "is the root of a Git repository (it holds .git)";
        }
        if (why == null && Files.exists(f.resolve("pom.xml"))) {
            why = "holds a pom.xml: it is a project's folder";
        }
        if (why != null) {
            throw new OwnershipException(kind.parameter + " " + folder + " " + why + "; nothing was written or deleted"
                    + " there. " + kind.must() + " (a new or empty folder, or one the plugin wrote before).");
        }
    }

    /** Why {@code f} is a place of the project (folder {@code base}) the plugin never writes into, or null. */
    private static String projectPlace(Path f, Path base, String isIt, String ofIt) {
        if (f.equals(base)) {
            return "is " + isIt;
        }
        if (base.startsWith(f)) {
            return "is a parent of " + ofIt + " (" + base + ")";
        }
        if (f.startsWith(base)) {
            Path inside = base;
            for (Path segment : base.relativize(f)) {
                inside = inside.resolve(segment);
                if (segment.toString().equals("src")) {
                    return "is a source or resource folder (inside " + inside + ")";
                }
            }
        }
        return null;
    }

    /** The record of a folder without one whose every file the plugin generates; else a refusal naming the first other file. */
    private static OwnershipRecord adopt(Path folder, Kind kind) throws IOException {
        Map<String, byte[]> adopted = new TreeMap<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(p -> !Files.isDirectory(p)).sorted().toList();
        }
        for (Path file : files) {
            String path = folder.relativize(file).toString().replace('\\', '/');
            LayerFiles.Verdict verdict = kind == Kind.GITOPS ? LayerFiles.inGitOpsCopy(file, path)
                    : LayerFiles.inOutput(file, path);
            if (verdict == LayerFiles.Verdict.FOREIGN) {
                throw new OwnershipException(kind.parameter + " " + folder + " is not empty and has no ownership record ("
                        + OwnershipRecord.FILE + "), and " + path + " in it was not written by the plugin; nothing was"
                        + " written or deleted there. " + kind.must() + " (a new or empty folder, or one the plugin"
                        + " wrote before); or move " + path + " out of it.");
            }
            if (verdict == LayerFiles.Verdict.GENERATED) {
                adopted.put(path, Files.readAllBytes(file));
            }
        }
        return OwnershipRecord.of(adopted);
    }

    /** The absolute, normalized path, with symbolic links resolved for the part that exists. */
    static Path real(Path path) throws IOException {
        Path abs = path.toAbsolutePath().normalize();
        Path existing = abs;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return abs;
        }
        return existing.toRealPath().resolve(existing.relativize(abs)).normalize();
    }
}
