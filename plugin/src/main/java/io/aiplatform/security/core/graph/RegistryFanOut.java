package io.aiplatform.security.core.graph;

import io.aiplatform.security.core.derive.GatewayLocatorBeans;
import io.aiplatform.security.core.derive.ModuleConfiguration;
import io.aiplatform.security.core.derive.RegistryServers;
import java.util.Map;
import java.util.Optional;

/**
 * Servers that call what registers in their registry (servers.txt: Zuul, Spring Boot Admin; a Spring
 * Cloud Gateway with its discovery locator on, by its property or by a locator bean its sources declare,
 * {@link GatewayLocatorBeans}): an edge to every service that registers in a registry
 * the server registers in too, a routing server's on the port the service registers ({@link RegisteredPort}).
 * Runs after the configuration, which tells who registers where.
 */
final class RegistryFanOut extends NamedSource {

    RegistryFanOut() {
        super("registry servers", PomDependencies::dependencyInputs, ConfiguredHosts::configurationInputs,
                JavaSourceHosts::sourceInputs);
    }

    @Override
    public void derive(Service s, Derivation d) {
        Map<String, String> own = d.registries.getOrDefault(s.name(), Map.of());
        if (own.isEmpty()) {
            return; // registered nowhere: no need to look for why it would be a registry server (its sources, maybe)
        }
        String why = why(s, d.configuration(s), d.project); // a config server's repository included
        if (why == null) {
            return;
        }
        // Spring Boot Admin reads each instance's actuator, which may listen on a management port of its own
        boolean routes = !readsActuators(s);
        for (Service t : d.services().values()) {
            Map<String, String> theirs = d.registries.getOrDefault(t.name(), Map.of());
            Optional<String> shared = theirs.keySet().stream().filter(own::containsKey).findFirst();
            if (t != s && shared.isPresent() && !own.containsKey(t.name())) {
                d.edge(s, t, routes ? RegisteredPort.of(t, d.configuration(t)) : t.callPorts(), why + shared.get() + "; " + t.name() + " registers at "
                        + theirs.get(shared.get()) + ")");
            }
        }
    }

    /** Whether {@code s} is a Spring Boot Admin server, which reads every listed instance's actuator rather than routing to it. */
    static boolean readsActuators(Service s) {
        return s.module().dependencies().stream().anyMatch(dep -> dep.onRuntimeClasspath()
                && RegistryServers.kindOf(dep.groupId(), dep.artifactId()).filter("spring-boot-admin"::equals).isPresent());
    }

    /** The start of the evidence that {@code s} is a registry server, or null when it is none. */
    static String why(Service s, ModuleConfiguration config, DerivationProject project) {
        for (ModuleDependency d : s.module().dependencies()) {
            Optional<String> kind = RegistryServers.kindOf(d.groupId(), d.artifactId());
            if (kind.isPresent() && d.onRuntimeClasspath()
                    && !(kind.get().equals("zuul") && RegistryServers.zuulIgnoresAll(config))) {
                return PomDependencies.where(project, s, d) + " declares " + d.key() + " ("
                        + kind.get() + ": calls every service registered in ";
            }
        }
        Optional<String> locator = RegistryServers.gatewayLocator(config).map(l -> l.where(project::shown));
        if (locator.isEmpty() && s.module().directory() != null) {
            // a locator bean declared in code routes as the property's would; its files' parse problems are the
            // Java sources' warnings already (JavaSourceHosts parses every file naming a *Client)
            locator = GatewayLocatorBeans.declared(DerivationProject.javaSources(s.module()), project::shown,
                    problem -> { });
        }
        return locator.map(where -> where + " (gateway discovery locator: routes to every service registered in ")
                .orElse(null);
    }
}
