package io.aiplatform.security.core.graph;

import static io.aiplatform.security.core.Fixtures.dep;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aiplatform.security.core.Fixtures;
import io.aiplatform.security.core.support.InvalidInputException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The profiles a deployment activates (Compose, Kubernetes env, a Dockerfile's ENV, the module's own file) are read. */
class DeploymentProfilesTest {

    private static final String HTTP = "ports: [{name: http, port: 8080}]\n";
    private static final String WEB = "org.springframework.boot:spring-boot-starter-web";
    private static final String APP = """
            spring:
              application.name: app
              config.import: optional:configserver:http://localhost:8888/
            ---
            spring:
              config:
                activate.on-profile: docker
                import: configserver:http://config:8888
            """;

    @TempDir
    Path dir;

    private Fixtures platform() {
        return new Fixtures(dir).service("config", "ports: [{name: http, port: 8888}]\n")
                .service("app", HTTP, dep(WEB), dep("org.springframework.cloud:spring-cloud-starter-config"));
    }

    @Test
    void theDockerfilesEnvActivatesTheProfileAndTheEvidenceSaysSo() throws Exception {
        SourceRun.write(dir, "app/src/main/resources/application.yml", APP);
        SourceRun.write(dir, "app/Dockerfile", """
                FROM eclipse-temurin:17 AS build
                ENV SPRING_PROFILES_ACTIVE=test
                FROM eclipse-temurin:17
                # the image the service runs
                ENV JAVA_OPTS="-Xmx256m" \\
                    SPRING_PROFILES_ACTIVE=docker
                """);
        SourceRun run = run(platform());
        assertEquals(List.of("app->config"), List.copyOf(run.edges().keySet()));
        assertEquals(List.of("app/src/main/resources/application.yml:8 spring.config.import (profile docker, active by"
                + " app/Dockerfile:5 ENV SPRING_PROFILES_ACTIVE) names config"), run.edges().get("app->config"));
        assertTrue(run.warnings().stream().noneMatch(w -> w.contains("localhost")), run.warnings().toString());
        assertEquals(List.of("app/src/main/ai-security/service.yaml: service 'app': its configuration is read for profile"
                + " docker, which app/Dockerfile:5 ENV SPRING_PROFILES_ACTIVE activates (-Dai-security.profiles, when"
                + " given, is read instead)"), run.notices());
    }

    @Test
    void composeWinsOverTheImageAndTheModulesOwnFile() throws Exception {
        SourceRun.write(dir, "app/src/main/resources/application.yml", "spring.profiles.active: local\n" + APP);
        SourceRun.write(dir, "app/Dockerfile", "FROM x\nENV SPRING_PROFILES_ACTIVE local\n");
        SourceRun.write(dir, "docker-compose.yml", """
                services:
                  app:
                    build: ./app
                    environment:
                      - SPRING_PROFILES_ACTIVE=docker
                """);
        SourceRun run = run(platform());
        assertEquals(List.of("app->config"), List.copyOf(run.edges().keySet()));
        assertTrue(run.notices().get(0).contains("which docker-compose.yml:5 SPRING_PROFILES_ACTIVE activates"),
                run.notices().toString());
    }

    @Test
    void theModulesOwnActiveProfileCounts() throws Exception {
        SourceRun.write(dir, "app/src/main/resources/application.yml", "spring.profiles.active: docker\n" + APP);
        SourceRun run = run(platform());
        assertEquals(List.of("app->config"), List.copyOf(run.edges().keySet()));
        assertTrue(run.notices().get(0).contains("which app/src/main/resources/application.yml:1 spring.profiles.active"
                + " activates"), run.notices().toString());
    }

    @Test
    void aYamlListOfProfilesIsRead() throws Exception {
        SourceRun.write(dir, "app/src/main/resources/application.yml", "spring.profiles.active: [native, docker]\n" + APP);
        SourceRun run = run(platform());
        assertEquals(List.of("app->config"), List.copyOf(run.edges().keySet()));
        assertTrue(run.notices().get(0).contains("is read for profile native, docker, which"
                + " app/src/main/resources/application.yml:1 spring.profiles.active[0] activates"), run.notices().toString());
    }

    @Test
    void quarkusProfileKeysAndMicronautEnvironmentFilesFollowTheirVariables() throws Exception {
        SourceRun.write(dir, "q/src/main/resources/application.properties", """
                quarkus.rest-client.config.url=http://localhost:8888
                %kube.quarkus.rest-client.config.url=http://config:8888
                """);
        SourceRun.write(dir, "mn/src/main/resources/application.yml", "micronaut.http.services.config.url: http://localhost:8888\n");
        SourceRun.write(dir, "mn/src/main/resources/application-k8s.yml",
                "micronaut.http.services.config.url: http://config:8888\n");
        SourceRun.write(dir, "k8s/deployments.yaml", """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: q}
                spec:
                  template:
                    spec:
                      containers:
                        - name: q
                          env: [{name: QUARKUS_PROFILE, value: kube}]
                ---
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: mn}
                spec:
                  template:
                    spec:
                      containers:
                        - name: mn
                          env: [{name: MICRONAUT_ENVIRONMENTS, value: "k8s,cloud"}]
                """);
        SourceRun run = run(new Fixtures(dir).service("config", "ports: [{name: http, port: 8888}]\n")
                .service("q", HTTP, dep("io.quarkus:quarkus-rest-client")).service("mn", HTTP,
                        dep("io.micronaut:micronaut-http-client")));
        assertEquals(List.of("mn->config", "q->config"), List.copyOf(run.edges().keySet()));
        assertTrue(run.edges().get("q->config").get(0).contains("(profile kube, active by k8s/deployments.yaml:9"
                + " QUARKUS_PROFILE)"), run.edges().toString());
        assertTrue(run.edges().get("mn->config").get(0).startsWith("mn/src/main/resources/application-k8s.yml:1"),
                run.edges().toString());
        assertTrue(run.warnings().stream().noneMatch(w -> w.contains("localhost")), run.warnings().toString());
    }

    @Test
    void profilesGivenToTheBuildWinAndNothingActiveReadsTheDefault() throws Exception {
        SourceRun.write(dir, "app/src/main/resources/application.yml", APP);
        SourceRun.write(dir, "app/Dockerfile", "FROM x\nENV SPRING_PROFILES_ACTIVE=docker\n");
        SourceRun given = SourceRun.of(new DerivationProject(dir, platform().modules(), List.of("dev"), "shop"),
                new ConfiguredHosts());
        assertEquals(List.of(), List.copyOf(given.edges().keySet()));
        assertEquals(List.of(), given.notices());
        SourceRun.write(dir, "app/Dockerfile", "FROM x\nENV OTHER=1\n");
        SourceRun none = run(platform());
        assertEquals(List.of(), List.copyOf(none.edges().keySet()));
        assertTrue(none.warnings().stream().anyMatch(w -> w.contains("spring.config.import names host 'localhost'")),
                none.warnings().toString());
    }

    private SourceRun run(Fixtures f) throws InvalidInputException {
        return SourceRun.of(dir, f.modules(), new ConfiguredHosts());
    }
}
