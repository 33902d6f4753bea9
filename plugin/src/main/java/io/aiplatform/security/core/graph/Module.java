package io.aiplatform.security.core.graph;

import io.aiplatform.security.core.derive.BuiltImage;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A module of the platform's reactor, as plain data: its coordinates, its POM, its declared
 * dependencies, for a service its descriptor file (null for a plain library module), the versions of the
 * frameworks its build manages ({@link FrameworkVersions}; unknown when none), and the images its effective build
 * configuration names that its own POM's text does not show (a Jib target image set by an inherited property; none
 * when the build tool gives none).
 */
public record Module(String groupId, String artifactId, Path pomFile, Path descriptorFile,
                     List<ModuleDependency> dependencies, boolean ownGroup, FrameworkVersions frameworks,
                     List<BuiltImage> builtImages) {

    /**
     * @param ownGroup whether {@code groupId} is the platform's: the module's POM declares it, or a parent in the
     *                 reactor does; false when it comes from a parent outside the reactor ({@code org.springframework.boot}
     *                 from {@code spring-boot-starter-parent}), whose other artifacts are no modules of the platform
     */
    public Module {
        dependencies = List.copyOf(dependencies);
        frameworks = frameworks == null ? FrameworkVersions.UNKNOWN : frameworks;
        builtImages = builtImages == null ? List.of() : List.copyOf(builtImages);
    }

    /** A module whose build names no image beyond what its POM's text shows. */
    public Module(String groupId, String artifactId, Path pomFile, Path descriptorFile,
                  List<ModuleDependency> dependencies, boolean ownGroup, FrameworkVersions frameworks) {
        this(groupId, artifactId, pomFile, descriptorFile, dependencies, ownGroup, frameworks, List.of());
    }

    /** The same module, its effective build configuration naming {@code images}. */
    public Module withBuiltImages(List<BuiltImage> images) {
        return new Module(groupId, artifactId, pomFile, descriptorFile, dependencies, ownGroup, frameworks, images);
    }

    /**
     * The same module, its effective build configuration also naming {@code image} at {@code where} by {@code how}
     * ({@code the property image, jib-maven-plugin's target image}); a name with a placeholder left is no image.
     */
    public Module withBuiltImage(String image, Location where, String how) {
        BuiltImage built = new BuiltImage(image, where.file(), where.line(), how);
        if (!built.resolved() || image.contains("${")) {
            return this;
        }
        List<BuiltImage> images = new java.util.ArrayList<>(builtImages);
        images.add(built);
        return withBuiltImages(images);
    }

    /** A module whose frameworks' versions are unknown. */
    public Module(String groupId, String artifactId, Path pomFile, Path descriptorFile,
                  List<ModuleDependency> dependencies, boolean ownGroup) {
        this(groupId, artifactId, pomFile, descriptorFile, dependencies, ownGroup, FrameworkVersions.UNKNOWN);
    }

    /** The same module built with the frameworks' versions {@code versions}. */
    public Module withFrameworks(FrameworkVersions versions) {
        return new Module(groupId, artifactId, pomFile, descriptorFile, dependencies, ownGroup, versions, builtImages);
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
                && dependencies.equals(m.dependencies) && ownGroup == m.ownGroup && frameworks.equals(m.frameworks)
                && builtImages.equals(m.builtImages);
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
