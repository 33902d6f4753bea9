package io.aiplatform.security.maven;

import io.aiplatform.security.core.graph.Location;
import io.aiplatform.security.core.graph.ModuleDependency;
import java.util.List;
import java.util.Set;
import org.apache.maven.model.Dependency;
import org.apache.maven.model.DependencyManagement;
import org.apache.maven.model.Model;
import org.apache.maven.project.MavenProject;

/** Effective POMs in memory for the framework-version tests: managed and declared dependencies, and the module's view. */
final class EffectivePomFixtures {

    private EffectivePomFixtures() {
    }

    static Dependency dependency(String groupId, String artifactId, String version) {
        Dependency d = new Dependency();
        d.setGroupId(groupId);
        d.setArtifactId(artifactId);
        d.setVersion(version);
        return d;
    }

    /** A project whose dependency management holds {@code managed} (none when empty) and that declares {@code declared}. */
    static MavenProject project(List<Dependency> managed, List<Dependency> declared) {
        Model model = new Model();
        if (!managed.isEmpty()) {
            DependencyManagement management = new DependencyManagement();
            management.setDependencies(managed);
            model.setDependencyManagement(management);
        }
        model.setDependencies(declared);
        return new MavenProject(model);
    }

    /** {@code d} as the module's dependency, bringing {@code brings}. */
    static ModuleDependency of(Dependency d, List<String> brings) {
        return new ModuleDependency(d.getGroupId(), d.getArtifactId(), null, false, Set.of(), new Location(null, 0), brings);
    }
}
