package io.aiplatform.security.core.graph;

import io.aiplatform.security.core.derive.ComposeHostNetwork;
import io.aiplatform.security.core.derive.ComposePublishedPorts;
import io.aiplatform.security.core.derive.Container;
import io.aiplatform.security.core.derive.HostReference;
import io.aiplatform.security.core.derive.ServiceHosts;
import io.aiplatform.security.core.descriptor.PortSpec;
import io.aiplatform.security.core.descriptor.ProvidedProduct;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A service whose every container is a Compose service with {@code network_mode: host} shares the host's network
 * stack, as Docker documents it: its {@code localhost:P} is whatever listens on port P of the host. That is a service
 * that a Compose service with {@code network_mode: host} runs too and that listens on P (a port its descriptor
 * declares, else the catalog's port of a product it provides), a service module started on the host (no container of
 * the repository runs it) that listens on P, or the service of a Compose service publishing P ({@code ports: ["P:T"]},
 * reached on T).
 * A loopback reference (the port of the key's product when it gives none, as {@link PublishedPortReferences} takes it)
 * names those candidates: one is the service it reaches; several are one warning naming them; none leaves it a
 * loopback host.
 */
final class HostNetworkReferences {

    private HostNetworkReferences() {
    }

    /**
     * The references {@code ref} of {@code a} may mean on the host network, one per service listening on or publishing
     * its port, each with the reasoning as evidence; empty when {@code a} does not run on the host network, the host is
     * no loopback name, no port is known or nothing listens there.
     */
    static List<HostReference> of(Derivation d, Service a, HostReference ref) {
        if (!ServiceHosts.isLoopback(ref.host())) {
            return List.of();
        }
        Optional<ComposeHostNetwork.HostNetworked> own = hostNetworkOf(d, a);
        Integer port = own.isEmpty() ? null : PublishedPortReferences.port(d, ref);
        if (port == null) {
            return List.of();
        }
        String on = ref.source() + " (" + ref.host() + ":" + port + " on the host network: " + own.get().describe(d::shown);
        Map<String, HostReference> candidates = new LinkedHashMap<>();
        listeners(d).forEach((name, listening) -> {
            Service b = d.services().get(name);
            if (listensOn(d, b, port)) {
                candidates.put(name, new HostReference(name, port, on + ", and " + listening.describe(d::shown)
                        + ", which listens on " + port + ")", ref.key()));
            }
        });
        hostRunListeners(d, port).forEach(b -> candidates.putIfAbsent(b.name(), new HostReference(b.name(), port, on
                + ", and " + b.name() + " listens on " + port + " on the host, where it runs: "
                + ProfiledComposeRuns.whyOnHost(d, b) + ")", ref.key())));
        for (ComposePublishedPorts.Published p : PublishedPortReferences.published(d)) {
            Optional<Service> b = p.hostPort() == port ? PublishedPortReferences.serviceOf(d, p.composeService())
                    : Optional.empty();
            if (b.isPresent() && !candidates.containsKey(b.get().name())) {
                candidates.put(b.get().name(), new HostReference(b.get().name(), p.containerPort(), on + ", and "
                        + p.describe(d::shown) + ")", ref.key()));
            }
        }
        return new ArrayList<>(candidates.values());
    }

    /**
     * The Compose service with {@code network_mode: host} that runs {@code s}, when every container that runs it is
     * one (a Kubernetes workload or a Compose service on its own network gives it a loopback of its own); else empty.
     */
    private static Optional<ComposeHostNetwork.HostNetworked> hostNetworkOf(Derivation d, Service s) {
        List<Optional<ComposeHostNetwork.HostNetworked>> each = ServiceContainers.of(d).of(s).stream()
                .map(c -> hostNetworked(d, c)).toList();
        return each.isEmpty() || each.stream().anyMatch(Optional::isEmpty) ? Optional.empty() : each.get(0);
    }

    /**
     * The services that a Compose service with {@code network_mode: host} runs, by name (sorted), each with the first
     * such Compose service: they listen on the host's ports (computed once per run).
     */
    private static Map<String, ComposeHostNetwork.HostNetworked> listeners(Derivation d) {
        return d.once("services listening on the host network", () -> {
            Map<String, ComposeHostNetwork.HostNetworked> listeners = new TreeMap<>();
            for (Service s : d.services().values()) {
                ServiceContainers.of(d).of(s).stream().map(c -> hostNetworked(d, c)).flatMap(Optional::stream)
                        .findFirst().ifPresent(h -> listeners.put(s.name(), h));
            }
            return listeners;
        });
    }

    private static Optional<ComposeHostNetwork.HostNetworked> hostNetworked(Derivation d, Container c) {
        return hostNetworked(d).stream().filter(h -> h.composeService().equals(c.name()) && same(h.file(), c.file()))
                .findFirst();
    }

    private static boolean same(Path x, Path y) {
        return x.toAbsolutePath().normalize().equals(y.toAbsolutePath().normalize());
    }

    /**
     * The service modules run on the host ({@link HostRunModuleReferences#hostRun}: no container of the repository runs
     * them, nor a Deployment Quarkus generates) that listen on {@code port} (a port of their descriptor), by name: they
     * listen on the host's network stack, which a host-network container shares.
     */
    private static List<Service> hostRunListeners(Derivation d, int port) {
        return d.services().values().stream().filter(b -> HostRunModuleReferences.hostRun(d, b)
                        && !d.platform.generatedDeployments.contains(b.name()))
                .filter(b -> b.ports().stream().anyMatch(p -> p.port() == port))
                .sorted(java.util.Comparator.comparing(Service::name)).toList();
    }

    /** Whether {@code b} listens on {@code port}: a port of its descriptor, else the catalog's port of a product it provides. */
    private static boolean listensOn(Derivation d, Service b, int port) {
        if (!b.ports().isEmpty()) {
            return b.ports().stream().anyMatch(p -> p.port() == port);
        }
        return b.descriptor().provides().stream().map(ProvidedProduct::product).map(d.catalog()::defaultPort)
                .flatMap(Optional::stream).map(PortSpec::port).anyMatch(p -> p == port);
    }

    /** The Compose services on the host network (read once per run). */
    private static List<ComposeHostNetwork.HostNetworked> hostNetworked(Derivation d) {
        return d.once(HostNetworkReferences.class, () -> ComposeHostNetwork.of(d.platform.deploymentFiles,
                d.findings.unread::add));
    }
}
