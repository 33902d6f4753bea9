package io.aiplatform.security.core.graph;

import io.aiplatform.security.core.derive.ModuleConfiguration;
import io.aiplatform.security.core.derive.RegistryLibraries;
import io.aiplatform.security.core.descriptor.PortSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A registry client that nothing configures registers in the platform's only registry: a service that
 * carries the Eureka (or Consul) client library, whose configuration names no registry
 * ({@code eureka.client.service-url}, {@code spring.cloud.consul.host}) and does not switch the client off,
 * calls the one service that is a registry of that product (it {@code provides} it, or carries a registry
 * server library of {@code registries.txt}) and registers there, so the servers that fan out to what
 * registers reach it. Runs after the configuration has said who registers where.
 */
final class SoleRegistryClients extends NamedSource {

    SoleRegistryClients() {
        super("sole registry", PomDependencies::dependencyInputs, ConfiguredHosts::configurationInputs);
    }

    /** A registry client library of {@code a} that its configuration neither points anywhere nor switches off. */
    private record UnconfiguredClient(String product, ModuleDependency library) {
    }

    /**
     * The registry client libraries on {@code a}'s classpath that its configuration neither locates nor switches off,
     * in the order of the products: what they are depends on the service's own POM and configuration alone.
     */
    @Override
    public Object prepare(Service a, Derivation d) {
        ModuleConfiguration config = d.configuration(a);
        List<UnconfiguredClient> unconfigured = new ArrayList<>();
        for (String product : RegistryLibraries.PRODUCTS) {
            Optional<ModuleDependency> client = library(a, product, d);
            if (client.isPresent() && RegistryLibraries.location(product, config).isEmpty()
                    && !RegistryLibraries.disabled(product, config)) {
                unconfigured.add(new UnconfiguredClient(product, client.get()));
            }
        }
        return unconfigured;
    }

    @Override
    public void derive(Service a, Derivation d) {
        if (!d.registries.getOrDefault(a.name(), Map.of()).isEmpty()) {
            return;
        }
        ModuleConfiguration config = d.configuration(a);
        for (UnconfiguredClient unconfigured : d.<List<UnconfiguredClient>>prepared(this, a)) {
            String product = unconfigured.product();
            ModuleDependency client = unconfigured.library();
            List<Service> registries = d.once("registries of " + product, () -> registries(product, d));
            if (registries.size() != 1 || registries.get(0) == a) {
                continue;
            }
            Service registry = registries.get(0);
            String why = PomDependencies.where(d, a, client) + " declares "
                    + client.key() + " and its configuration names no " + product + " registry; " + registry.name()
                    + " is the platform's only " + product + " registry";
            d.configuredProducts.computeIfAbsent(a.name(), k -> new TreeSet<>()).add(product);
            d.configuredServices.computeIfAbsent(a.name(), k -> new TreeSet<>()).add(registry.name());
            if (RegistryLibraries.registers(product, config)) {
                d.registries.computeIfAbsent(a.name(), k -> new TreeMap<>()).put(registry.name(), why);
            }
            d.edge(a, registry, ports(product, registry, d), why);
        }
    }

    /** The dependency (or the library a starter brings) on {@code a}'s runtime classpath that is a client of {@code product}. */
    private static Optional<ModuleDependency> library(Service a, String product, Derivation d) {
        for (ModuleDependency dep : a.module().dependencies()) {
            if (!dep.onRuntimeClasspath()) {
                continue;
            }
            boolean client = d.catalog().productOf(dep.groupId(), dep.artifactId()).filter(product::equals).isPresent()
                    || dep.brings().stream().anyMatch(b -> d.catalog().productOf(b).filter(product::equals).isPresent())
                    || ConfiguredClientLibraries.decisions(a, dep, d).stream().anyMatch(c -> c.product().equals(product));
            if (client) {
                return Optional.of(dep);
            }
        }
        return Optional.empty();
    }

    /** The services that are a registry of {@code product}: they provide it, or carry a registry server library. */
    private static List<Service> registries(String product, Derivation d) {
        List<Service> found = new ArrayList<>(d.platform.products.providers(product));
        for (Service s : d.services().values()) {
            boolean server = s.module().dependencies().stream().filter(ModuleDependency::onRuntimeClasspath)
                    .anyMatch(dep -> RegistryLibraries.serverOf(dep.groupId(), dep.artifactId())
                            .filter(product::equals).isPresent());
            if (server && !found.contains(s)) {
                found.add(s);
            }
        }
        return found;
    }

    private static List<PortSpec> ports(String product, Service registry, Derivation d) {
        return d.platform.products.providers(product).contains(registry)
                ? d.platform.products.portsOf(product, registry) : registry.callPorts();
    }
}
