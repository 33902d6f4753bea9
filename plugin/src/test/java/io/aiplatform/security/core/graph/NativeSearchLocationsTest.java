package io.aiplatform.security.core.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.aiplatform.security.core.Fixtures;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NativeSearchLocationsTest {

    private static final String HTTP = "ports: [{name: http, port: 8080}]\n";
    private static final String CONFIG_SERVER = "ports: [{port: 8888}]\nprovides: [spring-cloud-config]\n";

    @TempDir
    Path dir;

    private SourceRun run(String serverConfiguration, String serverDescriptor) throws Exception {
        SourceRun.write(dir, "web/src/main/resources/application.yml",
                "spring.config.import: configserver:http://config:8888\n");
        SourceRun.write(dir, "config/src/main/resources/application.yml", serverConfiguration);
        SourceRun.write(dir, "config/src/main/resources/config/web.yml", "x: 1\nclients.search.url: http://search:9200\n");
        return SourceRun.of(dir, new Fixtures(dir).service("web", HTTP).service("search", "ports: [{port: 9200}]\n")
                .service("config", serverDescriptor).modules(), new ConfiguredHosts());
    }

    @Test
    void aNativeConfigServerWithoutSearchLocationsServesItsClassPathConfigFolder() throws Exception {
        SourceRun run = run("server.port: 8888\nspring.profiles.active: native\n", CONFIG_SERVER);
        assertEquals(List.of("web->config", "web->search"), List.copyOf(run.edges().keySet()));
        assertEquals(List.of("config/src/main/resources/config/web.yml:2 clients.search.url names search"),
                run.edges().get("web->search"));
    }

    @Test
    void aConfigServerWithoutTheNativeProfileServesNoFolderOfTheRepository() throws Exception {
        SourceRun run = run("server.port: 8888\nspring.cloud.config.server.git.uri: https://example.com/config.git\n",
                CONFIG_SERVER);
        assertEquals(Map.of(), filter(run.edges(), "web->search"));
    }

    @Test
    void aServiceWithTheNativeProfileThatRunsNoConfigServerServesNothing() throws Exception {
        SourceRun run = run("server.port: 8888\nspring.profiles.active: native\n", "ports: [{port: 8888}]\n");
        assertEquals(Map.of(), filter(run.edges(), "web->search"));
    }

    @Test
    void configuredSearchLocationsWinOverTheDefault() throws Exception {
        SourceRun.write(dir, "config/src/main/resources/shared/web.yml", "clients.search.url: http://search:9200\n");
        SourceRun run = run("spring.profiles.active: native\nspring.cloud.config.server.native.search-locations: classpath:/shared\n",
                CONFIG_SERVER);
        assertEquals(List.of("config/src/main/resources/shared/web.yml:1 clients.search.url names search"),
                run.edges().get("web->search"));
    }

    private static Map<String, List<String>> filter(Map<String, List<String>> edges, String key) {
        return edges.containsKey(key) ? Map.of(key, edges.get(key)) : Map.of();
    }
}
