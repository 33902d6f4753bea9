package io.aiplatform.security.core.graph;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A module of the platform's reactor, as plain data: its coordinates, its POM, its declared
 * dependencies, for a service its descriptor file (null for a plain library module), and the versions of the
 * frameworks its build manages ({@link FrameworkVersions}; unknown when none).
 */
public record Module(String groupId, String artifactId, Path pomFile, Path descriptorFile,
                     List<ModuleDependency> dependencies, boolean ownGroup, FrameworkVersions frameworks) {

    /**
     * @param ownGroup whether {@code groupId} is the platform's: the module's POM declares it, or a parent in the
     *                 reactor does; false when it comes from a parent outside the reactor ({@code org.springframework.boot}
     *                 from {@code spring-boot-starter-parent}), whose other artifacts are no modules of the platform
     */
    public Module {
        dependencies = List.copyOf(dependencies);
        frameworks = frameworks == null ? FrameworkVersions.UNKNOWN : frameworks;
    }

    /** A module whose frameworks' versions are unknown. */
    public Module(String groupId, String artifactId, Path pomFile, Path descriptorFile,
                  List<ModuleDependency> dependencies, boolean ownGroup) {
        this(groupId, artifactId, pomFile, descriptorFile, dependencies, ownGroup, FrameworkVersions.UNKNOWN);
    }

    /** The same module built with the frameworks' versions {@code versions}. */
    public Module withFrameworks(FrameworkVersions versions) {
        return new Module(groupId, artifactId, pomFile, descriptorFile, dependencies, ownGroup, versions);
    }

    /** A module whose groupId is the platform's own. */
    public Module(String groupId, String artifactId, Path pomFile, Path descriptorFile,
                  List<ModuleDependency> dependencies) {
        this(groupId, artifactId, pomFile, descriptorFile, dependencies, true);
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

    // equals and hashCode are written out, as the record's own would be: the record's are linked by a
    // bootstrap method on first use, which a fresh JVM (a build) pays for in milliseconds per record class
    @Override
    public boolean equals(Object o) {
        return o instanceof Module m && Objects.equals(groupId, m.groupId) && Objects.equals(artifactId, m.artifactId)
                && Objects.equals(pomFile, m.pomFile) && Objects.equals(descriptorFile, m.descriptorFile)
                && dependencies.equals(m.dependencies) && ownGroup == m.ownGroup && frameworks.equals(m.frameworks);
    }

    /**
     * The hash of the fields that tell modules apart (equal modules have equal coordinates and files): hashing the
     * dependency list too made each map lookup of a module walk every dependency.
     */
    @Override
    public int hashCode() {
        return Objects.hash(groupId, artifactId, pomFile, descriptorFile);
    }
}
