package io.aiplatform.security.core.graph;

import io.aiplatform.security.core.derive.Container;
import io.aiplatform.security.core.derive.DeploymentContainers;
import io.aiplatform.security.core.derive.DeploymentEnvironment;
import io.aiplatform.security.core.derive.DockerfileCopies;
import io.aiplatform.security.core.derive.MonitoringFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The containers the repository's deployment files run, each matched to its service as the environment
 * is ({@link DeploymentEnvironment}): a Compose service by its build context (a module's folder), else by
 * name, else as the Compose service that gives the service its host names (a platform service {@code kafka}
 * run by Compose service {@code kafkaserver} with the network alias {@code kafka}); a Kubernetes workload by name
 * (the service's, else its module's artifactId), a Compose service {@code foo_bar} also as {@code foo-bar} (as kompose
 * names it for Kubernetes), else as the environment found it (a Service selecting its pods, a
 * name label, its only container). Read once per run.
 */
final class ServiceContainers {

    private final DeploymentContainers deployment;
    private final Map<Container, Service> serviceOf = new IdentityHashMap<>();
    private final Map<String, List<Container>> byService = new HashMap<>();
    private final Map<Container, List<Path>> copies = new IdentityHashMap<>();
    private final Derivation d;

    private ServiceContainers(Derivation d) {
        this.d = d;
        this.deployment = DeploymentContainers.read(d.platform.deploymentFiles, d.findings.unread::add);
        Map<Path, Service> byFolder = new HashMap<>();
        Map<String, Service> byArtifact = new HashMap<>();
        for (Service s : d.services().values()) {
            if (s.module().directory() != null) {
                byFolder.put(s.module().directory().normalize(), s);
                byArtifact.putIfAbsent(s.module().artifactId(), s);
            }
        }
        Map<String, Service> byComposeService = new HashMap<>();
        d.platform.composeHostNames.forEach((service, names) -> names.forEach(n -> byComposeService
                .putIfAbsent(n.composeService(), d.services().get(service))));
        for (Container c : deployment.containers()) {
            Service s = c.buildContext() == null ? null : byFolder.get(c.buildContext());
            s = s != null ? s : d.services().get(c.name());
            s = s != null ? s : byArtifact.get(c.name());
            s = s != null || !DeploymentContainers.composeFile(c.file()) ? s : byComposeService.get(c.name());
            // kompose's rule: a Compose service foo_bar is the Kubernetes name foo-bar
            s = s != null || !DeploymentContainers.composeFile(c.file()) ? s : d.services().get(c.name().replace('_', '-'));
            String byWorkload = d.platform.serviceOfWorkload.get(c.name());
            s = s != null || byWorkload == null || DeploymentContainers.composeFile(c.file()) ? s
                    : d.services().get(byWorkload);
            if (s != null) {
                serviceOf.put(c, s);
                byService.computeIfAbsent(s.name(), k -> new ArrayList<>()).add(c);
            }
        }
    }

    /** The containers of this run's deployment files (read on first use). */
    static ServiceContainers of(Derivation d) {
        return d.once(ServiceContainers.class, () -> new ServiceContainers(d));
    }

    DeploymentContainers deployment() {
        return deployment;
    }

    /** The containers that run {@code a}, in file order. */
    List<Container> of(Service a) {
        return byService.getOrDefault(a.name(), List.of());
    }

    /** The service a container runs, or null. */
    Service serviceOf(Container c) {
        return serviceOf.get(c);
    }

    /** Every container that runs a service of the platform, in file order. */
    List<Container> matched() {
        return deployment.containers().stream().filter(serviceOf::containsKey).toList();
    }

    /** The monitoring files of that kind. */
    List<MonitoringFile> monitoring(MonitoringFile.Kind kind) {
        return deployment.monitoringFiles().stream().filter(f -> f.kind() == kind).toList();
    }

    /** The host paths a Compose service's Dockerfile copies into its image (a Compose file's build only: see {@link DockerfileInputs}). */
    List<Path> copied(Container c) {
        return copies.computeIfAbsent(c, k -> DockerfileInputs.declared(k)
                ? DockerfileCopies.sources(k.dockerfile(), k.buildContext(), d.findings.unread::add) : List.of());
    }
}
