package io.aiplatform.security.core.graph;

import io.aiplatform.security.core.derive.DeploymentContainers;
import io.aiplatform.security.core.derive.HostReference;
import io.aiplatform.security.core.derive.KafkaConnectors;
import io.aiplatform.security.core.support.DerivationRule;
import io.aiplatform.security.core.support.Problem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Edges from the Kafka Connect connector configurations kept in the repository ({@link KafkaConnectors}): they are
 * registered with the Kafka Connect REST API at run time, and the Kafka Connect worker opens the connections they
 * name. The worker is the one service whose container runs a Kafka Connect image ({@code debezium/connect},
 * {@code confluentinc/cp-kafka-connect}), else the one named {@code connect}, {@code kafka-connect} or
 * {@code debezium}; when none or several qualify, one warning naming the first connector file and no edge.
 * Evidence names the file, line and key of each host.
 */
final class KafkaConnectConnectors extends NamedSource {

    /** The last part of the images Kafka Connect workers run ({@code quay.io/debezium/connect:2.7} is {@code connect}). */
    private static final Set<String> IMAGES = Set.of("connect", "kafka-connect", "cp-kafka-connect",
            "cp-kafka-connect-base", "cp-server-connect", "cp-server-connect-base");
    /** The names a Kafka Connect service is given. */
    private static final Set<String> NAMES = Set.of("connect", "kafka-connect", "debezium");

    KafkaConnectConnectors() {
        super("kafka connect", ServiceResolution::deploymentInputs, KafkaConnectConnectors::declare);
    }

    /** The connector files below the root. */
    static void declare(DerivationProject project, DeclaredInputs inputs) {
        List<Path> files = KafkaConnectors.files(project.root());
        inputs.fact("kafka connect connectors", files);
        files.forEach(f -> inputs.file("kafka connect connector", f));
    }

    /** The worker and the connectors it runs, found once per run. */
    private record Worker(Service service, List<KafkaConnectors.Connector> connectors) {
    }

    @Override
    public void derive(Service a, Derivation d) {
        Worker worker = d.once(KafkaConnectConnectors.class, () -> worker(d));
        if (worker.service() != a) {
            return;
        }
        HostReferenceEdges edges = d.hostReferences(a);
        List<HostReference> refs = new ArrayList<>();
        worker.connectors().forEach(c -> c.references().forEach(r -> refs.add(composeService(r, d, edges))));
        edges.add(refs);
    }

    /**
     * A host that is the name of a Compose service running a service of another name ({@code order_db}, Compose's
     * underscore for the platform's {@code order-db}) as that service, with the Compose service named in the evidence.
     */
    private static HostReference composeService(HostReference r, Derivation d, HostReferenceEdges edges) {
        if (edges.isPlatformService(r.host())) {
            return r;
        }
        ServiceContainers containers = ServiceContainers.of(d);
        return containers.matched().stream().filter(c -> DeploymentContainers.composeFile(c.file())
                        && c.name().equals(r.host()) && containers.serviceOf(c) != null)
                .findFirst().map(c -> new HostReference(containers.serviceOf(c).name(), r.port(),
                        r.source() + " (Compose service " + c.name() + ")", r.key())).orElse(r);
    }

    private static Worker worker(Derivation d) {
        List<KafkaConnectors.Connector> connectors = KafkaConnectors.read(
                KafkaConnectors.files(d.project.root()), d::shown, d.findings.unread::add);
        if (connectors.isEmpty()) {
            return new Worker(null, List.of());
        }
        ServiceContainers containers = ServiceContainers.of(d);
        List<Service> candidates = d.services().values().stream().filter(s -> containers.of(s).stream()
                .flatMap(c -> c.imageNames().stream()).anyMatch(IMAGES::contains)).toList();
        if (candidates.isEmpty()) {
            candidates = d.services().values().stream().filter(s -> NAMES.contains(s.name())).toList();
        }
        if (candidates.size() == 1) {
            return new Worker(candidates.get(0), connectors);
        }
        KafkaConnectors.Connector first = connectors.get(0);
        String message = "this Kafka Connect connector (" + first.connectorClass() + ")"
                + (connectors.size() > 1 ? " and " + (connectors.size() - 1) + " more" : "") + " is run by "
                + (candidates.isEmpty() ? "no service of the platform: no service runs a Kafka Connect image"
                + " (debezium/connect, confluentinc/cp-kafka-connect) or is named connect, kafka-connect or debezium"
                : "several services: " + String.join(", ", candidates.stream().map(Service::name).toList()))
                + "; the connections it configures are not derived (run Kafka Connect as one such service, or add"
                + " 'calls:' to it)";
        d.findings.warnings.add(new Problem(d.rel(first.file()), first.line(), null, message)
                .withRule(DerivationRule.UNOWNED_CONNECTOR));
        return new Worker(null, List.of());
    }
}
