package io.aiplatform.security.core.graph;

import io.aiplatform.security.core.derive.Container;
import io.aiplatform.security.core.derive.DeploymentContainers;
import io.aiplatform.security.core.derive.HostReference;
import io.aiplatform.security.core.derive.KongConfig;
import io.aiplatform.security.core.derive.ServiceHosts;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Edges from a Kong gateway's declarative configuration ({@link KongConfig}): a service whose Compose container runs
 * Kong's image in DB-less mode ({@code KONG_DATABASE: "off"}) and mounts the file its {@code KONG_DECLARATIVE_CONFIG}
 * names (the file itself, or a folder holding it) calls the services that file's services and upstream targets name,
 * the Docker host ({@code host.docker.internal}) included as for a URL of any container. Other hosts (the outside
 * world behind the gateway) are no edge.
 */
final class KongDeclarativeServices extends NamedSource {

    KongDeclarativeServices() {
        super("kong", ServiceResolution::deploymentInputs, KongDeclarativeServices::declare,
                ServiceResolution::namespaceInput);
    }

    /** The declarative files that Kong containers of the Compose files mount (present or not). */
    static void declare(DerivationProject project, DeclaredInputs inputs) {
        List<Path> compose = inputs.deploymentFiles(project.root()).stream().filter(DeploymentContainers::composeFile).toList();
        for (Container c : DeploymentContainers.read(compose, problem -> { }).containers()) {
            Optional<String> name = declarative(c);
            name.ifPresent(n -> KongConfig.candidates(c.mounts(), n).forEach(f -> inputs.file("kong", f)));
        }
    }

    @Override
    public void derive(Service a, Derivation d) {
        HostReferenceEdges edges = d.hostReferences(a);
        for (Container c : ServiceContainers.of(d).of(a)) {
            Optional<String> name = declarative(c);
            if (name.isEmpty()) {
                continue;
            }
            List<HostReference> refs = new ArrayList<>();
            for (Path file : KongConfig.filesIn(c.mounts(), name.get())) {
                refs.addAll(KongConfig.references(file, d::shown, d.findings.unread::add));
            }
            edges.add(refs.stream().filter(r -> !ServiceHosts.isLoopback(r.host()) && (edges.isPlatformService(r.host())
                    || r.host().toLowerCase(Locale.ROOT).equals(DockerHostReferences.DOCKER_HOST))).toList());
        }
    }

    private static Optional<String> declarative(Container c) {
        return c.images().stream().anyMatch(KongConfig::isKong) ? KongConfig.declarativeFileName(c.environment())
                : Optional.empty();
    }
}
