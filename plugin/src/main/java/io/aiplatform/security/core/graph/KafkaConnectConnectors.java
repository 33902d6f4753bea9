package io.aiplatform.security.core.graph;

import io.aiplatform.security.core.derive.HostReference;
import io.aiplatform.security.core.derive.KafkaConnectors;
import io.aiplatform.security.core.support.DerivationRule;
import io.aiplatform.security.core.support.Problem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Edges from the Kafka Connect connector configurations kept in the repository ({@link KafkaConnectors}): they are
 * registered with the Kafka Connect REST API at run time (or by Strimzi's operator), and the Kafka Connect worker
 * opens the connections they name. The worker of a Strimzi {@code KafkaConnector} is the service of its
 * {@code strimzi.io/cluster} ({@code <cluster>-connect}, the Deployment Strimzi makes, or {@code <cluster>}); else it
 * is the one service that provides {@code kafka-connect}, else the one whose container runs a Kafka Connect image
 * ({@code debezium/connect}, {@code confluentinc/cp-kafka-connect}), else the one named {@code connect},
 * {@code kafka-connect} or {@code debezium}. When none or several qualify, one warning names the first connector
 * file, and no edge is derived. Evidence names the file, line and key of each host.
 */
final class KafkaConnectConnectors extends NamedSource {

    /** The last part of the images Kafka Connect workers run ({@code quay.io/debezium/connect:2.7} is {@code connect}). */
    private static final Set<String> IMAGES = Set.of("connect", "kafka-connect", "cp-kafka-connect",
            "cp-kafka-connect-base", "cp-server-connect", "cp-server-connect-base");
    /** The names a Kafka Connect service is given. */
    private static final Set<String> NAMES = Set.of("connect", "kafka-connect", "debezium");
    /** The product a Kafka Connect service may declare it provides. */
    private static final String PRODUCT = "kafka-connect";

    KafkaConnectConnectors() {
        super("kafka connect", ServiceResolution::deploymentInputs, KafkaConnectConnectors::declare,
                ServiceResolution::namespaceInput);
    }

    /** The connector files below the root (the Strimzi resources are among the deployment files). */
    static void declare(DerivationProject project, DeclaredInputs inputs) {
        List<Path> files = inputs.connectorFiles(project.root());
        inputs.fact("kafka connect connectors", files);
        files.forEach(f -> inputs.file("kafka connect connector", f));
    }

    @Override
    public void derive(Service a, Derivation d) {
        Map<String, List<KafkaConnectors.Connector>> byWorker = d.once(KafkaConnectConnectors.class, () -> workers(d));
        List<KafkaConnectors.Connector> connectors = byWorker.getOrDefault(a.name(), List.of());
        if (connectors.isEmpty()) {
            return;
        }
        HostReferenceEdges edges = d.hostReferences(a);
        List<HostReference> refs = new ArrayList<>();
        connectors.forEach(c -> refs.addAll(c.references()));
        edges.add(refs);
    }

    /** The connectors by the name of the service that runs them; those that none runs are a warning. */
    private static Map<String, List<KafkaConnectors.Connector>> workers(Derivation d) {
        List<KafkaConnectors.Connector> connectors = new ArrayList<>(KafkaConnectors.read(
                d.platform.connectorFiles, d::shown, d.findings.unread::add));
        connectors.addAll(KafkaConnectors.strimzi(d.platform.deploymentFiles, d::shown, d.findings.unread::add));
        Map<String, List<KafkaConnectors.Connector>> byWorker = new TreeMap<>();
        if (connectors.isEmpty()) {
            return byWorker;
        }
        List<Service> candidates = candidates(d);
        List<KafkaConnectors.Connector> unowned = new ArrayList<>();
        for (KafkaConnectors.Connector c : connectors) {
            Service cluster = c.cluster() == null ? null
                    : d.services().getOrDefault(c.cluster() + "-connect", d.services().get(c.cluster()));
            Service worker = cluster != null ? cluster : candidates.size() == 1 ? candidates.get(0) : null;
            if (worker == null) {
                unowned.add(c);
            } else {
                byWorker.computeIfAbsent(worker.name(), k -> new ArrayList<>()).add(c);
            }
        }
        if (!unowned.isEmpty()) {
            warn(d, unowned, candidates);
        }
        return byWorker;
    }

    /**
     * The services that may run Kafka Connect: those providing {@code kafka-connect}, else those running a Kafka
     * Connect image, else those named after it.
     */
    private static List<Service> candidates(Derivation d) {
        List<Service> candidates = d.services().values().stream().filter(s -> s.descriptor().provides().stream()
                .anyMatch(p -> PRODUCT.equals(p.product()))).toList();
        if (candidates.isEmpty()) {
            ServiceContainers containers = ServiceContainers.of(d);
            candidates = d.services().values().stream().filter(s -> containers.of(s).stream()
                    .flatMap(c -> c.imageNames().stream()).anyMatch(IMAGES::contains)).toList();
        }
        if (candidates.isEmpty()) {
            candidates = d.services().values().stream().filter(s -> NAMES.contains(s.name())).toList();
        }
        return candidates;
    }

    private static void warn(Derivation d, List<KafkaConnectors.Connector> unowned, List<Service> candidates) {
        KafkaConnectors.Connector first = unowned.get(0);
        String message = "this Kafka Connect connector (" + first.connectorClass() + ")"
                + (unowned.size() > 1 ? " and " + (unowned.size() - 1) + " more" : "") + " is run by "
                + (candidates.isEmpty() ? "no service of the platform: no service provides " + PRODUCT + ", runs a"
                + " Kafka Connect image (debezium/connect, confluentinc/cp-kafka-connect) or is named connect,"
                + " kafka-connect or debezium"
                : "several services: " + String.join(", ", candidates.stream().map(Service::name).toList()))
                + "; the connections it configures are not derived (run Kafka Connect as one such service, give it"
                + " 'provides: [" + PRODUCT + "]', or add 'calls:' to it)";
        d.findings.warnings.add(new Problem(d.rel(first.file()), first.line(), null, message)
                .withRule(DerivationRule.UNOWNED_CONNECTOR));
    }
}
