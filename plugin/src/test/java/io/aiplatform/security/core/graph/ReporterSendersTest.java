package io.aiplatform.security.core.graph;

import static io.aiplatform.security.core.Fixtures.dep;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.aiplatform.security.core.Fixtures;
import io.aiplatform.security.core.derive.ReporterSenders;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Zipkin's reporter, which Brave brings into every Spring Cloud Sleuth service, reports under Spring Boot 2 only with
 * spring-cloud-sleuth-zipkin: without it, no edge to the platform's Zipkin; with it, or under Spring Boot 3 (which
 * configures the reporter itself), or with the version unknown, the edge stays.
 */
class ReporterSendersTest {

    private static final String HTTP = "ports: [{name: http, port: 8080}]\n";
    private static final String ZIPKIN = "role: monitoring\nports: [{name: http, port: 9411}]\nprovides: [zipkin]\n";
    private static final String REPORTER = "io.zipkin.reporter2:zipkin-reporter-brave";

    @TempDir
    Path dir;

    private SourceRun run(FrameworkVersions versions, String... libraries) throws Exception {
        List<ModuleDependency> deps = new ArrayList<>();
        deps.add(dep("org.springframework.cloud:spring-cloud-starter-sleuth"));
        deps.add(dep(REPORTER));
        for (String l : libraries) {
            deps.add(dep(l));
        }
        Fixtures f = new Fixtures(dir).service("tracing", ZIPKIN)
                .service("visits", HTTP, deps.toArray(ModuleDependency[]::new));
        return SourceRun.of(dir, SourceRun.withFrameworks(f.modules(), "visits", versions), new PomDependencies());
    }

    @Test
    void underSpringBoot2WithoutSleuthsZipkinModuleTheReporterIsNoEdge() throws Exception {
        SourceRun run = run(FrameworkVersions.springBoot("2.6.3"));
        assertEquals(Map.of(), run.edges());
        assertEquals(List.of("visits -/-> zipkin (io.zipkin.reporter2:zipkin-reporter-brave): not a connection:"
                        + " io.zipkin.reporter2:zipkin-reporter-brave has no sender under Spring Boot 2.6.3: before 3.0"
                        + " only org.springframework.cloud:spring-cloud-sleuth-zipkin or"
                        + " org.springframework.cloud:spring-cloud-starter-zipkin makes it report, and none of them is on"
                        + " the classpath [visits/pom.xml]"),
                run.omissions().stream().filter(o -> o.product().equals("zipkin")).map(Omission::describe).toList());
        assertEquals(List.of(), run.warnings());
    }

    @Test
    void sleuthsZipkinModuleMakesItReport() throws Exception {
        SourceRun run = run(FrameworkVersions.springBoot("2.6.3"), "org.springframework.cloud:spring-cloud-sleuth-zipkin");
        assertEquals(Map.of("visits->tracing", List.of(9411)), run.ports());
    }

    @Test
    void springBoot3AndAnUnknownVersionKeepTheEdge() throws Exception {
        assertEquals(Map.of("visits->tracing", List.of(9411)), run(FrameworkVersions.springBoot("3.2.0")).ports());
        assertEquals(Map.of("visits->tracing", List.of(9411)), run(FrameworkVersions.UNKNOWN).ports());
    }

    @Test
    void theCatalogNamesOnlyTheReporters() {
        assertEquals(Optional.empty(), ReporterSenders.unsent("spring-boot", "2.7.18",
                "io.zipkin.reporter2:zipkin-sender-okhttp3", Set.of()), "a sender is a client by itself");
        assertEquals(Optional.empty(), ReporterSenders.unsent("spring-boot", "3.0.0-RC1",
                "io.zipkin.reporter2:zipkin-reporter", Set.of()));
        assertEquals(true, ReporterSenders.unsent("spring-boot", "2.7.18", "io.zipkin.reporter2:zipkin-reporter",
                Set.of("io.zipkin.brave:brave")).isPresent());
    }
}
