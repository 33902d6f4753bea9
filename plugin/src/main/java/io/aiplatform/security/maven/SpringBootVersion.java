package io.aiplatform.security.maven;

import io.aiplatform.security.core.graph.ModuleDependency;
import java.util.List;
import org.apache.maven.model.Dependency;
import org.apache.maven.model.DependencyManagement;
import org.apache.maven.project.MavenProject;

/**
 * The Spring Boot version a module is built with, read from its effective POM (no resolution): the version its
 * dependency management gives {@code org.springframework.boot:spring-boot} (from {@code spring-boot-starter-parent}
 * or an imported {@code spring-boot-dependencies}, which manage Spring Boot's own artifacts at the release's version),
 * else that of {@code spring-boot} when the module declares it. Only for a module that uses Spring Boot: it declares an
 * {@code org.springframework.boot} artifact, or a dependency brings {@code spring-boot}. Null when unknown (a build
 * that gives starters versions of its own, without Spring Boot's dependency management): keys are then read as
 * before, whatever the version.
 */
final class SpringBootVersion {

    static final String GROUP = "org.springframework.boot";

    private static final String CORE = GROUP + ":spring-boot";

    private SpringBootVersion() {
    }

    static String of(MavenProject project, List<ModuleDependency> dependencies) {
        boolean uses = dependencies.stream().anyMatch(d -> d.groupId().equals(GROUP) || d.brings().contains(CORE));
        if (!uses) {
            return null;
        }
        DependencyManagement management = project.getModel() == null ? null : project.getModel().getDependencyManagement();
        if (management != null) {
            for (Dependency d : management.getDependencies()) {
                if (d.getGroupId().equals(GROUP) && d.getArtifactId().equals("spring-boot") && known(d.getVersion())) {
                    return d.getVersion();
                }
            }
        }
        for (Dependency d : project.getDependencies()) {
            if (d.getGroupId().equals(GROUP) && d.getArtifactId().equals("spring-boot") && known(d.getVersion())) {
                return d.getVersion();
            }
        }
        return null;
    }

    /** A version the build resolved: not blank, no property left unexpanded. */
    private static boolean known(String version) {
        return version != null && !version.isBlank() && !version.contains("${");
    }
}
