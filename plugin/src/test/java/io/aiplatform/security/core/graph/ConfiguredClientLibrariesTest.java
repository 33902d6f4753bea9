package io.aiplatform.security.core.graph;

import static io.aiplatform.security.core.Fixtures.dep;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.aiplatform.security.core.Fixtures;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfiguredClientLibrariesTest {

    private static final String HTTP = "ports: [{name: http, port: 8080}]\n";
    private static final String DISCOVERY = "io.micronaut.discovery:micronaut-discovery-client";
    private static final String EUREKA_SERVER = "org.springframework.cloud:spring-cloud-starter-netflix-eureka-server";

    @TempDir
    Path dir;

    @Test
    void micronautsDiscoveryClientCallsConsulWhenConsulClientKeysConfigureItNotTheOnlyEureka() throws Exception {
        SourceRun.write(dir, "orders/src/main/resources/bootstrap.yml",
                "consul:\n  client:\n    defaultZone: \"localhost:8500\"\n");
        SourceRun run = run(new Fixtures(dir).service("orders", HTTP, dep(DISCOVERY))
                .service("consul", "ports: [{name: http, port: 8500}, {name: dns, port: 8600, protocol: UDP}]\n"
                        + "provides: [consul]\n")
                .service("discovery", "ports: [{port: 8761}]\n", dep(EUREKA_SERVER)));
        assertEquals(List.of("orders->consul"), List.copyOf(run.edges().keySet()), run.edges().toString());
        assertEquals(Map.of("orders->consul", List.of(8500)), run.ports());
        assertEquals(List.of("orders/pom.xml declares " + DISCOVERY + " (catalog: consul; orders/src/main/resources/"
                + "bootstrap.yml:3 consul.client.default-zone configures it, provided by consul)"),
                run.edges().get("orders->consul"));
    }

    @Test
    void eurekaClientKeysMakeItAEurekaClientAndConsulDnsNamesNameTheService() throws Exception {
        SourceRun.write(dir, "orders/src/main/resources/application.yml",
                "eureka:\n  client:\n    defaultZone: http://discovery:8761/eureka\n"
                        + "stock:\n  url: http://stock.service.consul:8080\n");
        SourceRun.write(dir, "orders/src/main/java/o/Stock.java",
                "package o;\nclass Stock { @io.micronaut.context.annotation.Value(\"${stock.url}\") String url; }\n");
        SourceRun run = run(new Fixtures(dir).service("orders", HTTP, dep(DISCOVERY)).service("stock", HTTP)
                .service("discovery", "ports: [{port: 8761}]\nprovides: [eureka]\n"));
        assertEquals(List.of("orders->discovery", "orders->stock"), List.copyOf(run.edges().keySet()),
                run.edges().toString());
        assertEquals(true, run.edges().get("orders->discovery").stream().anyMatch(e -> e.contains(
                "(catalog: eureka; orders/src/main/resources/application.yml:3 eureka.client.default-zone configures it")),
                run.edges().toString());
    }

    @Test
    void aDiscoveryClientThatNothingConfiguresCallsNoRegistryAndSaysWhy() throws Exception {
        SourceRun run = run(new Fixtures(dir).service("orders", HTTP, dep(DISCOVERY))
                .service("discovery", "ports: [{port: 8761}]\n", dep(EUREKA_SERVER)));
        assertEquals(List.of(), List.copyOf(run.edges().keySet()), run.edges().toString());
        assertEquals(List.of("orders -/-> consul or eureka (" + DISCOVERY + "): its configuration sets no consul.client.*"
                + " or eureka.client.* key, so it calls none of its products [orders/pom.xml]"),
                run.omissions().stream().map(Omission::describe).toList());
        assertEquals(List.of(), run.warnings());
    }

    private SourceRun run(Fixtures platform) throws Exception {
        return SourceRun.of(dir, platform.modules(), new ConfiguredHosts(), new JavaSourceHosts(),
                new ConfiguredClientLibraries(), new SoleRegistryClients(), new RegistryFanOut(), new PomDependencies());
    }
}
