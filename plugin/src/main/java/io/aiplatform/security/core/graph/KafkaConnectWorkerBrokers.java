package io.aiplatform.security.core.graph;

import io.aiplatform.security.core.derive.ConfigValue;
import io.aiplatform.security.core.derive.Container;
import io.aiplatform.security.core.derive.HostReference;
import io.aiplatform.security.core.derive.KafkaConnectWorkerConfig;
import java.util.ArrayList;
import java.util.List;

/**
 * Edges from the Kafka Connect worker configuration a service's container runs ({@link KafkaConnectWorkerConfig}): a
 * {@code connect-distributed.properties} or {@code connect-standalone.properties} that it bind-mounts or its image
 * copies by name, or that is a key of a ConfigMap its workload mounts; the brokers of its {@code bootstrap.servers}
 * are the worker's connections. Evidence names the file (or ConfigMap manifest), line and key.
 */
final class KafkaConnectWorkerBrokers extends NamedSource {

    KafkaConnectWorkerBrokers() {
        super("kafka connect worker", ServiceResolution::deploymentInputs, DockerfileInputs::declare,
                KafkaConnectWorkerBrokers::declare, ServiceResolution::namespaceInput);
    }

    /** The worker configuration files that Compose services mount or their Dockerfiles copy. */
    static void declare(DerivationProject project, DeclaredInputs inputs) {
        ContainerTexts.declare(project, inputs, "kafka connect worker", (paths, c) -> KafkaConnectWorkerConfig.in(paths));
    }

    @Override
    public void derive(Service a, Derivation d) {
        ServiceContainers containers = ServiceContainers.of(d);
        for (Container c : containers.of(a)) {
            List<HostReference> refs = new ArrayList<>();
            for (ConfigValue text : ContainerTexts.of(c, KafkaConnectWorkerConfig.in(ContainerTexts.mountedOrCopied(c,
                    containers)), KafkaConnectWorkerConfig::text, (key, value) -> KafkaConnectWorkerConfig.candidateName(key),
                    containers, d)) {
                // a file's text starts at its line 1; a ConfigMap key's block value on the line after the key
                int firstLine = text.line() == 0 ? 1 : text.value().contains("\n") ? text.line() + 1 : text.line();
                refs.addAll(KafkaConnectWorkerConfig.brokers(text.file(), text.value(), firstLine, d::shown));
            }
            d.hostReferences(a).add(refs);
        }
    }
}
