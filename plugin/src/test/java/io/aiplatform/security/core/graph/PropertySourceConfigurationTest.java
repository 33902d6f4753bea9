package io.aiplatform.security.core.graph;

import static io.aiplatform.security.core.Fixtures.dep;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aiplatform.security.core.Fixtures;
import io.aiplatform.security.core.derive.PropertySourceFiles;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Spring's {@code @PropertySource} adds a properties file of the classpath to the environment, below the
 * application's own configuration files; its location's placeholders resolve against what is already set (the
 * deployment's profile). The file may be a library module's resource.
 */
class PropertySourceConfigurationTest {

    private static final String HTTP = "ports: [{name: http, port: 8080}]\n";
    private static final String WEB = "org.springframework.boot:spring-boot-starter-web";
    private static final String APP = """
            package x;
            @org.springframework.context.annotation.PropertySource("classpath:clients-${spring.profiles.active}.properties")
            public class WebApp {
                @org.springframework.beans.factory.annotation.Value("${clients.orders.url}") String orders;
            }
            """;

    @TempDir
    Path dir;

    @Test
    void aLibrarysPropertiesFileNamedByTheActiveProfileConfiguresTheService() throws Exception {
        write("web/src/main/java/x/WebApp.java", APP);
        write("web/src/main/resources/application.yml", "spring.profiles.active: kube\n");
        write("clients/src/main/resources/clients-kube.properties", "clients.orders.url=http://orders:8080\n");
        write("clients/src/main/resources/clients-docker.properties", "clients.orders.url=http://billing:8080\n");
        SourceRun run = run();
        assertEquals(Map.of("web->orders", List.of("clients/src/main/resources/clients-kube.properties:1"
                + " clients.orders.url (@PropertySource at web/src/main/java/x/WebApp.java:2) names orders")),
                run.edges());
    }

    @Test
    void theApplicationsOwnFilesWinOverThePropertySource() throws Exception {
        write("web/src/main/java/x/WebApp.java", APP);
        write("web/src/main/resources/application.yml", "spring.profiles.active: kube\n"
                + "clients.orders.url: http://billing:8080\n");
        write("clients/src/main/resources/clients-kube.properties", "clients.orders.url=http://orders:8080\n");
        SourceRun run = run();
        assertEquals(List.of("web->billing"), List.copyOf(run.edges().keySet()));
    }

    @Test
    void aLocationWhosePlaceholderNothingSetsIsNotReadAndSaysSo() throws Exception {
        write("web/src/main/java/x/WebApp.java", APP);
        write("clients/src/main/resources/clients-kube.properties", "clients.orders.url=http://orders:8080\n");
        SourceRun run = run();
        assertEquals(Map.of(), run.edges());
        assertTrue(run.notices().stream().anyMatch(n -> n.contains("@PropertySource(classpath:clients-"
                + "${spring.profiles.active}.properties) at web/src/main/java/x/WebApp.java:2 is not read: nothing sets"
                + " spring.profiles.active")), run.notices().toString());
    }

    @Test
    void aLocationNoClasspathFolderHoldsIsNotReadAndSaysSoWithoutItsResolvedValue() throws Exception {
        write("web/src/main/java/x/WebApp.java", APP);
        write("web/src/main/resources/application.yml", "spring.profiles.active: prod\n");
        write("clients/src/main/resources/clients-kube.properties", "clients.orders.url=http://orders:8080\n");
        SourceRun run = run();
        assertEquals(Map.of(), run.edges());
        assertTrue(run.notices().stream().anyMatch(n -> n.contains("@PropertySource(classpath:clients-"
                + "${spring.profiles.active}.properties) at web/src/main/java/x/WebApp.java:2 is not read: it names no"
                + " .properties file of the module's or its libraries' src/main/resources")), run.notices().toString());
        assertTrue(run.notices().stream().noneMatch(n -> n.contains("clients-prod")), run.notices().toString());
    }

    @Test
    void aLibraryTheServiceDoesNotDependOnIsNotOnItsClasspath() throws Exception {
        write("web/src/main/java/x/WebApp.java", APP);
        write("web/src/main/resources/application.yml", "spring.profiles.active: kube\n");
        write("clients/src/main/resources/clients-kube.properties", "clients.orders.url=http://orders:8080\n");
        Fixtures f = new Fixtures(dir).service("orders", HTTP).service("billing", HTTP).library("clients")
                .service("web", HTTP, dep(WEB));
        SourceRun run = SourceRun.of(dir, f.modules(), new ConfiguredHosts());
        assertEquals(Map.of(), run.edges());
    }

    @Test
    void aModuleWithoutSpringIsNotReadForTheAnnotation() throws Exception {
        write("web/src/main/java/x/WebApp.java", APP);
        write("web/src/main/resources/application.yml", "spring.profiles.active: kube\n");
        write("clients/src/main/resources/clients-kube.properties", "clients.orders.url=http://orders:8080\n");
        Fixtures f = new Fixtures(dir).service("orders", HTTP).service("billing", HTTP).library("clients")
                .service("web", HTTP, dep("io.quarkus:quarkus-rest"), dep("clients"));
        SourceRun run = SourceRun.of(dir, f.modules(), new ConfiguredHosts());
        assertEquals(Map.of(), run.edges(), "only Spring Framework processes @PropertySource");
        assertTrue(run.notices().stream().noneMatch(n -> n.contains("@PropertySource")), run.notices().toString());
    }

    @Test
    void onlyPropertiesFilesOfTheClasspathAreFound() throws Exception {
        write("lib/src/main/resources/a.properties", "k=v\n");
        write("lib/src/main/resources/a.yml", "k: v\n");
        List<Path> classpath = List.of(dir.resolve("web/src/main/resources"), dir.resolve("lib/src/main/resources"));
        assertEquals(Optional.of(dir.resolve("lib/src/main/resources/a.properties")),
                PropertySourceFiles.find("classpath:/a.properties", classpath));
        assertEquals(Optional.of(dir.resolve("lib/src/main/resources/a.properties")),
                PropertySourceFiles.find("a.properties", classpath), "no prefix: a classpath resource");
        assertEquals(Optional.empty(), PropertySourceFiles.find("file:/etc/a.properties", classpath));
        assertEquals(Optional.empty(), PropertySourceFiles.find("classpath:a.yml", classpath));
        assertEquals(Optional.empty(), PropertySourceFiles.find("classpath:../lib/src/main/resources/a.properties",
                classpath));
    }

    private SourceRun run() throws Exception {
        Fixtures f = new Fixtures(dir).service("orders", HTTP).service("billing", HTTP).library("clients")
                .service("web", HTTP, dep(WEB), dep("clients"));
        return SourceRun.of(dir, f.modules(), new ConfiguredHosts());
    }

    private void write(String path, String text) throws Exception {
        SourceRun.write(dir, path, text);
    }
}
