package io.aiplatform.security.core.derive;

import java.nio.file.Path;
import java.util.List;

/**
 * How the repository's Helm charts are rendered: each with its default values, then {@code valuesFiles}
 * (the {@code helmValues} parameter; later files win, as {@code helm template -f a -f b}), released under
 * the chart's name into {@code namespace}.
 */
public record HelmSettings(List<Path> valuesFiles, String namespace) {

    /** Default values only, in the namespace {@code default}. */
    public static final HelmSettings DEFAULTS = new HelmSettings(List.of(), null);

    public HelmSettings {
        valuesFiles = List.copyOf(valuesFiles);
        namespace = namespace == null || namespace.isBlank() ? "default" : namespace;
    }
}
