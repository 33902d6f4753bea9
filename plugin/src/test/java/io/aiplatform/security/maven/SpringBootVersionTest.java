package io.aiplatform.security.maven;

import static io.aiplatform.security.maven.EffectivePomFixtures.dependency;
import static io.aiplatform.security.maven.EffectivePomFixtures.of;
import static io.aiplatform.security.maven.EffectivePomFixtures.project;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.apache.maven.model.Dependency;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;

/** The Spring Boot version a module is built with, from its effective POM. */
class SpringBootVersionTest {

    @Test
    void theManagedVersionOfSpringBootComesFirst() {
        Dependency web = dependency("org.springframework.boot", "spring-boot-starter-web", "3.3.1");
        MavenProject p = project(List.of(dependency("org.springframework.boot", "spring-boot", "3.3.2")), List.of(web));
        assertEquals("3.3.2", SpringBootVersion.of(p, List.of(of(web, List.of()))));
    }

    @Test
    void elseTheVersionOfADeclaredSpringBootCoreArtifact() {
        Dependency core = dependency("org.springframework.boot", "spring-boot", "2.7.18");
        assertEquals("2.7.18", SpringBootVersion.of(project(List.of(), List.of(core)), List.of(of(core, List.of()))));
    }

    @Test
    void aStarterWithAVersionOfItsOwnTellsNothing() {
        Dependency web = dependency("org.springframework.boot", "spring-boot-starter-web", "1.0.0");
        assertNull(SpringBootVersion.of(project(List.of(), List.of(web)), List.of(of(web, List.of()))),
                "without Spring Boot's dependency management the version is not known to be the release's");
    }

    @Test
    void aModuleUsingSpringBootOnlyThroughAnotherStarterHasTheManagedVersion() {
        Dependency gateway = dependency("org.springframework.cloud", "spring-cloud-starter-gateway", "4.1.0");
        MavenProject p = project(List.of(dependency("org.springframework.boot", "spring-boot", "3.2.5")), List.of(gateway));
        assertEquals("3.2.5", SpringBootVersion.of(p, List.of(of(gateway, List.of("org.springframework.boot:spring-boot")))));
    }

    @Test
    void aModuleWithoutSpringBootOrWithoutAVersionHasNone() {
        Dependency quarkus = dependency("io.quarkus", "quarkus-rest", "3.8.0");
        MavenProject p = project(List.of(dependency("org.springframework.boot", "spring-boot", "3.2.5")), List.of(quarkus));
        assertNull(SpringBootVersion.of(p, List.of(of(quarkus, List.of()))), "a managed version alone does not make a Boot module");
        Dependency web = dependency("org.springframework.boot", "spring-boot-starter-web", "${boot.version}");
        assertNull(SpringBootVersion.of(project(List.of(), List.of(web)), List.of(of(web, List.of()))));
    }
}
