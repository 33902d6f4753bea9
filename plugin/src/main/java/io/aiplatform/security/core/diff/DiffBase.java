package io.aiplatform.security.core.diff;

import io.aiplatform.security.core.io.OutputWriter;
import io.aiplatform.security.core.support.InvalidInputException;
import io.aiplatform.security.core.support.Problem;
import io.aiplatform.security.core.validate.Finding;
import io.aiplatform.security.core.validate.Manifest;
import io.aiplatform.security.core.validate.ManifestLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The base of a diff, read as manifests: a folder at a Git ref ({@code diffBaseRef}, the folder {@code diffBase} or
 * else {@code checkDirectory}), else the folder {@code diffBase}, else the GitOps copy {@code checkDirectory}.
 */
public final class DiffBase {

    /** The manifests of the base, and how the report names it. */
    public record Read(String description, List<Manifest> manifests) {
    }

    /** How the report's base starts when it is the GitOps copy. */
    public static final String GITOPS_COPY = "the GitOps copy ";

    private final Path folder;
    private final String ref;
    private final String description;

    private DiffBase(Path folder, String ref, String description) {
        this.folder = folder;
        this.ref = ref;
        this.description = description;
    }

    /** The base named, relative names shown from {@code projectBase}; empty when none is named. */
    public static Optional<DiffBase> of(Path checkDirectory, Path diffBase, String diffBaseRef, Path projectBase)
            throws InvalidInputException {
        Path folder = diffBase != null ? diffBase : checkDirectory;
        if (diffBaseRef != null) {
            if (folder == null) {
                throw new InvalidInputException(new Problem(null, 0, null, "diffBaseRef needs the folder to read at that"
                        + " ref: set checkDirectory (the GitOps copy) or diffBase (-Dai-security.diffBase=deploy/security)"));
            }
            return Optional.of(new DiffBase(folder, diffBaseRef, shown(folder, projectBase) + " at "
                    + diffBaseRef));
        }
        if (folder == null || diffBase == null && !Files.isDirectory(folder)) {
            return Optional.empty(); // the GitOps copy before its first publish: nothing to compare with
        }
        return Optional.of(new DiffBase(folder, null, (diffBase != null ? "the folder " : GITOPS_COPY)
                + shown(folder, projectBase)));
    }

    /** True when this base is the GitOps copy in the working tree (checkDirectory, not a ref). */
    public boolean isFolder() {
        return ref == null;
    }

    /** The base's manifests; a folder that does not exist is an error, a file that does not parse too. */
    public Read read(ManifestLoader loader) throws InvalidInputException, IOException {
        if (ref == null) {
            if (!Files.isDirectory(folder)) {
                throw new InvalidInputException(new Problem(null, 0, null, "the diff's base " + folder + " is no folder"));
            }
            return new Read(description, load(loader, folder));
        }
        Path copy = Files.createTempDirectory("ai-security-diff-base");
        try {
            new GitTree().extract(folder, ref, copy);
            return new Read(description, load(new ManifestLoader(copy), copy));
        } finally {
            OutputWriter.deleteRecursively(copy);
        }
    }

    private static List<Manifest> load(ManifestLoader loader, Path folder) throws InvalidInputException, IOException {
        ManifestLoader.Result result = loader.load(List.of(folder));
        for (Finding f : result.findings()) {
            if (f.severity() == io.aiplatform.security.core.validate.Severity.ERROR) {
                throw new InvalidInputException(new Problem(null, 0, null, "the diff's base cannot be read: " + f.file()
                        + (f.line() > 0 ? ":" + f.line() : "") + " " + f.message()));
            }
        }
        return result.manifests();
    }

    private static String shown(Path folder, Path projectBase) {
        Path abs = folder.toAbsolutePath().normalize();
        Path base = projectBase == null ? null : projectBase.toAbsolutePath().normalize();
        return base != null && abs.startsWith(base) && !abs.equals(base)
                ? base.relativize(abs).toString().replace('\\', '/') : abs.toString();
    }
}
