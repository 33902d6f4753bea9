package io.aiplatform.security.core.graph;

import static io.aiplatform.security.core.Fixtures.dep;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.aiplatform.security.core.Fixtures;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A service run on the host (its configuration reaches a port a Compose file publishes) whose framework client
 * nothing points anywhere connects to the loopback default on the host: no edge when no Compose service publishes
 * that port; the library's edge when one does, or when nothing shows the service runs on the host.
 */
class HostRunDefaultLocationTest {

    private static final String COMPOSE = """
            services:
              consul:
                image: hashicorp/consul
                ports: ["8500:8500"]
              kafka:
                image: redpandadata/redpanda
                ports: ["%s:9092"]
            """;

    @TempDir
    Path dir;

    private SourceRun run(String consulHost) throws Exception {
        SourceRun.write(dir, "web/src/main/resources/application.properties", "spring.cloud.consul.host=" + consulHost
                + "\n");
        return SourceRun.of(dir, new Fixtures(dir)
                .service("web", "ports: [{name: http, port: 8080}]\n",
                        dep("org.springframework.boot:spring-boot-starter-web"),
                        dep("org.springframework.cloud:spring-cloud-starter-consul-discovery"),
                        dep("org.springframework.kafka:spring-kafka"))
                .platformFile("""
                        services:
                          - {name: consul, role: registry, ports: [{port: 8500}], provides: [consul]}
                          - {name: kafka, role: broker, ports: [{port: 9092}], provides: [kafka]}
                        """).modules(), new ConfiguredHosts(), new PomDependencies());
    }

    @Test
    void aDefaultPortThatNoComposeServicePublishesIsNoEdge() throws Exception {
        SourceRun.write(dir, "compose.yml", COMPOSE.formatted("19092"));
        SourceRun run = run("localhost");
        assertEquals(List.of("web->consul"), List.copyOf(run.edges().keySet()));
        assertEquals(List.of("web/pom.xml: service 'web': org.springframework.kafka:spring-kafka, a client of 'kafka',"
                + " connects to its framework's default localhost:9092 (none of spring.kafka.bootstrap-servers,"
                + " spring.kafka.*.bootstrap-servers, spring.cloud.stream.kafka.binder.brokers, spring.cloud.stream.kafka.streams.binder.brokers is set),"
                + " and web runs on the host (web/src/main/resources/application.properties:1 spring.cloud.consul.host"
                + " names localhost:8500; compose.yml:4 publishes Compose service consul's port 8500 as the"
                + " host's 8500), where no Compose service of the repository publishes port 9092; no connection to kafka"
                + " is derived. Set spring.kafka.bootstrap-servers to the service it uses, or add 'exclude: [{client:"
                + " kafka, reason: <why>}]' if it connects nowhere"), run.warnings());
    }

    @Test
    void aPublishedDefaultPortOrNoSignOfTheHostKeepsTheLibrarysEdge() throws Exception {
        SourceRun.write(dir, "compose.yml", COMPOSE.formatted("9092"));
        assertEquals(List.of("web->consul", "web->kafka"), List.copyOf(run("localhost").edges().keySet()));
        SourceRun.write(dir, "compose.yml", COMPOSE.formatted("19092"));
        assertEquals(List.of("web->consul", "web->kafka"), List.copyOf(run("consul").edges().keySet()),
                "configured by name: nothing shows it runs on the host");
    }

    @Test
    void aKeyTheServicesSpringBootVersionDoesNotReadSetsNothingOnTheHost() throws Exception {
        SourceRun.write(dir, "compose.yml", COMPOSE.formatted("19092"));
        SourceRun.write(dir, "web/src/main/resources/application.properties",
                "spring.cloud.consul.host=localhost\nspring.redis.host=localhost\n");
        java.util.List<Module> modules = new java.util.ArrayList<>(new Fixtures(dir)
                .service("web", "ports: [{name: http, port: 8080}]\n",
                        dep("org.springframework.boot:spring-boot-starter-web"),
                        dep("org.springframework.cloud:spring-cloud-starter-consul-discovery"),
                        dep("org.springframework.boot:spring-boot-starter-data-redis"))
                .platformFile("""
                        services:
                          - {name: consul, role: registry, ports: [{port: 8500}], provides: [consul]}
                          - {name: redis, role: database, ports: [{port: 6379}], provides: [redis]}
                        """).modules());
        modules.set(0, modules.get(0).withFrameworks(FrameworkVersions.springBoot("3.3.2")));
        SourceRun run = SourceRun.of(dir, modules, new ConfiguredHosts(), new PomDependencies());
        assertEquals(List.of("web->consul"), List.copyOf(run.edges().keySet()),
                "Spring Boot 3.3.2 reads no spring.redis.host: its Redis client stays on the host's localhost:6379");
        assertEquals(1, run.warnings().size(), run.warnings().toString());
        assertEquals(true, run.warnings().get(0).contains("org.springframework.boot:spring-boot-starter-data-redis, a client"
                + " of 'redis', connects to its framework's default localhost:6379 (none of spring.data.redis.host,"
                + " spring.data.redis.url, spring.data.redis.sentinel., spring.data.redis.cluster. is set)"),
                run.warnings().toString());
    }
}
