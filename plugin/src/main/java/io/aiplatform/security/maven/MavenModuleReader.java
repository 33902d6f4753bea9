package io.aiplatform.security.maven;

import io.aiplatform.security.core.command.KnownClients;
import io.aiplatform.security.core.graph.FrameworkVersions;
import io.aiplatform.security.core.graph.Location;
import io.aiplatform.security.core.graph.Module;
import io.aiplatform.security.core.graph.ModuleDependency;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.maven.model.Dependency;
import org.apache.maven.model.Exclusion;
import org.apache.maven.model.InputLocation;
import org.apache.maven.project.MavenProject;

/**
 * Reads the reactor's projects into plain {@link Module}s: coordinates, POM file, the
 * dependencies each POM declares (after inheritance and dependency management, no resolution, so
 * nothing needs to be built or installed), the descriptor file if the module is a service, the Spring Boot
 * version it is built with ({@link SpringBootVersion}) and the image its effective Jib configuration builds
 * ({@link JibTargetImage}).
 */
final class MavenModuleReader {

    private final String descriptorPath;
    private final TransitiveDependencies transitive;

    /** {@code transitive}: reads what external dependencies bring, or null to read only the reactor's POMs. */
    MavenModuleReader(String descriptorPath, TransitiveDependencies transitive) {
        this.descriptorPath = descriptorPath;
        this.transitive = transitive;
    }

    List<Module> read(List<MavenProject> projects) {
        List<MavenProject> reactor = projects;
        List<Module> modules = new ArrayList<>();
        for (MavenProject project : projects) {
            Path descriptor = project.getBasedir().toPath().resolve(descriptorPath);
            List<ModuleDependency> dependencies = new ArrayList<>();
            for (Dependency d : project.getDependencies()) {
                if (IntentsArtifacts.isIntents(d)) {
                    continue; // names services the platform assembles, not a library the module runs
                }
                Set<String> exclusions = new LinkedHashSet<>();
                for (Exclusion e : d.getExclusions()) {
                    exclusions.add(e.getGroupId() + ":" + e.getArtifactId());
                }
                boolean external = reactor.stream().noneMatch(p -> p.getGroupId().equals(d.getGroupId())
                        && p.getArtifactId().equals(d.getArtifactId()));
                boolean runtime = d.getScope() == null || d.getScope().equals("compile") || d.getScope().equals("runtime");
                List<String> brings = transitive != null && external && runtime
                        && !KnownClients.contains(d.getGroupId(), d.getArtifactId()) ? transitive.of(d) : List.of();
                dependencies.add(new ModuleDependency(d.getGroupId(), d.getArtifactId(), d.getScope(), d.isOptional(),
                        exclusions, location(d, project), brings));
            }
            modules.add(new Module(project.getGroupId(), project.getArtifactId(), project.getFile().toPath(),
                    // anything at the path (a directory, a dangling link, a FIFO) makes a service whose
                    // descriptor the core then refuses, naming what it is: never a silently dropped service
                    Files.exists(descriptor, java.nio.file.LinkOption.NOFOLLOW_LINKS) ? descriptor : null, dependencies,
                    ownGroup(project, reactor), FrameworkVersions.springBoot(SpringBootVersion.of(project, dependencies))
                            .withSpringCloud(SpringCloudVersion.of(project, dependencies))));
            JibTargetImage.of(project).ifPresent(jib -> modules.set(modules.size() - 1,
                    modules.get(modules.size() - 1).withBuiltImage(jib.image(), jib.where(), jib.how())));
        }
        return modules;
    }

    /**
     * Whether the project's groupId is the platform's: its POM declares it, or it inherits it from a parent in the
     * reactor, not from one outside ({@code spring-boot-starter-parent}'s {@code org.springframework.boot}).
     */
    static boolean ownGroup(MavenProject project, List<MavenProject> reactor) {
        if (project.getOriginalModel() == null || project.getOriginalModel().getGroupId() != null) {
            return true;
        }
        org.apache.maven.model.Parent parent = project.getOriginalModel().getParent();
        return parent == null || reactor.stream().anyMatch(p -> p.getGroupId().equals(parent.getGroupId())
                && p.getArtifactId().equals(parent.getArtifactId()));
    }

    private static Location location(Dependency d, MavenProject project) {
        InputLocation location = d.getLocation("artifactId");
        if (location == null) {
            location = d.getLocation("");
        }
        if (location == null) {
            return new Location(project.getFile().toPath(), 0);
        }
        Path file = project.getFile().toPath();
        if (location.getSource() != null && location.getSource().getLocation() != null) {
            try {
                file = Paths.get(location.getSource().getLocation());
            } catch (RuntimeException e) {
                // not a file path (e.g. a POM from a repository): keep the project's own POM
            }
        }
        return new Location(file, Math.max(location.getLineNumber(), 0));
    }
}
