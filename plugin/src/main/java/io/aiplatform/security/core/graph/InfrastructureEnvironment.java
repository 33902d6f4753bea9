package io.aiplatform.security.core.graph;

import io.aiplatform.security.core.derive.ConfigValue;
import io.aiplatform.security.core.derive.Container;
import io.aiplatform.security.core.derive.ContainerVariables;
import io.aiplatform.security.core.derive.DeploymentContainers;
import io.aiplatform.security.core.derive.HostReference;
import io.aiplatform.security.core.derive.KeycloakCommandOptions;
import io.aiplatform.security.core.derive.ServiceHosts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Edges from the environment of third-party containers: a service of {@code platform.yaml}, or a module
 * without Java sources whose container runs an image the platform does not build ({@code nginx} for a
 * frontend module), whose Compose service or Kubernetes workload sets
 * variables naming other services ({@code KAFKA_ZOOKEEPER_CONNECT=zookeeper:2181},
 * {@code GATEWAY_URL=http://gateway:8080}, {@code KC_DB_URL_HOST}: {@link ContainerVariables}; a Keycloak container's
 * command-line options as the {@code KC_} variables they equal, {@link KeycloakCommandOptions}). Only hosts
 * that name a service count: such images name their own listeners and the outside world too. A loopback host
 * counts only where a Compose service with {@code network_mode: host} runs the container and something listens on its
 * port there ({@link HostNetworkReferences}).
 */
final class InfrastructureEnvironment extends NamedSource {

    InfrastructureEnvironment() {
        // the Java sources decide whether a module is a Java service
        super("infrastructure environment", ServiceResolution::deploymentInputs,
                JavaSourceHosts::sourceInputs, ServiceResolution::namespaceInput);
    }

    /** Whether {@code a} is a third-party service ({@link #thirdParty}): a look at its folder, made for all in parallel. */
    @Override
    public Object prepare(Service a, Derivation d) {
        return thirdParty(a);
    }

    @Override
    public void derive(Service a, Derivation d) {
        if (!d.<Boolean>prepared(this, a)) {
            return;
        }
        HostReferenceEdges edges = d.hostReferences(a);
        for (Container c : ServiceContainers.of(d).of(a)) {
            if (a.module().directory() != null && !foreignImage(a, c)) {
                continue; // the module's own image: its environment is its configuration's (relaxed binding)
            }
            List<HostReference> refs = ContainerVariables.references(resolved(c, d), host -> edges.isPlatformService(host)
                    || ServiceHosts.isLoopback(host), d::shown);
            // a loopback host counts on the host network, where it reaches a service (HostNetworkReferences)
            edges.add(refs.stream().filter(r -> !ServiceHosts.isLoopback(r.host())
                    || !HostNetworkReferences.of(d, a, r).isEmpty()).toList());
        }
    }

    /**
     * A Kubernetes workload's container with the variables its ConfigMap and Secret references give
     * ({@code valueFrom}, {@code envFrom}), as the environment resolved them; a Compose service as it is.
     */
    static Container resolved(Container c, Derivation d) {
        if (DeploymentContainers.composeFile(c.file()) && c.images().stream().anyMatch(KeycloakCommandOptions::isKeycloak)) {
            List<ConfigValue> options = KeycloakCommandOptions.variables(c.file(), c.name());
            if (!options.isEmpty()) {
                List<ConfigValue> all = new java.util.ArrayList<>(c.environment());
                all.addAll(options);
                return new Container(c.name(), c.file(), c.images(), c.buildContext(), c.dockerfile(), all, c.mounts(),
                        c.configMaps(), c.annotations());
            }
        }
        List<ConfigValue> variables = DeploymentContainers.composeFile(c.file()) ? null
                : d.platform.workloadVariables.get(c.name());
        return variables == null ? c : new Container(c.name(), c.file(), c.images(), c.buildContext(), c.dockerfile(),
                variables, c.mounts(), c.configMaps(), c.annotations());
    }

    /**
     * A container that runs an image the platform does not build: no build context, and an image named
     * neither after the service nor after its module ({@code nginx:1.27} for a module {@code frontend}).
     */
    static boolean foreignImage(Service a, Container c) {
        return c.buildContext() == null && !c.imageNames().isEmpty() && c.imageNames().stream()
                .noneMatch(n -> n.equals(a.name()) || n.equals(a.module().artifactId()));
    }

    /** A service of the platform file, or a module without Java sources. */
    static boolean thirdParty(Service a) {
        Path java = DerivationProject.javaSources(a.module());
        return java == null || !Files.isDirectory(java);
    }
}
