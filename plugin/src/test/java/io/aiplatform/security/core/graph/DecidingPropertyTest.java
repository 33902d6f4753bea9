package io.aiplatform.security.core.graph;

import static io.aiplatform.security.core.Fixtures.dep;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aiplatform.security.core.Fixtures;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Several providers of a product: the error names the property of that framework and client that decides. */
class DecidingPropertyTest {

    private static final String HTTP = "ports: [{name: http, port: 8080}]\n";
    private static final String PG = "role: database\nports: [{name: pg, port: 5432}]\nprovides: [postgresql]\n";

    @TempDir
    Path dir;

    @Test
    void quarkusNamedDatasourcesOnTwoServersAreTwoEdges() throws Exception {
        SourceRun.write(dir, "app/src/main/resources/application.properties", """
                quarkus.datasource."users".reactive.url=postgresql://users-db:5432/users
                quarkus.datasource.orders.jdbc.url=jdbc:postgresql://orders-db:5432/orders
                """);
        SourceRun run = run(new Fixtures(dir).service("users-db", PG).service("orders-db", PG)
                .service("app", HTTP, dep("io.quarkus:quarkus-reactive-pg-client"), dep("io.quarkus:quarkus-jdbc-postgresql")));
        assertEquals(List.of(), run.errors());
        assertEquals(List.of("app->orders-db", "app->users-db"), List.copyOf(run.edges().keySet()));
    }

    @Test
    void quarkusNamedDatasourcesFromTheDeploymentAreTwoEdges() throws Exception {
        SourceRun.write(dir, "app/src/main/resources/application.properties", """
                quarkus.datasource."users".reactive.url=vertx-reactive:postgresql://localhost:5432/users
                quarkus.datasource."orders".reactive.url=${ORDERS_DB:postgresql://localhost:5432/orders}
                """);
        SourceRun.write(dir, "docker-compose.yml", """
                services:
                  app:
                    environment:
                      QUARKUS_DATASOURCE__USERS__REACTIVE_URL: vertx-reactive:postgresql://users-db:5432/users
                      ORDERS_DB: postgresql://orders-db:5432/orders
                """);
        SourceRun run = run(new Fixtures(dir).service("users-db", PG).service("orders-db", PG)
                .service("app", HTTP, dep("io.quarkus:quarkus-reactive-pg-client")));
        assertEquals(List.of(), run.errors());
        assertEquals(List.of("app->orders-db", "app->users-db"), List.copyOf(run.edges().keySet()));
        assertTrue(run.warnings().stream().noneMatch(w -> w.contains("localhost")), run.warnings().toString());
    }

    @Test
    void theErrorNamesSpringsPropertyTheHostItFoundAndEveryCandidate() throws Exception {
        SourceRun.write(dir, "app/src/main/resources/application.properties",
                "server.port=8080\nspring.datasource.url=jdbc:postgresql://localhost:5432/app?password=s3cret\n");
        SourceRun run = run(new Fixtures(dir).service("pg1", PG).service("pg2", PG)
                .service("app", HTTP, dep("org.postgresql:postgresql")));
        assertEquals(1, run.errors().size(), run.errors().toString());
        String error = run.errors().get(0);
        assertTrue(error.contains("depends on org.postgresql:postgresql, a client of 'postgresql', which pg1, pg2 all"
                + " provide, and its configuration names none of them, so nothing decides which one it uses; say which:"
                + " set spring.datasource.url (or spring.r2dbc.url) to the one it uses (now `localhost` in"
                + " app/src/main/resources/application.properties:2), or name it in app's descriptor ('calls: [pg1]' or"
                + " 'calls: [pg2]'); if it uses none of them (an embedded database, a library it never calls), add"
                + " 'exclude: [{client: postgresql, reason: <why>}]' instead"), error);
        assertTrue(!error.contains("s3cret") && !error.contains("spring.data.postgresql"), error);
    }

    @Test
    void quarkusAndMicronautErrorsNameTheirOwnProperties() throws Exception {
        String mongo = "role: database\nports: [{port: 27017}]\nprovides: [mongodb]\n";
        SourceRun.write(dir, "m/src/main/resources/application.yml", "mongodb.uri: ${MONGO_URI}\n");
        // a URL that the deployment gives: Quarkus starts no datasource without one (ConfigurationCreatedClientsTest)
        SourceRun.write(dir, "q/src/main/resources/application.properties", "quarkus.datasource.reactive.url=${DB_URL}\n");
        SourceRun run = run(new Fixtures(dir).service("pg1", PG).service("pg2", PG)
                .service("m1", mongo).service("m2", mongo)
                .service("q", HTTP, dep("io.quarkus:quarkus-reactive-pg-client"))
                .service("m", HTTP, dep("io.micronaut.mongodb:micronaut-mongo-sync")));
        assertEquals(2, run.errors().size(), run.errors().toString());
        assertTrue(run.errors().stream().anyMatch(e -> e.contains("set quarkus.datasource.reactive.url (or"
                + " quarkus.datasource.jdbc.url) to the one it uses (quarkus.datasource.reactive.url in"
                + " q/src/main/resources/application.properties:1 needs DB_URL, which has no default)")),
                run.errors().toString());
        assertTrue(run.errors().stream().anyMatch(e -> e.contains("which m1, m2 all provide")
                && e.contains("set mongodb.uri to the one it uses (mongodb.uri in m/src/main/resources/application.yml:1"
                + " needs MONGO_URI, which has no default)")), run.errors().toString());
    }

    @Test
    void aLoopbackHostThatTheDeploymentOverridesIsNoWarning() throws Exception {
        String mongo = "role: database\nports: [{port: 27017}]\nprovides: [mongodb]\n";
        SourceRun.write(dir, "app/src/main/resources/application.yml",
                "spring.data.mongodb.host: localhost\nspring.rabbitmq.host: localhost\n");
        SourceRun.write(dir, "docker-compose.yml", "services:\n  app:\n    environment:\n"
                + "      SPRING_DATA_MONGODB_URI: mongodb://mongo:27017/app\n");
        SourceRun run = run(new Fixtures(dir).service("mongo", mongo).service("rabbitmq", "ports: [{port: 5672}]\n")
                .service("app", HTTP, dep("org.springframework.boot:spring-boot-starter-data-mongodb"),
                        dep("org.springframework.boot:spring-boot-starter-amqp")));
        assertEquals(List.of("app->mongo"), List.copyOf(run.edges().keySet()));
        assertEquals(1, run.warnings().stream().filter(w -> w.contains("localhost")).count(), run.warnings().toString());
        assertTrue(run.warnings().stream().anyMatch(w -> w.contains("spring.rabbitmq.host names host 'localhost'")),
                "the deployment sets no RabbitMQ key: " + run.warnings());
    }

    private SourceRun run(Fixtures f) throws Exception {
        return SourceRun.of(dir, f.modules(), new ConfiguredHosts(), new JavaSourceHosts(), new PomDependencies());
    }

    @Test
    void everyCandidateIsNamedAndNoneAsTheAnswer() throws Exception {
        SourceRun run = run(new Fixtures(dir).service("pg1", PG).service("pg2", PG).service("pg3", PG).service("pg4", PG)
                .service("app", HTTP, dep("org.postgresql:postgresql")));
        assertEquals(1, run.errors().size(), run.errors().toString());
        String error = run.errors().get(0);
        assertTrue(error.contains("which pg1, pg2, pg3, pg4 all provide") && error.contains("to the one it uses (it is not"
                + " set), or name it in app's descriptor ('calls: [<one of pg1, pg2, pg3, pg4>]'); if it uses none of"
                + " them"), error);
        assertTrue(!error.contains("'calls: [pg1]'"), "no candidate is offered as the answer: " + error);
    }

    @Test
    void theDecidingPropertyIsTheOneTheModulesSpringBootVersionReads() throws Exception {
        String redis = "role: database\nports: [{port: 6379}]\nprovides: [redis]\n";
        SourceRun.write(dir, "app/src/main/resources/application.properties", "spring.redis.host=localhost\n");
        java.util.List<Module> modules = new java.util.ArrayList<>(new Fixtures(dir).service("r1", redis)
                .service("r2", redis).service("app", HTTP, dep("org.springframework.boot:spring-boot-starter-data-redis"))
                .modules());
        modules.set(2, modules.get(2).withFrameworks(FrameworkVersions.springBoot("3.3.2")));
        SourceRun run = SourceRun.of(dir, modules, new ConfiguredHosts(), new PomDependencies());
        assertEquals(1, run.errors().size(), run.errors().toString());
        assertTrue(run.errors().get(0).contains("say which: set spring.data.redis.host (or spring.data.redis.url) to the"
                + " one it uses (it is not set), or name it in app's descriptor ('calls: [r1]' or 'calls: [r2]')"),
                "Spring Boot 3.3.2 reads no spring.redis.* key: " + run.errors());
    }
}
