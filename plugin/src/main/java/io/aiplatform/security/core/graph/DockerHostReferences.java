package io.aiplatform.security.core.graph;

import io.aiplatform.security.core.derive.ComposePublishedPorts;
import io.aiplatform.security.core.derive.HostReference;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code host.docker.internal} is the Docker host as its containers see it (Docker Desktop; on Linux through
 * {@code extra_hosts: ["host.docker.internal:host-gateway"]}): there a port that a Compose file publishes
 * ({@code ports: ["8080:8080"]}) is that Compose service's container port. Such a reference names the service of the
 * one Compose service publishing its port (the key's product's default port when it gives none), on the container
 * port. A port no Compose service publishes is the host's own: the one module started on the host (no container of
 * the repository runs it) that listens on it, as the services of a repository whose Compose file runs only the
 * infrastructure are (Prometheus in Compose scraping {@code host.docker.internal:8081}). When several publish it, or
 * nothing publishes it and not exactly one host-run module listens there, it stays a host outside the platform.
 */
final class DockerHostReferences {

    /** The name Docker gives its host inside containers. */
    static final String DOCKER_HOST = "host.docker.internal";

    private DockerHostReferences() {
    }

    /** The reference as the service it reaches through a port published on the Docker host, or empty. */
    static Optional<HostReference> of(Derivation d, Service a, HostReference ref) {
        if (!ref.host().toLowerCase(Locale.ROOT).equals(DOCKER_HOST)) {
            return Optional.empty();
        }
        Integer port = PublishedPortReferences.port(d, ref);
        if (port == null) {
            return Optional.empty();
        }
        List<ComposePublishedPorts.Published> published = PublishedPortReferences.published(d).stream()
                .filter(p -> p.hostPort() == port)
                .filter(p -> PublishedPortReferences.serviceOf(d, p.composeService()).isPresent()).toList();
        if (published.isEmpty()) {
            return hostRunModule(d, a, ref, port);
        }
        Optional<ComposePublishedPorts.Published> one = PublishedPortReferences.theOne(d, published);
        if (one.isEmpty()) {
            return Optional.empty();
        }
        ComposePublishedPorts.Published p = one.get();
        Service target = PublishedPortReferences.serviceOf(d, p.composeService()).get();
        if (target == a) {
            return Optional.empty();
        }
        String via = ref.source() + " (" + ref.host() + ":" + port + ": the Docker host, where " + p.describe(d::shown)
                + ")";
        return Optional.of(new HostReference(target.name(), p.containerPort(), via, ref.key()));
    }

    /**
     * A port no Compose file publishes on the Docker host: the one module of the build that no container of the
     * repository runs (started on the host, {@link HostRunModuleReferences}) and that listens on it; none or several
     * leave the reference a host outside the platform.
     */
    private static Optional<HostReference> hostRunModule(Derivation d, Service a, HostReference ref, int port) {
        List<Service> listening = d.services().values().stream()
                .filter(b -> b != a && HostRunModuleReferences.hostRun(d, b))
                .filter(b -> b.ports().stream().anyMatch(p -> p.port() == port)).toList();
        if (listening.size() != 1) {
            return Optional.empty();
        }
        Service target = listening.get(0);
        String via = ref.source() + " (" + ref.host() + ":" + port + ": the Docker host, where " + target.name()
                + " listens on " + port + ": " + ProfiledComposeRuns.whyOnHost(d, target) + ")";
        return Optional.of(new HostReference(target.name(), port, via, ref.key()));
    }
}
