package io.aiplatform.security.core.graph;

import java.nio.file.Path;
import java.util.List;

/**
 * A module of the platform's reactor, as plain data: its coordinates, its POM, its declared
 * dependencies and, for a service, its descriptor file (null for a plain library module).
 */
public record Module(String groupId, String artifactId, Path pomFile, Path descriptorFile,
                     List<ModuleDependency> dependencies) {

    public Module {
        dependencies = List.copyOf(dependencies);
    }

    public String key() {
        return groupId + ":" + artifactId;
    }

    /** The group of services listed in the platform file ({@code src/main/ai-security/platform.yaml}). */
    public static final String PLATFORM_GROUP = "platform.yaml";

    /** A service of the platform file: no POM, no sources, no dependencies. */
    public static Module withoutPom(String name, Path platformFile) {
        return new Module(PLATFORM_GROUP, name, null, platformFile, List.of());
    }

    /** The module's folder (where its POM is), or null for a service of the platform file. */
    public Path directory() {
        return pomFile == null ? null : pomFile.toAbsolutePath().getParent();
    }

    public boolean isService() {
        return descriptorFile != null;
    }
}
