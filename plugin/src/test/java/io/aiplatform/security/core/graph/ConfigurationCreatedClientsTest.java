package io.aiplatform.security.core.graph;

import static io.aiplatform.security.core.Fixtures.dep;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aiplatform.security.core.Fixtures;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Micronaut creates a JDBC DataSource per configured {@code datasources.<name>}: a Micronaut service with a database
 * driver and no {@code datasources.*} has no database client — no edge, and no "several providers" error.
 */
class ConfigurationCreatedClientsTest {

    private static final String HTTP = "ports: [{name: http, port: 8080}]\n";
    private static final String PG = "role: database\nports: [{name: pg, port: 5432}]\nprovides: [postgresql]\n";

    @TempDir
    Path dir;

    @Test
    void aMicronautDriverThatNoDatasourceConfiguresIsNoEdgeAndNoError() throws Exception {
        SourceRun.write(dir, "orders/src/main/resources/application.yml", "micronaut:\n  server:\n    port: 8080\n");
        SourceRun run = run(micronaut());
        assertEquals(List.of(), run.errors());
        assertEquals(Map.of(), run.edges());
        assertEquals(List.of("orders -/-> postgresql (org.postgresql:postgresql): not a connection: Micronaut creates a"
                + " postgresql client only for datasources.* or r2dbc.datasources.* entries, and the configuration (its"
                + " files, its deployment's environment) sets none [orders/pom.xml]"),
                run.omissions().stream().map(Omission::describe).toList());
        assertEquals(List.of(), run.warnings());
    }

    @Test
    void aDatasourceInTheDeploymentsEnvironmentIsTheEdge() throws Exception {
        SourceRun.write(dir, "docker-compose.yml", "services:\n  orders:\n    build: ./orders\n    environment:\n"
                + "      DATASOURCES_DEFAULT_URL: jdbc:postgresql://pg2:5432/orders\n");
        SourceRun run = run(micronaut());
        assertEquals(List.of(), run.errors());
        assertEquals(Map.of("orders->pg2", List.of(5432)), run.ports());
        assertTrue(run.omissions().isEmpty(), run.omissions().toString());
    }

    @Test
    void aNamedDatasourceInTheFilesIsTheEdge() throws Exception {
        SourceRun.write(dir, "orders/src/main/resources/application.yml",
                "datasources:\n  reports:\n    url: jdbc:postgresql://pg1:5432/reports\n");
        SourceRun run = run(micronaut());
        assertEquals(List.of(), run.errors());
        assertEquals(Map.of("orders->pg1", List.of(5432)), run.ports());
    }

    @Test
    void aDatasourceWithoutAHostStillAsksWhichProvider() throws Exception {
        SourceRun.write(dir, "orders/src/main/resources/application.yml", "datasources:\n  default:\n    username: app\n");
        SourceRun run = run(micronaut());
        assertEquals(1, run.errors().size(), run.errors().toString());
        assertTrue(run.errors().get(0).contains("which pg1, pg2 all provide"), run.errors().get(0));
    }

    @Test
    void springBootIsNotCoveredByTheRule() throws Exception {
        SourceRun run = run(new Fixtures(dir).service("pg1", PG).service("pg2", PG)
                .service("boot", HTTP, dep("org.springframework.boot:spring-boot-starter-jdbc"), dep("org.postgresql:postgresql")));
        assertEquals(1, run.errors().size(), run.errors().toString());
        assertTrue(run.errors().get(0).contains("'boot'"), run.errors().get(0));
        assertTrue(run.omissions().isEmpty(), run.omissions().toString());
    }

    @Test
    void aQuarkusDatasourceWithoutAUrlIsNoEdgeAndNoError() throws Exception {
        SourceRun run = run(new Fixtures(dir).service("pg1", PG).service("pg2", PG)
                .service("q", HTTP, dep("io.quarkus:quarkus-jdbc-postgresql")));
        assertEquals(List.of(), run.errors());
        assertEquals(Map.of(), run.edges());
        assertEquals(List.of("q -/-> postgresql (io.quarkus:quarkus-jdbc-postgresql): not a connection: Quarkus creates a"
                + " postgresql client only for quarkus.datasource.jdbc.url or quarkus.datasource.reactive.url or"
                + " quarkus.datasource.*.jdbc.url or quarkus.datasource.*.reactive.url or quarkus.datasource.url or"
                + " quarkus.datasource.*.url entries, and the configuration (its files, its deployment's environment)"
                + " sets none [q/pom.xml]"),
                run.omissions().stream().map(Omission::describe).toList());
    }

    @Test
    void aQuarkusDatasourceOfTheDevProfileOnlyIsNoEdgeEvenWithOneProvider() throws Exception {
        SourceRun.write(dir, "web/src/main/resources/application.properties", "%dev.quarkus.datasource.db-kind=postgresql\n"
                + "%dev.quarkus.datasource.jdbc.url=jdbc:postgresql://localhost:5432/cafe\nquarkus.datasource.username=app\n");
        SourceRun run = run(new Fixtures(dir).service("pg1", PG)
                .service("web", HTTP, dep("io.quarkus:quarkus-jdbc-postgresql")));
        assertEquals(List.of(), run.errors());
        assertEquals(Map.of(), run.edges());
        assertEquals(List.of(), run.warnings());
        assertEquals(1, run.omissions().size(), run.omissions().toString());
    }

    @Test
    void aQuarkusDatasourceUrlOfTheProdProfileIsTheEdge() throws Exception {
        SourceRun.write(dir, "q/src/main/resources/application.properties",
                "%prod.quarkus.datasource.jdbc.url=jdbc:postgresql://pg2:5432/q\n");
        SourceRun run = run(new Fixtures(dir).service("pg1", PG).service("pg2", PG)
                .service("q", HTTP, dep("io.quarkus:quarkus-jdbc-postgresql")));
        assertEquals(List.of(), run.errors());
        assertEquals(Map.of("q->pg2", List.of(5432)), run.ports());
        assertTrue(run.omissions().isEmpty(), run.omissions().toString());
    }

    @Test
    void aQuarkus1DatasourceUrlIsTheEdge() throws Exception {
        SourceRun.write(dir, "q/src/main/resources/application.properties",
                "quarkus.datasource.url=jdbc:postgresql://pg1:5432/q\n");
        SourceRun run = run(new Fixtures(dir).service("pg1", PG).service("pg2", PG)
                .service("q", HTTP, dep("io.quarkus:quarkus-jdbc-postgresql")));
        assertEquals(List.of(), run.errors());
        assertEquals(Map.of("q->pg1", List.of(5432)), run.ports());
    }

    @Test
    void aNamedQuarkusReactiveDatasourceInTheDeploymentsEnvironmentIsTheEdge() throws Exception {
        SourceRun.write(dir, "docker-compose.yml", "services:\n  q:\n    build: ./q\n    environment:\n"
                + "      QUARKUS_DATASOURCE__USERS__REACTIVE_URL: postgresql://pg1:5432/users\n");
        SourceRun run = run(new Fixtures(dir).service("pg1", PG).service("pg2", PG)
                .service("q", HTTP, dep("io.quarkus:quarkus-reactive-pg-client")));
        assertEquals(List.of(), run.errors());
        assertEquals(Map.of("q->pg1", List.of(5432)), run.ports());
        assertTrue(run.omissions().isEmpty(), run.omissions().toString());
    }

    private Fixtures micronaut() throws Exception {
        return new Fixtures(dir).service("pg1", PG).service("pg2", PG).service("orders", HTTP,
                dep("io.micronaut:micronaut-http-server-netty"), dep("io.micronaut.sql:micronaut-jdbc-hikari"),
                dep("org.postgresql:postgresql"));
    }

    private SourceRun run(Fixtures f) throws Exception {
        return SourceRun.of(dir, f.modules(), new ConfiguredHosts(), new JavaSourceHosts(), new PomDependencies());
    }
}
