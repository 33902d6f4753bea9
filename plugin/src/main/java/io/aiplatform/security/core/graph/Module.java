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

    public boolean isService() {
        return descriptorFile != null;
    }
}
