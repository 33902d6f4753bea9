package io.aiplatform.security.core.intents;

import java.util.Objects;

/** A Maven project's groupId, artifactId and version. */
public record Coordinates(String groupId, String artifactId, String version) {

    public Coordinates {
        Objects.requireNonNull(groupId, "groupId");
        Objects.requireNonNull(artifactId, "artifactId");
        Objects.requireNonNull(version, "version");
    }

    /** {@code groupId:artifactId:version}. */
    @Override
    public String toString() {
        return groupId + ":" + artifactId + ":" + version;
    }
}
