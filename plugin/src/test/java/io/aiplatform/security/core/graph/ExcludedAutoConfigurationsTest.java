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
 * Spring Boot creates no DataSource when {@code spring.autoconfigure.exclude} names DataSourceAutoConfiguration: the
 * JDBC driver a shared parent or library puts on the classpath opens no connection — no edge, and no "several
 * providers" error.
 */
class ExcludedAutoConfigurationsTest {

    private static final String HTTP = "ports: [{name: http, port: 8080}]\n";
    private static final String PG = "role: database\nports: [{name: pg, port: 5432}]\nprovides: [postgresql]\n";
    private static final String DATA_SOURCE = "org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration";
    private static final String YAML = "orders/src/main/resources/application.yml";

    @TempDir
    Path dir;

    @Test
    void aDriverWhoseDataSourceAutoConfigurationIsExcludedIsNoEdgeAndNoError() throws Exception {
        SourceRun.write(dir, YAML, "spring:\n  autoconfigure:\n    exclude:\n"
                + "      - org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration\n"
                + "      - " + DATA_SOURCE + "\n");
        SourceRun run = run(spring(dep("org.postgresql:postgresql")));
        assertEquals(List.of(), run.errors());
        assertEquals(Map.of(), run.edges());
        assertEquals(List.of("orders -/-> postgresql (org.postgresql:postgresql): not a connection: orders/src/main/"
                + "resources/application.yml:5 spring.autoconfigure.exclude[1] excludes " + DATA_SOURCE
                + ", which creates the postgresql client [orders/pom.xml]"),
                run.omissions().stream().map(Omission::describe).toList());
    }

    @Test
    void aCommaSeparatedListInTheDeploymentsEnvironmentCountsToo() throws Exception {
        SourceRun.write(dir, "docker-compose.yml", "services:\n  orders:\n    build: ./orders\n    environment:\n"
                + "      SPRING_AUTOCONFIGURE_EXCLUDE: org.example.Other, " + DATA_SOURCE + "\n");
        SourceRun run = run(spring(dep("org.postgresql:postgresql")));
        assertEquals(List.of(), run.errors());
        assertEquals(Map.of(), run.edges());
        assertEquals(1, run.omissions().size(), run.omissions().toString());
    }

    @Test
    void excludingAnotherAutoConfigurationLeavesTheQuestion() throws Exception {
        SourceRun.write(dir, "orders/src/main/resources/application.properties",
                "spring.autoconfigure.exclude=org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration\n");
        SourceRun run = run(spring(dep("org.postgresql:postgresql")));
        assertEquals(1, run.errors().size(), run.errors().toString());
        assertTrue(run.errors().get(0).contains("which pg1, pg2 all provide"), run.errors().get(0));
    }

    @Test
    void anR2dbcDriverIsNotTheDataSources() throws Exception {
        SourceRun.write(dir, YAML, "spring:\n  autoconfigure:\n    exclude: " + DATA_SOURCE + "\n");
        SourceRun run = run(spring(dep("org.postgresql:r2dbc-postgresql")));
        assertEquals(1, run.errors().size(), run.errors().toString());
        assertTrue(run.omissions().isEmpty(), run.omissions().toString());
    }

    @Test
    void aHostThatAKeyNamesIsStillTheEdge() throws Exception {
        SourceRun.write(dir, YAML, "spring:\n  autoconfigure:\n    exclude: " + DATA_SOURCE + "\n"
                + "reports:\n  datasource:\n    url: jdbc:postgresql://pg2:5432/reports\n");
        SourceRun run = run(spring(dep("org.postgresql:postgresql")));
        assertEquals(List.of(), run.errors());
        assertEquals(Map.of("orders->pg2", List.of(5432)), run.ports());
    }

    @Test
    void severalLibrariesOfOneProductAreOneUndecidedError() throws Exception {
        SourceRun run = run(spring(dep("org.postgresql:postgresql"), dep("org.postgresql:r2dbc-postgresql")));
        assertEquals(1, run.errors().size(), run.errors().toString());
        assertTrue(run.errors().get(0).contains("depends on org.postgresql:postgresql"), run.errors().get(0));
    }

    private Fixtures spring(ModuleDependency... drivers) throws Exception {
        List<ModuleDependency> deps = new java.util.ArrayList<>(List.of(dep("org.springframework.boot:spring-boot-starter-web")));
        deps.addAll(List.of(drivers));
        return new Fixtures(dir).service("pg1", PG).service("pg2", PG)
                .service("orders", HTTP, deps.toArray(ModuleDependency[]::new));
    }

    private SourceRun run(Fixtures f) throws Exception {
        return SourceRun.of(dir, f.modules(), new ConfiguredHosts(), new JavaSourceHosts(), new PomDependencies());
    }
}
