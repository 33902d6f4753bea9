package io.aiplatform.security.core.graph;

import static io.aiplatform.security.core.Fixtures.dep;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aiplatform.security.core.Fixtures;
import io.aiplatform.security.core.support.InvalidInputException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Spring Boot 4 reads MongoDB's connection under spring.mongodb.*: both forms are read, the advice names the module's. */
class SpringBootFourKeysTest {

    private static final String HTTP = "ports: [{name: http, port: 8080}]\n";
    private static final String MONGO = "role: database\nports: [{port: 27017}]\nprovides: [mongodb]\n";

    @TempDir
    Path dir;

    /** Spring Boot 4's starter as its POM brings it: the spring-boot-mongodb module comes with it. */
    private static ModuleDependency bootFourStarter() {
        return new ModuleDependency("org.springframework.boot", "spring-boot-starter-data-mongodb", null, false, Set.of(),
                new Location(null, 0), List.of("org.springframework.boot:spring-boot-starter-mongodb",
                "org.springframework.boot:spring-boot-mongodb", "org.springframework.boot:spring-boot-data-mongodb",
                "org.mongodb:mongodb-driver-sync"));
    }

    @Test
    void theAdviceOnSpringBootFourNamesSpringMongodb() throws Exception {
        SourceRun run = run(new Fixtures(dir).service("m1", MONGO).service("m2", MONGO).service("app", HTTP,
                bootFourStarter()));
        assertEquals(1, run.errors().size(), run.errors().toString());
        assertTrue(run.errors().get(0).contains("set spring.mongodb.uri (or spring.mongodb.host) to the one it uses"
                + " (it is not set)"), run.errors().toString());
        assertTrue(!run.errors().get(0).contains("spring.data.mongodb"), run.errors().toString());
    }

    @Test
    void theAdviceOnSpringBootThreeNamesSpringDataMongodb() throws Exception {
        SourceRun run = run(new Fixtures(dir).service("m1", MONGO).service("m2", MONGO).service("app", HTTP,
                dep("org.springframework.boot:spring-boot-starter-data-mongodb")));
        assertEquals(1, run.errors().size(), run.errors().toString());
        assertTrue(run.errors().get(0).contains("set spring.data.mongodb.uri (or spring.data.mongodb.host) to the one"
                + " it uses (it is not set)"), run.errors().toString());
    }

    @Test
    void springMongodbHostNamesTheServer() throws Exception {
        SourceRun.write(dir, "app/src/main/resources/application.properties", "spring.mongodb.host=m2\n");
        SourceRun run = run(new Fixtures(dir).service("m1", MONGO).service("m2", MONGO).service("app", HTTP,
                bootFourStarter()));
        assertEquals(List.of(), run.errors());
        assertEquals(List.of("app->m2"), List.copyOf(run.edges().keySet()));
        assertTrue(run.edges().get("app->m2").stream().anyMatch(r -> r.contains("spring.mongodb.host")),
                run.edges().toString());
    }

    private SourceRun run(Fixtures f) throws InvalidInputException {
        return SourceRun.of(dir, f.modules(), new ConfiguredHosts(), new JavaSourceHosts(), new PomDependencies());
    }
}
