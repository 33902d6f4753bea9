package io.aiplatform.security.core.graph;

import io.aiplatform.security.core.derive.ConfigValue;
import io.aiplatform.security.core.derive.ModuleConfiguration;
import java.util.Optional;
import java.util.Set;

/**
 * Consul's HTTP health checks: a service that registers in Consul with an HTTP check is polled by the Consul agent
 * on its health endpoint, an edge from the registry to the service. Micronaut's discovery client registers one when
 * {@code consul.client.registration.check.http} is true (its default is a TTL check, which the service reports
 * itself); Spring Cloud Consul registers one by default, unless {@code spring.cloud.consul.discovery.register},
 * {@code register-health-check} or Consul itself is switched off, or {@code heartbeat.enabled} makes it a TTL check.
 * The registry is the Consul service the service's own configuration or libraries already connect it to.
 */
final class ConsulHealthChecks extends NamedSource {

    private static final Set<String> MICRONAUT = Set.of("io.micronaut:micronaut-discovery-client",
            "io.micronaut.discovery:micronaut-discovery-client");
    private static final Set<String> SPRING = Set.of("org.springframework.cloud:spring-cloud-starter-consul-discovery",
            "org.springframework.cloud:spring-cloud-consul-discovery");

    ConsulHealthChecks() {
        super("consul health checks", PomDependencies::dependencyInputs, ConfiguredHosts::configurationInputs);
    }

    @Override
    public void derive(Service s, Derivation d) {
        Optional<String> check = httpCheck(s, d.configuration(s), d.project);
        if (check.isEmpty()) {
            return;
        }
        for (Service registry : d.services().values()) {
            boolean consul = registry.descriptor().provides().stream().anyMatch(p -> p.product().equals("consul"));
            if (registry != s && consul && d.edgeSoFar(s, registry) != null) {
                d.edge(registry, s, s.callPorts(), check.get() + ": " + registry.name() + " polls the health endpoint of "
                        + s.name() + ", which registers there");
            }
        }
    }

    /** The evidence that {@code s} registers in Consul with an HTTP check, or empty. */
    private static Optional<String> httpCheck(Service s, ModuleConfiguration config, DerivationProject project) {
        Optional<ModuleDependency> micronaut = library(s, MICRONAUT);
        if (micronaut.isPresent() && !off(config, "consul.client.registration.enabled")
                && !off(config, "consul.client.registration.check.enabled")) {
            Optional<ConfigValue> http = config.source("consul.client.registration.check.http");
            if (http.isPresent() && config.value("consul.client.registration.check.http").map(String::strip)
                    .filter("true"::equalsIgnoreCase).isPresent()) {
                return Optional.of(http.get().where(project::shown) + " registers an HTTP check in Consul");
            }
        }
        Optional<ModuleDependency> spring = library(s, SPRING);
        if (spring.isPresent() && !off(config, "spring.cloud.consul.enabled")
                && !off(config, "spring.cloud.consul.discovery.enabled")
                && !off(config, "spring.cloud.consul.discovery.register")
                && !off(config, "spring.cloud.consul.discovery.register-health-check")
                && !config.value("spring.cloud.consul.discovery.heartbeat.enabled").map(String::strip)
                .filter("true"::equalsIgnoreCase).isPresent()) {
            return Optional.of(project.rel(s.module().pomFile()) + PomDependencies.lineOf(spring.get()) + " declares "
                    + spring.get().key() + ", which registers an HTTP check in Consul by default");
        }
        return Optional.empty();
    }

    /** The library of {@code keys} on the runtime classpath of {@code s}: declared, or brought by one it declares. */
    private static Optional<ModuleDependency> library(Service s, Set<String> keys) {
        return s.module().dependencies().stream().filter(ModuleDependency::onRuntimeClasspath)
                .filter(d -> d.in(keys) || d.brings().stream().anyMatch(keys::contains)).findFirst();
    }

    private static boolean off(ModuleConfiguration config, String key) {
        return config.value(key).map(String::strip).filter("false"::equalsIgnoreCase).isPresent();
    }
}
