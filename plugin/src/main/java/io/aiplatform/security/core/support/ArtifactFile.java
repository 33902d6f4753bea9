package io.aiplatform.security.core.support;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A published artifact the build resolved, as plain data: its coordinates and the file in the local repository
 * (an intents file a platform assembles, for example). The core reads the file; it never resolves anything.
 */
public record ArtifactFile(String groupId, String artifactId, String version, Path file) {

    public ArtifactFile {
        Objects.requireNonNull(groupId, "groupId");
        Objects.requireNonNull(artifactId, "artifactId");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(file, "file");
    }

    /** {@code groupId:artifactId:version}, as messages and evidence name the artifact. */
    public String coordinates() {
        return groupId + ":" + artifactId + ":" + version;
    }

    /** {@code groupId:artifactId}: the same artifact in another version. */
    public String key() {
        return groupId + ":" + artifactId;
    }

    @Override
    public String toString() {
        return coordinates() + " (" + file + ")";
    }
}
