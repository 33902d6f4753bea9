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
 * {@code @SpringBootApplication(exclude = DataSourceAutoConfiguration.class)} in a service's own sources switches its
 * DataSource off like {@code spring.autoconfigure.exclude}: the driver is no edge and no "several providers" error,
 * with the file and line as evidence.
 */
class ExcludedAutoConfigurationsInCodeTest {

    private static final String HTTP = "ports: [{name: http, port: 8080}]\n";
    private static final String PG = "role: database\nports: [{name: pg, port: 5432}]\nprovides: [postgresql]\n";
    private static final String APP = "orders/src/main/java/app/OrdersApplication.java";

    @TempDir
    Path dir;

    @Test
    void anAnnotationOfTheApplicationClassExcludingTheDataSourceIsNoEdgeAndNoError() throws Exception {
        SourceRun.write(dir, APP, "package app;\n\n"
                + "import org.springframework.boot.autoconfigure.SpringBootApplication;\n"
                + "import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;\n\n"
                + "@SpringBootApplication(exclude = {DataSourceAutoConfiguration.class})\n"
                + "public class OrdersApplication {\n}\n");
        SourceRun run = run();
        assertEquals(List.of(), run.errors());
        assertEquals(Map.of(), run.edges());
        assertEquals(List.of("orders -/-> postgresql (org.postgresql:postgresql): not a connection: " + APP
                + ":6 @SpringBootApplication(exclude) excludes DataSourceAutoConfiguration, which creates the postgresql"
                + " client [orders/pom.xml]"), run.omissions().stream().map(Omission::describe).toList());
    }

    @Test
    void anAnnotationExcludingAnotherAutoConfigurationLeavesTheQuestion() throws Exception {
        SourceRun.write(dir, APP, "package app;\n"
                + "import org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration;\n"
                + "@SpringBootApplication(exclude = SecurityAutoConfiguration.class)\n"
                + "public class OrdersApplication {}\n");
        SourceRun run = run();
        assertEquals(1, run.errors().size(), run.errors().toString());
        assertTrue(run.errors().get(0).contains("which pg1, pg2 all provide"), run.errors().get(0));
    }

    @Test
    void theConfigurationsExclusionIsNamedFirst() throws Exception {
        SourceRun.write(dir, "orders/src/main/resources/application.properties",
                "spring.autoconfigure.exclude=org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration\n");
        SourceRun.write(dir, APP, "package app;\n"
                + "@SpringBootApplication(excludeName = \"org.springframework.boot.autoconfigure.jdbc."
                + "DataSourceAutoConfiguration\")\npublic class OrdersApplication {}\n");
        SourceRun run = run();
        assertEquals(List.of(), run.errors());
        assertEquals(1, run.omissions().size(), run.omissions().toString());
        assertTrue(run.omissions().get(0).describe().contains("application.properties:1 spring.autoconfigure.exclude"),
                run.omissions().get(0).describe());
    }

    private SourceRun run() throws Exception {
        Fixtures f = new Fixtures(dir).service("pg1", PG).service("pg2", PG).service("orders", HTTP,
                dep("org.springframework.boot:spring-boot-starter-web"), dep("org.postgresql:postgresql"));
        return SourceRun.of(dir, f.modules(), new ConfiguredHosts(), new JavaSourceHosts(), new PomDependencies());
    }
}
