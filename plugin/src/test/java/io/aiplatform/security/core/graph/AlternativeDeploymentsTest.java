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
 * A repository that deploys a workload several ways (a quickstart folder, {@code extras/} variants, overlays): what each
 * deployment file's environment names is a connection of the service, where the merged environment kept only the last
 * file's value of a key.
 */
class AlternativeDeploymentsTest {

    private static final String HTTP = "ports: [{name: http, port: 8080}]\n";
    private static final String PG = "role: database\nports: [{name: pg, port: 5432}]\nprovides: [postgresql]\n";

    @TempDir
    Path dir;

    private static String deployment(String env) {
        return "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ledger\nspec:\n  template:\n    spec:\n"
                + "      containers:\n        - name: ledger\n          image: ledger:1\n" + env.indent(10);
    }

    private static String configMap(String url) {
        return "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ledger-db-config\ndata:\n"
                + "  SPRING_DATASOURCE_URL: " + url + "\n";
    }

    private SourceRun run() throws Exception {
        return SourceRun.of(dir, new Fixtures(dir).service("ledger-db", PG).service("accounts-db", PG)
                .service("ledger", HTTP, dep("org.postgresql:postgresql")).modules(),
                new ConfiguredHosts(), new PomDependencies());
    }

    @Test
    void aVariantsLoopbackDatasourceDoesNotHideTheQuickstartsDatabase() throws Exception {
        // the Cloud SQL variant's file sorts after the quickstart's and reaches its database through a proxy sidecar
        SourceRun.write(dir, "k8s/ledger.yaml", deployment("envFrom: [{configMapRef: {name: ledger-db-config}}]\n")
                + "---\n" + configMap("jdbc:postgresql://ledger-db:5432/ledger"));
        SourceRun.write(dir, "variants/cloudsql/ledger.yaml", deployment(
                "envFrom: [{configMapRef: {name: ledger-db-config}}]\n") + "---\n"
                + configMap("jdbc:postgresql://127.0.0.1:5432/ledger"));
        SourceRun run = run();
        assertEquals(List.of(), run.errors());
        assertEquals(Map.of("ledger->ledger-db", List.of("k8s/ledger.yaml:18 ConfigMap ledger-db-config key"
                + " SPRING_DATASOURCE_URL names ledger-db")), run.edges());
        assertEquals(List.of(), run.warnings());
    }

    @Test
    void eachDeploymentsDatabaseIsAConnection() throws Exception {
        SourceRun.write(dir, "deploy/a/ledger.yaml", deployment(
                "env: [{name: SPRING_DATASOURCE_URL, value: 'jdbc:postgresql://ledger-db:5432/ledger'}]\n"));
        SourceRun.write(dir, "deploy/b/ledger.yaml", deployment(
                "env: [{name: SPRING_DATASOURCE_URL, value: 'jdbc:postgresql://accounts-db:5432/ledger'}]\n"));
        SourceRun run = run();
        assertEquals(List.of(), run.errors());
        assertEquals(Map.of("ledger->accounts-db", List.of("deploy/b/ledger.yaml:11 spring.datasource.url names"
                        + " accounts-db"), "ledger->ledger-db", List.of("deploy/a/ledger.yaml:11 spring.datasource.url"
                        + " names ledger-db")), run.edges());
    }

    @Test
    void withinOneWorkloadEnvStillWinsOverEnvFrom() throws Exception {
        SourceRun.write(dir, "k8s/ledger.yaml", deployment("""
                envFrom: [{configMapRef: {name: ledger-db-config}}]
                env: [{name: SPRING_DATASOURCE_URL, value: 'jdbc:postgresql://ledger-db:5432/ledger'}]
                """) + "---\n" + configMap("jdbc:postgresql://accounts-db:5432/ledger"));
        SourceRun run = run();
        assertEquals(List.of(), run.errors());
        assertEquals(List.of("ledger->ledger-db"), List.copyOf(run.edges().keySet()));
    }

    @Test
    void oneDeploymentsLoopbackDatasourceIsStillTheError() throws Exception {
        SourceRun.write(dir, "variants/cloudsql/ledger.yaml", deployment(
                "envFrom: [{configMapRef: {name: ledger-db-config}}]\n") + "---\n"
                + configMap("jdbc:postgresql://127.0.0.1:5432/ledger"));
        SourceRun.write(dir, "variants/proxy/ledger.yaml", deployment(
                "env: [{name: SPRING_DATASOURCE_URL, value: 'jdbc:postgresql://localhost:5432/ledger'}]\n"));
        SourceRun run = run();
        assertEquals(1, run.errors().size(), run.errors().toString());
        assertEquals(Map.of(), run.edges());
    }
    @Test
    void aWayThatLeavesAKeyToTheServicesConfigurationConnectsWhereTheConfigurationSays() throws Exception {
        // Compose runs ledger with its application.properties' database; the Kubernetes manifest sets another
        SourceRun.write(dir, "ledger/src/main/resources/application.properties",
                "spring.datasource.url=jdbc:postgresql://ledger-db:5432/ledger\n");
        SourceRun.write(dir, "docker-compose.yml", "services:\n  ledger:\n    image: ledger:1\n"
                + "    environment:\n      SERVER_PORT: '8080'\n");
        SourceRun.write(dir, "k8s/ledger.yaml", deployment(
                "env: [{name: SPRING_DATASOURCE_URL, value: 'jdbc:postgresql://accounts-db:5432/ledger'}]\n"));
        SourceRun run = run();
        assertEquals(List.of(), run.errors());
        assertEquals(Map.of("ledger->accounts-db", List.of("k8s/ledger.yaml:11 spring.datasource.url names"
                        + " accounts-db"), "ledger->ledger-db", List.of("ledger/src/main/resources/application.properties:1"
                        + " spring.datasource.url names ledger-db")), run.edges());
    }

    @Test
    void aKeyNoDeploymentSetsStaysTheConfigurationsOnly() throws Exception {
        SourceRun.write(dir, "ledger/src/main/resources/application.properties",
                "spring.datasource.url=jdbc:postgresql://ledger-db:5432/ledger\n");
        SourceRun.write(dir, "docker-compose.yml", "services:\n  ledger:\n    image: ledger:1\n"
                + "    environment:\n      SERVER_PORT: '8080'\n");
        SourceRun.write(dir, "k8s/ledger.yaml", deployment("env: [{name: SERVER_PORT, value: '8081'}]\n"));
        SourceRun run = run();
        assertEquals(List.of(), run.errors());
        assertEquals(Map.of("ledger->ledger-db", List.of("ledger/src/main/resources/application.properties:1"
                + " spring.datasource.url names ledger-db")), run.edges());
    }
}
