package io.aiplatform.security.core.graph;

import io.aiplatform.security.core.derive.ModuleConfiguration;
import io.aiplatform.security.core.descriptor.PortSpec;
import java.util.List;
import java.util.Optional;

/**
 * The port a service registers in a service registry, which a server routing to registered instances (a Spring Cloud
 * Gateway's discovery locator, Zuul) reaches: Eureka's {@code eureka.instance.non-secure-port} and Spring Cloud
 * Consul's {@code spring.cloud.consul.discovery.port}, both defaulting to the application's {@code server.port}. A
 * service that declares further ports (gRPC, its own metrics) is not reached on them through the registry.
 */
final class RegisteredPort {

    private static final String[] KEYS = {"eureka.instance.non-secure-port", "spring.cloud.consul.discovery.port",
            "server.port"};

    private RegisteredPort() {
    }

    /** The declared port of {@code t} that its configuration registers, else every port a caller reaches. */
    static List<PortSpec> of(Service t, ModuleConfiguration config) {
        Optional<Integer> registered = config.value(KEYS).map(String::strip).filter(v -> v.matches("[1-9][0-9]{0,4}"))
                .map(Integer::parseInt);
        List<PortSpec> declared = registered.isEmpty() ? List.of()
                : t.callPorts().stream().filter(p -> p.port() == registered.get()).toList();
        return declared.isEmpty() ? t.callPorts() : declared;
    }
}
