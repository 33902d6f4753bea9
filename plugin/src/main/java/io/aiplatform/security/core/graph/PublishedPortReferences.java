package io.aiplatform.security.core.graph;

import io.aiplatform.security.core.derive.ComposePublishedPorts;
import io.aiplatform.security.core.derive.Container;
import io.aiplatform.security.core.derive.DeploymentContainers;
import io.aiplatform.security.core.derive.HostReference;
import io.aiplatform.security.core.derive.ProductKeys;
import io.aiplatform.security.core.derive.ServiceHosts;
import io.aiplatform.security.core.derive.SwitchedOnDefaults;
import io.aiplatform.security.core.descriptor.PortSpec;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A service module that no Compose service or Kubernetes workload of the repository runs is started on the host
 * ({@code mvn spring-boot:run}, the IDE): there {@code localhost:5433} is the host port a Compose file publishes
 * ({@code ports: ["5433:5432"]}), which Docker sends to that Compose service's container port. Such a loopback
 * reference names the service of the one Compose service publishing its port (the key's product's default port
 * when it gives none: {@code spring.cloud.consul.host} is Consul's 8500), on the container port; several Compose
 * files that publish it for the same service and container port are ways of running that one service; when no Compose
 * service publishes it, or several of different services or ports do, it stays a loopback host.
 */
final class PublishedPortReferences {

    private PublishedPortReferences() {
    }

    /** The reference as the service it reaches through a published port, or empty. */
    static Optional<HostReference> of(Derivation d, Service a, HostReference ref) {
        if (!ServiceHosts.isLoopback(ref.host()) || a.module().directory() == null
                || !HostRunModuleReferences.hostRun(d, a) || d.platform.generatedDeployments.contains(a.name())) {
            return Optional.empty();
        }
        Integer port = port(d, ref);
        if (port == null) {
            return Optional.empty();
        }
        List<ComposePublishedPorts.Published> candidates = SwitchedOnDefaults.udpHost(ref.key()) ? udpPublished(d)
                : published(d);
        List<ComposePublishedPorts.Published> published = candidates.stream().filter(p -> p.hostPort() == port)
                .filter(p -> serviceOf(d, p.composeService()).isPresent()).toList();
        Optional<ComposePublishedPorts.Published> one = theOne(d, published);
        if (one.isEmpty()) {
            return Optional.empty();
        }
        ComposePublishedPorts.Published p = one.get();
        String via = ref.source() + " (" + ref.host() + ":" + port + ": " + p.describe(d::shown) + ", and "
                + a.name() + " runs on the host: " + ProfiledComposeRuns.whyOnHost(d, a) + ")";
        hostRun(d).putIfAbsent(a.name(), ref.source() + " names " + ref.host() + ":" + port + "; "
                + p.describe(d::shown));
        return Optional.of(new HostReference(serviceOf(d, p.composeService()).get().name(), p.containerPort(), via,
                ref.key()));
    }

    /**
     * The one Compose service that publishes a host port, of those that run services of the platform: the first of
     * {@code published} when all of them run the same service and send the port to the same container port (Compose
     * files that are other ways of running it, which cannot publish the same host port at once); empty when there are
     * none, or several that reach different services or ports.
     */
    static Optional<ComposePublishedPorts.Published> theOne(Derivation d,
                                                            List<ComposePublishedPorts.Published> published) {
        long targets = published.stream().map(p -> serviceOf(d, p.composeService()).map(Service::name).orElse("")
                + ":" + p.containerPort()).distinct().count();
        return targets == 1 ? Optional.of(published.get(0)) : Optional.empty();
    }

    /**
     * The services found to run on the host, each with the first reference that showed it (a loopback host reaching
     * a port a Compose file publishes).
     */
    static Map<String, String> hostRun(Derivation d) {
        return d.once("services run on the host", ConcurrentHashMap::new);
    }

    /**
     * Whether a host-run service's connection to the loopback {@code port} reaches no container: no Compose service
     * of the repository publishes that port on the host.
     */
    static boolean unpublished(Derivation d, int port) {
        return published(d).stream().noneMatch(p -> p.hostPort() == port);
    }

    /**
     * The port a loopback reference reaches: its own, else the default port of the product its key configures
     * ({@code spring.cloud.consul.host} is Consul's 8500); null when neither gives one.
     */
    static Integer port(Derivation d, HostReference ref) {
        return ref.port() != null || ref.key() == null ? ref.port() : ProductKeys.productsOf(ref.key()).stream()
                .map(d.catalog()::defaultPort).flatMap(Optional::stream).map(PortSpec::port).findFirst().orElse(null);
    }

    /** The UDP ports the repository's Compose files publish, for a client that sends over UDP (read once per run). */
    static List<ComposePublishedPorts.Published> udpPublished(Derivation d) {
        return d.once("compose udp ports", () -> ComposePublishedPorts.udp(d.platform.deploymentFiles, p -> { }));
    }

    /** The ports the repository's Compose files publish (read once per run). */
    static List<ComposePublishedPorts.Published> published(Derivation d) {
        return d.once(PublishedPortReferences.class, () -> ComposePublishedPorts.of(d.platform.deploymentFiles,
                d.findings.unread::add));
    }

    /** The service that the Compose service {@code name} runs, as {@link ServiceContainers} matched it. */
    static Optional<Service> serviceOf(Derivation d, String name) {
        ServiceContainers containers = ServiceContainers.of(d);
        for (Container c : containers.deployment().containers()) {
            if (c.name().equals(name) && DeploymentContainers.composeFile(c.file()) && containers.serviceOf(c) != null) {
                return Optional.of(containers.serviceOf(c));
            }
        }
        return Optional.empty();
    }
}
