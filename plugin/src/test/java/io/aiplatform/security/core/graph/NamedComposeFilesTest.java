package io.aiplatform.security.core.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aiplatform.security.core.Fixtures;
import io.aiplatform.security.core.derive.DeploymentContainers;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Compose file handed to {@code docker compose -f} under a name ending in {@code compose}
 * ({@code docker/infra-compose.yml}) is a Compose file like {@code docker-compose.yml}: the ports it publishes are
 * what a module run on the host reaches through {@code localhost}.
 */
class NamedComposeFilesTest {

    @TempDir
    Path dir;

    @Test
    void aYamlFileWhoseNameEndsInComposeIsAComposeFile() {
        assertTrue(DeploymentContainers.composeFile(Path.of("docker/infra-compose.yml")));
        assertTrue(DeploymentContainers.composeFile(Path.of("ms-compose.yaml")));
        assertTrue(DeploymentContainers.composeFile(Path.of("app.compose.yml")));
        assertTrue(DeploymentContainers.composeFile(Path.of("kafka_compose.YML")));
        assertTrue(DeploymentContainers.composeFile(Path.of("docker-compose.prod.yml")));
        assertFalse(DeploymentContainers.composeFile(Path.of("decompose.yml")));
        assertFalse(DeploymentContainers.composeFile(Path.of("infra-compose.json")));
        assertFalse(DeploymentContainers.composeFile(Path.of("compose-values/values.yaml")));
        assertFalse(DeploymentContainers.composeFile(Path.of("infra-composer.yml")));
    }

    @Test
    void thePortsANamedComposeFilePublishesAreWhatAHostRunModuleReaches() throws Exception {
        SourceRun.write(dir, "docker/infra-compose.yml", """
                services:
                  postgres-auth:
                    image: postgres:15
                    ports:
                      - "51300:5432"
                  postgres-order:
                    image: postgres:15
                    ports:
                      - "51010:5432"
                """);
        SourceRun.write(dir, "auth/src/main/resources/application.yml",
                "spring.datasource.url: jdbc:postgresql://localhost:51300/authdb\n");
        SourceRun run = SourceRun.of(dir, new Fixtures(dir)
                .service("auth", "ports: [{name: http, port: 50300}]\n", Fixtures.dep("org.postgresql:postgresql"))
                .platformFile("""
                        services:
                          - {name: postgres-auth, role: database, ports: [{port: 5432}], provides: [postgresql]}
                          - {name: postgres-order, role: database, ports: [{port: 5432}], provides: [postgresql]}
                        """).modules(), new ConfiguredHosts(), new PomDependencies());
        assertEquals(Map.of("auth->postgres-auth", List.of(5432)), run.ports());
        assertTrue(run.edges().get("auth->postgres-auth").contains("auth/src/main/resources/application.yml:1"
                + " spring.datasource.url (localhost:51300: docker/infra-compose.yml:5 publishes Compose service"
                + " postgres-auth's port 5432 as the host's 51300, and auth runs on the host: no Compose service or"
                + " workload of the repository runs it) names postgres-auth"), run.edges().toString());
        assertEquals(List.of(), run.warnings());
    }
}
