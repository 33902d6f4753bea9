package io.aiplatform.security.core.graph;

import static io.aiplatform.security.core.Fixtures.dep;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.aiplatform.security.core.Fixtures;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Spring Cloud Config's client fetches nothing while {@code spring.cloud.config.enabled} is false (its documented
 * switch, default true): the starter is no edge and no "no service provides" warning, and a {@code configserver:}
 * import configures nothing.
 */
class ConfigClientSwitchTest {

    private static final String HTTP = "ports: [{name: http, port: 8080}]\n";
    private static final String CONFIG_SERVER = "role: config-server\nports: [{name: http, port: 8888}]\n"
            + "provides: [spring-cloud-config]\n";
    private static final String STARTER = "org.springframework.cloud:spring-cloud-starter-config";
    private static final String COMPOSE = "services:\n  web:\n    build: ./web\n    environment:\n";

    @TempDir
    Path dir;

    @Test
    void theComposeEnvironmentSwitchingTheClientOffLeavesNoWarning() throws Exception {
        SourceRun.write(dir, "docker-compose.yml", COMPOSE + "      - SPRING_CLOUD_CONFIG_ENABLED=false\n");
        SourceRun run = SourceRun.of(dir, new Fixtures(dir).service("web", HTTP, dep(STARTER)).service("other", HTTP)
                .modules(), new ConfiguredHosts(), new PomDependencies());
        assertEquals(Map.of(), run.edges());
        assertEquals(List.of(), run.warnings());
        assertEquals(List.of("web -/-> spring-cloud-config (" + STARTER + "): its configuration switches the"
                + " spring-cloud-config client off: docker-compose.yml:5 spring.cloud.config.enabled is false [web/pom.xml]"),
                run.omissions().stream().map(Omission::describe).toList());
    }

    @Test
    void withoutTheSwitchTheMissingConfigServerIsStillWarnedAbout() throws Exception {
        SourceRun.write(dir, "docker-compose.yml", COMPOSE + "      - SPRING_CLOUD_CONFIG_ENABLED=true\n");
        SourceRun run = SourceRun.of(dir, new Fixtures(dir).service("web", HTTP, dep(STARTER)).service("other", HTTP)
                .modules(), new ConfiguredHosts(), new PomDependencies());
        assertEquals(1, run.warnings().size(), run.warnings().toString());
        assertEquals(true, run.warnings().get(0).contains("no service provides 'spring-cloud-config'"), run.warnings().toString());
    }

    @Test
    void aConfigServerImportIsNoEdgeWhileTheClientIsOff() throws Exception {
        SourceRun.write(dir, "web/src/main/resources/application.yml",
                "spring:\n  config:\n    import: optional:configserver:http://config:8888\n  cloud:\n    config:\n"
                        + "      enabled: false\n");
        assertEquals(Map.of(), configServerRun().edges());
        SourceRun.write(dir, "web/src/main/resources/application.yml",
                "spring:\n  config:\n    import: optional:configserver:http://config:8888\n");
        assertEquals(Map.of("web->config", List.of(8888)), configServerRun().ports());
    }

    private SourceRun configServerRun() throws Exception {
        return SourceRun.of(dir, new Fixtures(dir).service("config", CONFIG_SERVER).service("web", HTTP, dep(STARTER))
                .modules(), new ConfiguredHosts(), new PomDependencies());
    }
}
