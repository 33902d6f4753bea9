package io.aiplatform.security.core.graph;

import io.aiplatform.security.core.derive.ConfigValue;
import io.aiplatform.security.core.derive.Container;
import io.aiplatform.security.core.derive.DeploymentContainers;
import io.aiplatform.security.core.derive.DockerfileCopies;
import io.aiplatform.security.core.derive.HostReference;
import io.aiplatform.security.core.derive.KrakendConfig;
import io.aiplatform.security.core.derive.ServiceHosts;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Edges from a KrakenD gateway's own configuration ({@link KrakendConfig}): a service whose container runs KrakenD's
 * image and mounts or copies a {@code krakend.json} (a Compose bind mount or Dockerfile {@code COPY}, a Kubernetes
 * workload's mounted ConfigMap with that key) calls the services its backends' hosts and its telemetry collectors
 * name. Only hosts that name a service count (a gateway names the outside world too).
 */
final class KrakendBackends extends NamedSource {

    KrakendBackends() {
        super("krakend", ServiceResolution::deploymentInputs, DockerfileInputs::declare, KrakendBackends::declare,
                ServiceResolution::namespaceInput);
    }

    /** The {@code krakend.json} files that KrakenD containers of the Compose files mount or copy (present or not). */
    static void declare(DerivationProject project, DeclaredInputs inputs) {
        List<Path> compose = inputs.deploymentFiles(project.root()).stream().filter(DeploymentContainers::composeFile).toList();
        for (Container c : DeploymentContainers.read(compose, problem -> { }).containers()) {
            if (c.images().stream().anyMatch(KrakendConfig::isKrakend)) {
                KrakendConfig.candidates(c.mounts()).forEach(f -> inputs.file("krakend", f));
                if (DockerfileInputs.declared(c)) {
                    KrakendConfig.candidates(DockerfileCopies.sources(c.dockerfile(), c.buildContext(), problem -> { }))
                            .forEach(f -> inputs.file("krakend", f));
                }
            }
        }
    }

    @Override
    public void derive(Service a, Derivation d) {
        ServiceContainers containers = ServiceContainers.of(d);
        HostReferenceEdges edges = d.hostReferences(a);
        for (Container c : containers.of(a)) {
            if (c.images().stream().noneMatch(KrakendConfig::isKrakend)) {
                continue;
            }
            List<HostReference> refs = new ArrayList<>();
            List<Path> paths = new ArrayList<>(c.mounts());
            paths.addAll(containers.copied(c));
            for (Path file : KrakendConfig.filesIn(paths)) {
                refs.addAll(KrakendConfig.references(file, d::shown, d.findings.unread::add));
            }
            for (String configMap : c.configMaps()) {
                ConfigValue text = containers.deployment().configMap(configMap).get(KrakendConfig.FILE);
                if (text != null) {
                    refs.addAll(KrakendConfig.references(text, d::shown, d.findings.unread::add));
                }
            }
            edges.add(refs.stream().filter(r -> !ServiceHosts.isLoopback(r.host()) && edges.isPlatformService(r.host()))
                    .toList());
        }
    }
}
