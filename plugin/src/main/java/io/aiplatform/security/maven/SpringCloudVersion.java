package io.aiplatform.security.maven;

import io.aiplatform.security.core.graph.ModuleDependency;
import java.util.List;
import org.apache.maven.model.Dependency;
import org.apache.maven.model.DependencyManagement;
import org.apache.maven.project.MavenProject;

/**
 * The Spring Cloud version a module is built with, read from its effective POM (no resolution): the version its
 * dependency management gives {@code org.springframework.cloud:spring-cloud-context} (the {@code spring-cloud-dependencies}
 * release train imports Spring Cloud Commons' BOM, which manages it at Commons' version: 3.0 for 2020.0), else that
 * of {@code spring-cloud-context} when the module declares it. Only for a module that uses Spring Cloud: it declares
 * an {@code org.springframework.cloud} artifact, or a dependency brings {@code spring-cloud-context}. Null when unknown.
 */
final class SpringCloudVersion {

    static final String GROUP = "org.springframework.cloud";

    private static final String CONTEXT = "spring-cloud-context";

    private SpringCloudVersion() {
    }

    static String of(MavenProject project, List<ModuleDependency> dependencies) {
        boolean uses = dependencies.stream().anyMatch(d -> d.groupId().equals(GROUP)
                || d.brings().contains(GROUP + ":" + CONTEXT));
        if (!uses) {
            return null;
        }
        DependencyManagement management = project.getModel() == null ? null : project.getModel().getDependencyManagement();
        if (management != null) {
            for (Dependency d : management.getDependencies()) {
                if (d.getGroupId().equals(GROUP) && d.getArtifactId().equals(CONTEXT) && known(d.getVersion())) {
                    return d.getVersion();
                }
            }
        }
        for (Dependency d : project.getDependencies()) {
            if (d.getGroupId().equals(GROUP) && d.getArtifactId().equals(CONTEXT) && known(d.getVersion())) {
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
