package io.aiplatform.security.core.graph;

import io.aiplatform.security.core.derive.ConfigValue;
import io.aiplatform.security.core.derive.Container;
import io.aiplatform.security.core.derive.ContainerScripts;
import io.aiplatform.security.core.derive.HostReference;
import java.util.ArrayList;
import java.util.List;

/**
 * Edges from the shell scripts a third-party container holds ({@link ContainerScripts}): a service of the platform file,
 * or a module without Java sources, whose Compose service mounts or whose image copies a {@code .sh} file, or whose
 * workload mounts a ConfigMap with a {@code .sh} key (a Job that registers Kafka Connect connectors with
 * {@code curl http://connect:8083/connectors}), calls the services the script's URLs name. Only URLs naming a service
 * of the platform count: a script names the outside world and its own container too. Evidence names the line.
 */
final class ContainerScriptUrls extends NamedSource {

    ContainerScriptUrls() {
        super("container scripts", ServiceResolution::deploymentInputs, DockerfileInputs::declare,
                ContainerScriptUrls::declare, JavaSourceHosts::sourceInputs, ServiceResolution::namespaceInput);
    }

    /** The scripts that Compose services mount or their Dockerfiles copy. */
    static void declare(DerivationProject project, DeclaredInputs inputs) {
        ContainerTexts.declare(project, inputs, "container script", (paths, c) -> ContainerScripts.in(paths));
    }

    @Override
    public void derive(Service a, Derivation d) {
        if (!InfrastructureEnvironment.thirdParty(a)) {
            return; // a Java service: its scripts (a Dockerfile's entrypoint) are read by nothing here
        }
        ServiceContainers containers = ServiceContainers.of(d);
        HostReferenceEdges edges = d.hostReferences(a);
        for (Container c : containers.of(a)) {
            if (a.module().directory() != null && !InfrastructureEnvironment.foreignImage(a, c)) {
                continue; // the module's own image
            }
            List<HostReference> refs = new ArrayList<>();
            for (ConfigValue text : ContainerTexts.of(c, ContainerScripts.in(ContainerTexts.mountedOrCopied(c, containers)),
                    ContainerScripts::text, (key, value) -> ContainerScripts.candidateName(key), containers, d)) {
                int firstLine = text.line() == 0 ? 1 : text.value().contains("\n") ? text.line() + 1 : text.line();
                refs.addAll(ContainerScripts.urls(text.file(), text.value(), firstLine,
                        host -> edges.isPlatformService(host) && !host.equals(a.name()), d::shown));
            }
            edges.add(refs);
        }
    }
}
