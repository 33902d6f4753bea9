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

/** The Spring Cloud (spring-cloud-context) version a module is built with, from its effective POM. */
class SpringCloudVersionTest {

    @Test
    void theManagedVersionOfSpringCloudContextComesFirst() {
        Dependency config = dependency("org.springframework.cloud", "spring-cloud-starter-config", "4.3.0");
        MavenProject p = project(List.of(dependency("org.springframework.cloud", "spring-cloud-context", "4.3.1")),
                List.of(config));
        assertEquals("4.3.1", SpringCloudVersion.of(p, List.of(of(config, List.of()))));
    }

    @Test
    void aModuleThatBringsSpringCloudContextThroughAnotherGroupHasTheManagedVersion() {
        Dependency admin = dependency("de.codecentric", "spring-boot-admin-starter-client", "3.0.0");
        MavenProject p = project(List.of(dependency("org.springframework.cloud", "spring-cloud-context", "3.0.1")),
                List.of(admin));
        assertEquals("3.0.1", SpringCloudVersion.of(p, List.of(of(admin,
                List.of("org.springframework.cloud:spring-cloud-context")))));
    }

    @Test
    void aModuleWithoutSpringCloudOrWithoutAVersionHasNone() {
        Dependency web = dependency("org.springframework.boot", "spring-boot-starter-web", "3.2.5");
        MavenProject p = project(List.of(dependency("org.springframework.cloud", "spring-cloud-context", "4.1.0")),
                List.of(web));
        assertNull(SpringCloudVersion.of(p, List.of(of(web, List.of()))), "a managed version alone makes no Cloud module");
        Dependency config = dependency("org.springframework.cloud", "spring-cloud-starter-config", "4.3.0");
        assertNull(SpringCloudVersion.of(project(List.of(), List.of(config)), List.of(of(config, List.of()))),
                "a starter's own version is not Spring Cloud Context's");
        Dependency context = dependency("org.springframework.cloud", "spring-cloud-context", "${cloud.version}");
        assertNull(SpringCloudVersion.of(project(List.of(), List.of(context)), List.of(of(context, List.of()))));
    }
}
