package io.aiplatform.security.core.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aiplatform.security.core.Fixtures;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code host.docker.internal} is the Docker host seen from a container: its port published by a Compose file is that
 * Compose service's container port, whether the caller runs in a container, in a pod or on the host.
 */
class DockerHostReferencesTest {

    private static final String COMPOSE = """
            services:
              keycloak:
                image: quay.io/keycloak/keycloak:25.0
                ports: ["8080:8080"]
              pg:
                image: postgres:16
                ports: ["5433:5432"]
              feed:
                build: ./feed
            """;

    @TempDir
    Path dir;

    private SourceRun run(String properties) throws Exception {
        SourceRun.write(dir, "docker-compose.yml", COMPOSE);
        SourceRun.write(dir, "feed/src/main/resources/application.properties", properties);
        return SourceRun.of(dir, new Fixtures(dir)
                .service("feed", "ports: [{name: http, port: 8020}]\n", Fixtures.dep("io.quarkus:quarkus-oidc"),
                        Fixtures.dep("io.quarkus:quarkus-jdbc-postgresql"))
                .platformFile("""
                        services:
                          - {name: keycloak, ports: [{name: http, port: 8080}]}
                          - {name: pg, role: database, ports: [{port: 5432}], provides: [postgresql]}
                        """).modules(), new ConfiguredHosts(), new PomDependencies());
    }

    @Test
    void thePortTheDockerHostPublishesIsTheComposeServicesContainerPort() throws Exception {
        SourceRun run = run("quarkus.oidc.auth-server-url=http://host.docker.internal:8080/realms/social\n"
                + "quarkus.datasource.jdbc.url=jdbc:postgresql://host.docker.internal:5433/feed\n");
        assertEquals(Map.of("feed->keycloak", List.of(8080), "feed->pg", List.of(5432)), run.ports());
        assertEquals(List.of("feed/src/main/resources/application.properties:1 quarkus.oidc.auth-server-url"
                + " (host.docker.internal:8080: the Docker host, where docker-compose.yml:4 publishes Compose service"
                + " keycloak's port 8080 as the host's 8080) names keycloak"), run.edges().get("feed->keycloak"));
        assertEquals(List.of(), run.warnings());
    }

    @Test
    void aPortNothingPublishesStaysAHostOutsideThePlatform() throws Exception {
        SourceRun run = run("quarkus.oidc.auth-server-url=http://host.docker.internal:9999/realms/social\n"
                + "quarkus.datasource.jdbc.url=jdbc:postgresql://pg:5432/feed\n");
        assertEquals(Map.of("feed->pg", List.of(5432)), run.ports());
        assertTrue(run.warnings().stream().anyMatch(w -> w.contains("quarkus.oidc.auth-server-url names host"
                + " 'host.docker.internal', which is no service of the platform")), run.warnings().toString());
    }
}
