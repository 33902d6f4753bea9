package io.aiplatform.security.core.graph;

import static io.aiplatform.security.core.Fixtures.dep;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aiplatform.security.core.Fixtures;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A JDBC driver beside H2/HSQLDB/Derby and no datasource URL: Spring Boot runs the embedded database, no edge, no error. */
class EmbeddedDatabaseTest {

    private static final String HTTP = "ports: [{name: http, port: 8080}]\n";
    private static final String PG = "role: database\nports: [{name: pg, port: 5432}]\nprovides: [postgresql]\n";

    @TempDir
    Path dir;

    private Fixtures platform(String... extra) {
        Fixtures f = new Fixtures(dir).service("pg1", PG).service("pg2", PG);
        List<String> deps = new java.util.ArrayList<>(List.of("org.springframework.boot:spring-boot-starter-data-jpa",
                "org.postgresql:postgresql"));
        deps.addAll(List.of(extra));
        return f.service("app", HTTP, deps.stream().map(c -> dep(c, c.contains("h2") ? "runtime" : null))
                .toArray(io.aiplatform.security.core.graph.ModuleDependency[]::new));
    }

    @Test
    void anEmbeddedEngineAndNoUrlIsNoEdgeAndNoError() throws Exception {
        SourceRun.write(dir, "app/src/main/resources/application.yml", "spring.jpa.show-sql: true\n");
        SourceRun run = run(platform("com.h2database:h2"));
        assertEquals(List.of(), run.errors());
        assertEquals(List.of(), List.copyOf(run.edges().keySet()));
        assertEquals(List.of("app -/-> postgresql (org.postgresql:postgresql): Spring Boot runs an embedded database:"
                        + " com.h2database:h2 is on the runtime classpath and spring.datasource.url is not set"
                        + " [app/pom.xml]"),
                run.omissions().stream().filter(o -> o.product().equals("postgresql")).map(Omission::describe).toList());
    }

    @Test
    void aUrlSetByTheDeploymentStillDecides() throws Exception {
        SourceRun.write(dir, "docker-compose.yml", "services:\n  app:\n    environment:\n"
                + "      SPRING_DATASOURCE_URL: jdbc:postgresql://pg2:5432/app\n");
        SourceRun run = run(platform("com.h2database:h2"));
        assertEquals(List.of(), run.errors());
        assertEquals(List.of("app->pg2"), List.copyOf(run.edges().keySet()));
        assertTrue(run.omissions().stream().noneMatch(o -> o.product().equals("postgresql")), run.omissions().toString());
    }

    @Test
    void withoutAnEmbeddedEngineTheErrorStaysAndNamesExclude() throws Exception {
        SourceRun run = run(platform());
        assertEquals(1, run.errors().size(), run.errors().toString());
        assertTrue(run.errors().get(0).contains("add 'exclude: [{client: postgresql, reason: <why>}]' instead"),
                run.errors().toString());
    }

    @Test
    void embeddedConnectionNoneSwitchesTheEmbeddedDatabaseOff() throws Exception {
        SourceRun.write(dir, "app/src/main/resources/application.properties",
                "spring.datasource.embedded-database-connection=none\n");
        SourceRun run = run(platform("org.hsqldb:hsqldb"));
        assertEquals(1, run.errors().size(), run.errors().toString());
    }

    @Test
    void aServiceWithoutAnyConfigurationIsNotJudged() throws Exception {
        SourceRun run = run(platform("com.h2database:h2"));
        assertEquals(1, run.errors().size(), "its settings are elsewhere: " + run.errors());
    }

    @Test
    void quarkusHasNoSuchRule() throws Exception {
        // a URL that the deployment gives: Quarkus starts no datasource without one (ConfigurationCreatedClientsTest)
        SourceRun.write(dir, "q/src/main/resources/application.properties", "quarkus.datasource.jdbc.url=${DB_URL}\n");
        SourceRun run = run(new Fixtures(dir).service("pg1", PG).service("pg2", PG).service("q", HTTP,
                dep("io.quarkus:quarkus-jdbc-postgresql"), dep("io.quarkus:quarkus-jdbc-h2"), dep("com.h2database:h2")));
        assertEquals(1, run.errors().size(), run.errors().toString());
    }

    private SourceRun run(Fixtures f) throws Exception {
        return SourceRun.of(dir, f.modules(), new ConfiguredHosts(), new JavaSourceHosts(), new PomDependencies());
    }
}
