package io.aiplatform.security.core.graph;

import io.aiplatform.security.core.derive.ConfigValue;
import io.aiplatform.security.core.derive.Container;
import io.aiplatform.security.core.derive.DeploymentContainers;
import io.aiplatform.security.core.derive.HostReference;
import io.aiplatform.security.core.derive.LogstashFiles;
import io.aiplatform.security.core.derive.LogstashPipeline;
import io.aiplatform.security.core.derive.ServiceHosts;
import io.aiplatform.security.core.support.DerivationRule;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Edges from the Logstash pipelines a service runs: a container of the service that runs Logstash's image reads the
 * {@code *.conf} files it bind-mounts (a file, or its pipeline folder) and the {@code *.conf} keys of the ConfigMaps
 * its Kubernetes workload mounts; each client plugin of their {@code input}, {@code filter} and {@code output}
 * sections ({@link LogstashPipeline}: the elasticsearch output's {@code hosts}, kafka's {@code bootstrap_servers}, …)
 * connects to the hosts it names, its {@code ${VAR:default}} references taken from the container's environment (a
 * variable that is not set and has no default is a warning). Only hosts that name a service count, not loopback ones.
 */
final class LogstashPipelineClients extends NamedSource {

    LogstashPipelineClients() {
        super("logstash", ServiceResolution::deploymentInputs, LogstashPipelineClients::declare,
                ServiceResolution::namespaceInput);
    }

    /** The pipeline files that Compose services running Logstash mount (ConfigMaps are deployment files). */
    static void declare(DerivationProject project, DeclaredInputs inputs) {
        List<Path> compose = inputs.deploymentFiles(project.root()).stream().filter(DeploymentContainers::composeFile).toList();
        for (Container c : DeploymentContainers.read(compose, problem -> { }).containers()) {
            if (LogstashFiles.runsLogstash(c)) {
                LogstashFiles.in(c.mounts()).forEach(f -> inputs.file("logstash", f));
            }
        }
    }

    @Override
    public void derive(Service a, Derivation d) {
        ServiceContainers containers = ServiceContainers.of(d);
        HostReferenceEdges edges = d.hostReferences(a);
        for (Container c : containers.of(a)) {
            if (!LogstashFiles.runsLogstash(c)) {
                continue;
            }
            Map<String, String> environment = new TreeMap<>();
            c.environment().forEach(v -> environment.putIfAbsent(v.key(), v.value()));
            List<HostReference> refs = new ArrayList<>();
            for (ConfigValue text : texts(c, containers, d)) {
                for (LogstashPipeline.Address address : LogstashPipeline.addresses(text.value(), environment)) {
                    String where = d.shown(text.file()) + ":" + (text.line() + address.line()) + " " + address.section()
                            + " " + address.plugin() + " " + address.setting() + " => " + address.value();
                    if (address.endpoint() == null) {
                        d.warning(DerivationRule.UNRESOLVED_PLACEHOLDER, a, where + " needs " + address.unresolved()
                                + ", which the environment of " + a.name() + "'s container does not set, for the host"
                                + " Logstash connects to; the connection is not derived (set it in the Compose service"
                                + " or Deployment, give it a default, or add 'calls:')");
                    } else {
                        refs.add(new HostReference(address.endpoint().host(), address.endpoint().port(), where,
                                address.setting()));
                    }
                }
            }
            edges.add(refs.stream().filter(r -> !ServiceHosts.isLoopback(r.host()) && edges.isPlatformService(r.host()))
                    .toList());
        }
    }

    /** The pipeline texts {@code c} runs: mounted files (line 0), then its ConfigMaps' {@code *.conf} keys. */
    private static List<ConfigValue> texts(Container c, ServiceContainers containers, Derivation d) {
        return ContainerTexts.of(c, LogstashFiles.in(c.mounts()), LogstashFiles::text,
                (key, value) -> LogstashFiles.pipelineName(key), containers, d);
    }
}
