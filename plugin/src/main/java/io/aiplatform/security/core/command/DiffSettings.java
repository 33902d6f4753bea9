package io.aiplatform.security.core.command;

import java.nio.file.Path;

/**
 * Where the base of the diff is, and whether a widening fails the build: a Git ref ({@code diffBaseRef}, read
 * at {@code diffBase} or else {@code checkDirectory}), else the folder {@code diffBase}, else the GitOps copy
 * {@code checkDirectory}; no base, no diff.
 */
public record DiffSettings(Path checkDirectory, Path diffBase, String diffBaseRef, boolean failOnWidening) {

    /** No base named, and no gate. */
    public static final DiffSettings NONE = new DiffSettings(null, null, null, false);

    public DiffSettings {
        diffBaseRef = diffBaseRef == null || diffBaseRef.isBlank() ? null : diffBaseRef.strip();
    }

    /** True when a base is named beyond the GitOps copy: a folder or a Git ref. */
    public boolean explicitBase() {
        return diffBase != null || diffBaseRef != null;
    }
}
