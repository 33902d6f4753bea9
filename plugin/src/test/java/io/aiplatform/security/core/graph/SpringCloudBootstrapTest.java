package io.aiplatform.security.core.graph;

import static io.aiplatform.security.core.Fixtures.dep;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.aiplatform.security.core.Fixtures;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Spring Cloud 2020.0+ (spring-cloud-context 3.0+) reads bootstrap.yml only with spring-cloud-starter-bootstrap on the
 * classpath; older or unknown versions read it as before.
 */
class SpringCloudBootstrapTest {

    private static final String HTTP = "ports: [{name: http, port: 8080}]\n";
    private static final String EUREKA = "org.springframework.cloud:spring-cloud-starter-netflix-eureka-client";
    private static final String CONFIG = "org.springframework.cloud:spring-cloud-starter-config";

    @TempDir
    Path dir;

    private SourceRun run(String cloudVersion, String... deps) throws Exception {
        SourceRun.write(dir, "items/src/main/resources/bootstrap.properties",
                "spring.cloud.config.uri=http://config:8888\n");
        SourceRun.write(dir, "items/src/main/resources/application.properties", "spring.application.name=items\n");
        List<io.aiplatform.security.core.graph.ModuleDependency> all = new ArrayList<>();
        for (String d : deps) {
            all.add(dep(d));
        }
        Fixtures f = new Fixtures(dir).service("config", HTTP)
                .service("items", HTTP, all.toArray(io.aiplatform.security.core.graph.ModuleDependency[]::new));
        return SourceRun.of(dir, SourceRun.withFrameworks(f.modules(), "items",
                FrameworkVersions.springBoot("3.5.0").withSpringCloud(cloudVersion)), new ConfiguredHosts());
    }

    @Test
    void springCloud2020AndLaterWithoutTheStarterReadsNoBootstrapFile() throws Exception {
        assertEquals(List.of(), List.copyOf(run("4.3.0", CONFIG, EUREKA).edges().keySet()));
    }

    @Test
    void theStarterOrAnOlderOrUnknownVersionReadsIt() throws Exception {
        List<String> edge = List.of("items->config");
        assertEquals(edge, List.copyOf(run("4.3.0", CONFIG, "org.springframework.cloud:spring-cloud-starter-bootstrap")
                .edges().keySet()));
        assertEquals(edge, List.copyOf(run("2.2.1.RELEASE", CONFIG).edges().keySet()), "Hoxton reads it always");
        assertEquals(edge, List.copyOf(run(null, CONFIG).edges().keySet()), "version unknown: as before");
        assertEquals(List.of(), List.copyOf(run("3.0.0", CONFIG).edges().keySet()), "2020.0 without the starter");
    }

    @Test
    void theReasonNamesTheVersionAndTheStarter() {
        Module m = new Module("org.example", "items", dir.resolve("items/pom.xml"), null,
                List.of(dep(CONFIG)), true, FrameworkVersions.springBoot("2.4.2").withSpringCloud("3.0.1"));
        assertEquals(Optional.of("Spring Cloud 3.0.1 (spring-cloud-context) reads bootstrap files only with"
                + " org.springframework.cloud:spring-cloud-starter-bootstrap on the classpath, which items does not"
                + " carry"), SpringCloudBootstrap.whyUnread(m));
    }
}
