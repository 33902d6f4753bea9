package io.aiplatform.security.core.graph;

import static io.aiplatform.security.core.Fixtures.dep;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aiplatform.security.core.Fixtures;
import io.aiplatform.security.core.support.InvalidInputException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An {@code lb://} name resolves to what the caller's registry lists: a service whose Eureka client is switched off
 * or does not register is reached by no such name, unless the caller discovers through Kubernetes or names the
 * instances itself.
 */
class UnregisteredTargetsTest {

    private static final String HTTP = "ports: [{name: http, port: 8080}]\n";
    private static final String EUREKA = "org.springframework.cloud:spring-cloud-starter-netflix-eureka-client";
    private static final String GATEWAY = "org.springframework.cloud:spring-cloud-starter-gateway";
    private static final String K8S = "org.springframework.cloud:spring-cloud-starter-kubernetes-client-all";
    private static final String ROUTE = "spring:\n  cloud:\n    gateway:\n      routes:\n        - id: orders\n"
            + "          uri: lb://orders\n";

    @TempDir
    Path dir;

    @Test
    void aServiceWhoseEurekaClientIsOffIsReachedByNoLoadBalancedName() throws Exception {
        SourceRun.write(dir, "gateway/src/main/resources/application.yml", ROUTE);
        SourceRun.write(dir, "orders/src/main/resources/application.yml", "eureka:\n  client:\n    enabled: false\n");
        SourceRun run = run(dep(EUREKA));
        assertEquals(Map.of(), run.edges());
        assertTrue(run.omissions().stream().anyMatch(o -> o.describe().equals("gateway -/-> orders"
                + " (spring.cloud.gateway.routes[0].uri): not a connection: orders is a load-balanced name, which"
                + " gateway's discovery client resolves to the instances a registry lists, and orders registers in"
                + " none: its eureka client is switched off [gateway/src/main/resources/application.yml:6"
                + " spring.cloud.gateway.routes[0].uri]")), run.omissions().toString());
        SourceRun.write(dir, "orders/src/main/resources/application.yml",
                "eureka:\n  client:\n    register-with-eureka: false\n");
        assertEquals(Map.of(), run(dep(EUREKA)).edges(), "a client that does not register");
    }

    @Test
    void aRegisteringServiceKubernetesDiscoveryOrSimpleInstancesStillReachIt() throws Exception {
        SourceRun.write(dir, "gateway/src/main/resources/application.yml", ROUTE);
        assertEquals(List.of("gateway->orders"), List.copyOf(run(dep(EUREKA)).edges().keySet()), "orders registers");
        SourceRun.write(dir, "orders/src/main/resources/application.yml", "eureka:\n  client:\n    enabled: false\n");
        assertEquals(List.of("gateway->orders"), List.copyOf(run(dep(EUREKA), dep(K8S)).edges().keySet()),
                "Kubernetes discovery lists the Service");
        SourceRun.write(dir, "gateway/src/main/resources/application.yml", ROUTE + "    discovery:\n      client:\n"
                + "        simple:\n          instances:\n            orders:\n              - uri: http://orders:8080\n");
        assertEquals(List.of("gateway->orders"), List.copyOf(run(dep(EUREKA)).edges().keySet()),
                "the gateway names the instances itself");
    }

    @Test
    void aServiceWithoutRegistryClientIsLeftAsBefore() throws Exception {
        SourceRun.write(dir, "gateway/src/main/resources/application.yml", ROUTE);
        SourceRun run = SourceRun.of(dir, new Fixtures(dir).service("gateway", HTTP, dep(GATEWAY), dep(EUREKA))
                .service("orders", HTTP).modules(), new ConfiguredHosts());
        assertEquals(List.of("gateway->orders"), List.copyOf(run.edges().keySet()));
    }

    private SourceRun run(io.aiplatform.security.core.graph.ModuleDependency... gatewayDeps) throws InvalidInputException {
        List<io.aiplatform.security.core.graph.ModuleDependency> deps = new java.util.ArrayList<>(List.of(dep(GATEWAY)));
        deps.addAll(List.of(gatewayDeps));
        return SourceRun.of(dir, new Fixtures(dir)
                .service("gateway", HTTP, deps.toArray(io.aiplatform.security.core.graph.ModuleDependency[]::new))
                .service("orders", HTTP, dep(EUREKA)).modules(), new ConfiguredHosts());
    }
}
