package io.aiplatform.security.core.graph;

import io.aiplatform.security.core.derive.ModuleConfiguration;
import io.aiplatform.security.core.derive.ServicePorts;
import io.aiplatform.security.core.descriptor.PortSpec;
import java.util.List;
import java.util.Optional;

/**
 * The Service that Quarkus' {@code quarkus-kubernetes} extension generates for a module at build time
 * ({@code target/kubernetes/kubernetes.yml}, so not in the repository): named {@code quarkus.kubernetes.name},
 * else the application's name, it exposes the HTTP port as Service port 80 with the {@code http} container port
 * as its targetPort. A URL {@code http://dummy:80} then reaches the pods' HTTP port (8090) as it does through a
 * Service manifest of the repository.
 */
final class QuarkusGeneratedServices {

    static final String EXTENSION = "io.quarkus:quarkus-kubernetes";
    static final int SERVICE_PORT = 80;

    private QuarkusGeneratedServices() {
    }

    /** The generated Service's mapping of port 80 to {@code s}'s HTTP port, when its module carries the extension. */
    static Optional<ServicePorts.Mapping> of(Service s, ModuleConfiguration config) {
        Optional<ModuleDependency> extension = s.module().dependencies().stream()
                .filter(ModuleDependency::onRuntimeClasspath).filter(d -> d.is(EXTENSION)).findFirst();
        Optional<PortSpec> http = httpPort(s.ports());
        if (extension.isEmpty() || http.isEmpty() || http.get().port() == SERVICE_PORT) {
            return Optional.empty();
        }
        String name = config.value("quarkus.kubernetes.name").map(String::strip).filter(v -> !v.isEmpty())
                .orElse(s.name());
        Location at = extension.get().declaredAt();
        return Optional.of(new ServicePorts.Mapping(name, SERVICE_PORT, http.get().port(), null,
                at.file() != null ? at.file() : s.module().pomFile(), at.line()));
    }

    /** The port named {@code http}, else the only port. */
    private static Optional<PortSpec> httpPort(List<PortSpec> ports) {
        Optional<PortSpec> named = ports.stream().filter(p -> "http".equals(p.name())).findFirst();
        return named.isPresent() || ports.size() != 1 ? named : Optional.of(ports.get(0));
    }
}
