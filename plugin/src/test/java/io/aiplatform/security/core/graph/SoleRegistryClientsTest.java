package io.aiplatform.security.core.graph;

import static io.aiplatform.security.core.Fixtures.dep;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.aiplatform.security.core.Fixtures;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SoleRegistryClientsTest {

    private static final String HTTP = "ports: [{name: http, port: 8080}]\n";
    private static final String CLIENT = "org.springframework.cloud:spring-cloud-starter-netflix-eureka-client";
    private static final String SERVER = "org.springframework.cloud:spring-cloud-starter-netflix-eureka-server";
    private static final String ADMIN = "de.codecentric:spring-boot-admin-starter-server";

    @TempDir
    Path dir;

    @Test
    void aClientThatNothingConfiguresRegistersInTheOnlyRegistryWithThatReasoning() throws Exception {
        SourceRun run = run(new Fixtures(dir).service("orders", HTTP, dep(CLIENT))
                .service("admin", HTTP, dep(ADMIN), dep(CLIENT)).service("registry", "ports: [{port: 8761}]\n", dep(SERVER)));
        assertEquals(List.of("admin->orders", "admin->registry", "orders->registry"), List.copyOf(run.edges().keySet()));
        assertEquals(List.of("orders/pom.xml declares " + CLIENT + " (catalog: eureka, provided by registry, whose"
                + " registry/pom.xml declares " + SERVER + ")", "orders/pom.xml declares " + CLIENT
                + " and its configuration names no eureka registry; registry is the platform's only eureka registry"),
                run.edges().get("orders->registry"), "the registry's server library provides eureka (catalog edge)");
        assertEquals(true, run.edges().get("admin->orders").get(0).contains("orders registers at orders/pom.xml declares "
                + CLIENT), run.edges().toString());
        assertEquals(List.of(), run.warnings(), "no 'no service provides eureka': the registry is known");
    }

    @Test
    void aRegistryThatProvidesEurekaCountsAsTheOnlyOne() throws Exception {
        SourceRun run = run(new Fixtures(dir).service("orders", HTTP, dep(CLIENT))
                .service("discovery", "ports: [{port: 8761}]\nprovides: [eureka]\n"));
        assertEquals(2, run.edges().get("orders->discovery").size(), "the catalog's edge and the registration");
        assertEquals(true, run.edges().get("orders->discovery").stream()
                .anyMatch(e -> e.contains("discovery is the platform's only eureka registry")), run.edges().toString());
    }

    @Test
    void aConfiguredSwitchedOffOrAmbiguousClientOrNoClientRegistersNowhereByThisRule() throws Exception {
        SourceRun.write(dir, "orders/src/main/resources/application.yml",
                "eureka:\n  client:\n    serviceUrl:\n      defaultZone: http://registry:8761/eureka/\n");
        SourceRun.write(dir, "billing/src/main/resources/application.properties", "eureka.client.enabled=false\n");
        SourceRun run = run(new Fixtures(dir).service("orders", HTTP, dep(CLIENT)).service("billing", HTTP, dep(CLIENT))
                .service("stock", HTTP).service("registry", "ports: [{port: 8761}]\n", dep(SERVER)));
        assertEquals(List.of("orders->registry"), List.copyOf(run.edges().keySet()));
        assertEquals(false, run.edges().get("orders->registry").get(0).contains("only eureka registry"));
        SourceRun two = run(new Fixtures(dir).service("orders", HTTP, dep(CLIENT)).service("billing", HTTP, dep(CLIENT))
                .service("registry", "ports: [{port: 8761}]\n", dep(SERVER))
                .service("registry2", "ports: [{port: 8761}]\n", dep(SERVER)));
        assertEquals(List.of("orders->registry"), List.copyOf(two.edges().keySet()), "two registries: nothing decides");
    }

    private SourceRun run(Fixtures platform) throws Exception {
        return SourceRun.of(dir, platform.modules(), new ConfiguredHosts(), new SoleRegistryClients(), new RegistryFanOut(),
                new PomDependencies());
    }
}
