package io.aiplatform.security.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.apache.maven.model.Model;
import org.apache.maven.model.Parent;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;

/** Whose groupId a module has: its own or a reactor parent's, or an outside parent's (spring-boot-starter-parent). */
class ModuleGroupIdTest {

    private static MavenProject project(String groupId, String declaredGroupId, String parentGroup, String parentArtifact) {
        Model original = new Model();
        original.setGroupId(declaredGroupId);
        original.setArtifactId("ledgerwriter");
        if (parentArtifact != null) {
            Parent parent = new Parent();
            parent.setGroupId(parentGroup);
            parent.setArtifactId(parentArtifact);
            parent.setVersion("1");
            original.setParent(parent);
        }
        MavenProject p = new MavenProject();
        p.setGroupId(groupId);
        p.setArtifactId(parentArtifact == null ? "root" : "ledgerwriter");
        p.setOriginalModel(original);
        return p;
    }

    @Test
    void aGroupIdInheritedFromAnOutsideParentIsNotTheModulesOwn() {
        MavenProject module = project("org.springframework.boot", null, "org.springframework.boot",
                "spring-boot-starter-parent");
        assertEquals(false, MavenModuleReader.ownGroup(module, List.of(module)));
    }

    @Test
    void aDeclaredGroupIdOrOneFromAReactorParentIsTheModulesOwn() {
        MavenProject root = project("com.example", "com.example", null, null);
        assertEquals(true, MavenModuleReader.ownGroup(root, List.of(root)));
        MavenProject child = project("com.example", null, "com.example", "root");
        assertEquals(true, MavenModuleReader.ownGroup(child, List.of(root, child)));
        assertEquals(true, MavenModuleReader.ownGroup(project("com.example", "com.example", "org.springframework.boot",
                "spring-boot-starter-parent"), List.of()));
    }
}
