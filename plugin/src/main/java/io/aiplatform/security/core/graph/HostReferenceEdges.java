package io.aiplatform.security.core.graph;

import io.aiplatform.security.core.support.DerivationRule;
import io.aiplatform.security.core.catalog.ClientCatalog;
import io.aiplatform.security.core.derive.HostReference;
import io.aiplatform.security.core.derive.ProductKeys;
import io.aiplatform.security.core.derive.ServiceHosts;
import io.aiplatform.security.core.derive.ServicePorts;
import io.aiplatform.security.core.descriptor.ExclusionSpec;
import io.aiplatform.security.core.descriptor.PortSpec;
import io.aiplatform.security.core.descriptor.ProvidedProduct;
import io.aiplatform.security.core.support.Names;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Edges from the hosts a service's configuration or code names: a service of the platform (on the
 * port the reference or the product gives), a Service of another namespace, or a warning for a host
 * that is neither.
 */
final class HostReferenceEdges {

    private final Derivation d;
    private final Service a;
    private final ServiceHosts hosts;
    /** The evidence already warned about as naming an unknown host. */
    private final Set<String> reported = new HashSet<>();
    /** The references a loopback host may mean on the host network, by reference. */
    private final Map<HostReference, List<HostReference>> onHostNetwork = new HashMap<>();
    /** The other modules run on the host that a loopback host may mean, by reference. */
    private final Map<HostReference, List<HostReference>> hostRunModules = new HashMap<>();

    HostReferenceEdges(Derivation d, Service a, ServiceHosts hosts) {
        this.d = d;
        this.a = a;
        this.hosts = hosts;
    }

    /** Whether {@code host} names a service of the platform. */
    boolean isPlatformService(String host) {
        return hosts.serviceOf(host).isPresent();
    }

    void add(List<HostReference> references) {
        references.forEach(this::add);
    }

    private void add(HostReference ref) {
        Optional<String> target = hosts.serviceOf(ref.host());
        Optional<ServiceHosts.OutsideService> elsewhere = target.isEmpty()
                ? hosts.outsideService(ref.host()) : Optional.empty();
        if (elsewhere.isPresent()) {
            outsideReference(ref, elsewhere.get());
        } else if (target.isEmpty() && PublishedPortReferences.of(d, a, ref).isPresent()) {
            HostReference published = PublishedPortReferences.of(d, a, ref).get();
            toService(published, d.services().get(published.host()));
        } else if (target.isEmpty() && DockerHostReferences.of(d, a, ref).isPresent()) {
            HostReference published = DockerHostReferences.of(d, a, ref).get();
            toService(published, d.services().get(published.host()));
        } else if (target.isEmpty() && !onHostNetwork(ref).isEmpty()) {
            hostNetwork(ref, onHostNetwork(ref));
        } else if (target.isEmpty() && !hostRunModules(ref).isEmpty()) {
            hostRunModule(ref, hostRunModules(ref));
        } else if (target.isEmpty()) {
            boolean overridden = ServiceHosts.isLoopback(ref.host()) && DeploymentOverrides.overridden(ref,
                    d.platform.environments.getOrDefault(a.name(), List.of()), hosts);
            if (!ServiceHosts.isLoopback(ref.host())) {
                ProductsElsewhere.of(d).record(a.name(), ref); // its client connects there, not to a provider here
            }
            if (!overridden && reported.add(ref.source())) {
                if (namesServiceElsewhere(ref.host())) {
                    d.findings.unresolvedCalls.add(UnresolvedCall.toService(a.name(), ref.host(), ref.port(),
                            ref.source() + " names " + ref.host()));
                }
                Optional<ServiceHosts.OutsideService> elsewhereByShortName = hosts.platformServiceElsewhere(ref.host());
                d.warning(ServiceHosts.isLoopback(ref.host()) ? DerivationRule.LOOPBACK_HOST : DerivationRule.UNKNOWN_HOST, a,
                        ref.source() + " names host '" + ref.host() + "', "
                        + (ServiceHosts.isLoopback(ref.host()) ? "the pod itself once deployed; name the service"
                        + " it means" : elsewhereByShortName.isPresent() ? inAnotherNamespace(ref, elsewhereByShortName.get())
                        : "which is no service of the platform; if it is outside, declare it under 'egress:'"));
            }
        } else {
            toService(ref, d.services().get(target.get()));
        }
    }

    /** The other modules run on the host that a loopback reference may reach ({@link HostRunModuleReferences}), once. */
    private List<HostReference> hostRunModules(HostReference ref) {
        return hostRunModules.computeIfAbsent(ref, r -> HostRunModuleReferences.of(d, a, r));
    }

    /**
     * A loopback reference of a service run on the host: the one other module run on the host that listens on its
     * port, or one warning naming the several that do.
     */
    private void hostRunModule(HostReference ref, List<HostReference> candidates) {
        if (candidates.size() == 1) {
            toService(candidates.get(0), d.services().get(candidates.get(0).host()));
        } else if (reported.add(ref.source())) {
            d.warning(DerivationRule.LOOPBACK_HOST, a, ref.source() + " names host '" + ref.host() + "', which is the"
                    + " host (" + a.name() + " runs on the host: no Compose service or workload of the repository runs"
                    + " it), where several modules run on the host listen on port " + candidates.get(0).port() + ": "
                    + String.join(", ", candidates.stream().map(HostReference::host).toList())
                    + "; name the one it means, or add 'calls:'");
        }
    }

    /** What a loopback reference reaches on the host network ({@link HostNetworkReferences}), worked out once. */
    private List<HostReference> onHostNetwork(HostReference ref) {
        return onHostNetwork.computeIfAbsent(ref, r -> HostNetworkReferences.of(d, a, r));
    }

    /**
     * A loopback reference of a service on the host network: the one service listening on or publishing its port,
     * or one warning naming the several that do.
     */
    private void hostNetwork(HostReference ref, List<HostReference> candidates) {
        if (candidates.size() == 1) {
            toService(candidates.get(0), d.services().get(candidates.get(0).host()));
        } else if (reported.add(ref.source())) {
            d.warning(DerivationRule.LOOPBACK_HOST, a, ref.source() + " names host '" + ref.host() + "', which is the"
                    + " host's own network (" + a.name() + " runs with network_mode: host), where several services"
                    + " listen on or publish port " + PublishedPortReferences.port(d, ref) + ": "
                    + String.join(", ", candidates.stream().map(HostReference::host).sorted().toList())
                    + "; name the one it means, or add 'calls:'");
        }
    }

    /** The advice for a host that names a service of the platform in another namespace ({@code postgres.default}). */
    private String inAnotherNamespace(HostReference ref, ServiceHosts.OutsideService elsewhere) {
        return "Kubernetes' name of Service " + elsewhere.service() + " of namespace " + elsewhere.namespace()
                + ", while the platform runs " + elsewhere.service() + " in its own namespace " + d.project.namespace()
                + "; name it '" + elsewhere.service() + "' if it is the platform's, or, if it runs in namespace "
                + elsewhere.namespace() + ", remove it from the platform and declare the call: calls: [{service: "
                + elsewhere.service() + ", namespace: " + elsewhere.namespace() + ", port: "
                + (ref.port() != null ? ref.port() : "<port>") + "}]";
    }

    /**
     * Whether {@code host} may be a service of another repository: one DNS label (a Service's name in the same
     * namespace, as {@code payments}), not the pod itself, and not excluded by the descriptor.
     */
    private boolean namesServiceElsewhere(String host) {
        return !ServiceHosts.isLoopback(host) && Names.isDns1123Label(host)
                && a.descriptor().exclude().stream().noneMatch(x -> host.equals(x.host()));
    }

    private void toService(HostReference ref, Service b) {
        ExclusionSpec excluded = a.descriptor().exclude().stream().filter(x -> ref.host().equals(x.host())
                || b.name().equals(x.service())).findFirst().orElse(null);
        if (excluded != null) {
            d.excluded(a, excluded, ref.host(), b.name());
            return;
        }
        Optional<String> unreached = ref.loadBalanced() ? UnregisteredTargets.whyUnreached(a, b, ref.host(), d)
                : Optional.empty();
        if (unreached.isPresent()) { // a load-balanced name of a service that registers nowhere
            d.findings.omissions.add(new Omission(a.name(), ref.key() != null ? ref.key() : "lb://" + ref.host(),
                    b.name(), unreached.get(), ref.source()));
            return;
        }
        d.configuredServices.computeIfAbsent(a.name(), k -> new TreeSet<>()).add(b.name());
        if (b == a) {
            return;
        }
        // an lb:// name reaches the instance on the port it registers, not on each port b declares
        List<PortSpec> ports = ref.loadBalanced() && ref.port() == null ? RegisteredPort.of(b, d.configuration(b))
                : d.callPorts(b);
        // a host under a product's key (spring.rabbitmq.host) means the port b gives for that product, else the
        // product's well-known port when b declares it among others (RabbitMQ's 5672 beside its management 15672)
        List<String> products = ProductKeys.productsOf(ref.key());
        Optional<ProvidedProduct> provision = b.descriptor().provides().stream()
                .filter(p -> products.contains(p.product())).findFirst();
        if (provision.isPresent()) {
            configuredProduct(provision.get().product());
            if (ref.port() == null && !ref.loadBalanced()) {
                ports = d.platform.products.portsOf(provision.get().product(), b);
            }
        }
        products.forEach(this::configuredProduct);
        if (products.stream().anyMatch(p -> p.equals("eureka") || p.equals("consul"))) {
            d.registries.computeIfAbsent(a.name(), k -> new TreeMap<>()).put(b.name(), ref.source());
        }
        String reason = ref.source() + " names " + ref.host();
        Optional<ServiceHosts.Alias> alias = hosts.aliasOf(ref.host());
        if (alias.isPresent()) {
            reason += " (" + alias.get().evidence() + ")";
        }
        Optional<ServicePorts.Mapping> service = ref.port() == null ? Optional.empty()
                : d.platform.servicePorts.of(b.name(), ref.port()).filter(ServicePorts.Mapping::changesPort);
        if (service.isPresent()) {
            ports = targetPortOf(ref, b, service.get(), ports);
            reason += "; " + service.get().describe(d::shown);
        } else if (ref.port() != null) {
            ports = portOf(ref, b, ports);
        }
        d.edge(a, b, ports, reason);
    }

    /**
     * The ports of {@code b} that a Service of the repository leads the reference's port to ({@code jsreport:80}
     * is the pods' 5488, or the port its {@code targetPort} names); a warning when b declares none of them.
     */
    private List<PortSpec> targetPortOf(HostReference ref, Service b, ServicePorts.Mapping service,
                                        List<PortSpec> otherwise) {
        List<PortSpec> matching = b.ports().stream().filter(p -> service.targetPort() != null
                ? p.port() == service.targetPort() : service.targetName().equals(p.name())).toList();
        if (!matching.isEmpty()) {
            return matching;
        }
        if (b.ports().isEmpty() && service.targetPort() != null) {
            return List.of(new PortSpec(null, service.targetPort(), "TCP"));
        }
        d.warning(DerivationRule.PORT_UNKNOWN, a, ref.source() + " connects to " + b.name() + ":" + ref.port() + ", which "
                + service.describe(d::shown) + ", but " + b.name() + " declares only "
                + Ports.describe(b.ports()));
        return otherwise;
    }

    /** The ports of {@code b} that the reference's own port means (a warning when b declares other ports). */
    private List<PortSpec> portOf(HostReference ref, Service b, List<PortSpec> otherwise) {
        List<PortSpec> matching = b.ports().stream().filter(p -> p.port() == ref.port()).toList();
        if (matching.isEmpty() && !b.ports().isEmpty()) {
            d.warning(DerivationRule.PORT_UNKNOWN, a, ref.source() + " connects to " + b.name() + ":" + ref.port() + ", but " + b.name()
                    + " declares only " + Ports.describe(b.ports()));
            return otherwise;
        }
        return !matching.isEmpty() ? matching : List.of(new PortSpec(null, ref.port(), "TCP"));
    }

    private void configuredProduct(String product) {
        d.configuredProducts.computeIfAbsent(a.name(), k -> new TreeSet<>()).add(product);
    }

    /**
     * A host naming a Service of another namespace ({@code my-cluster-kafka-bootstrap.kafka.svc:9092}):
     * egress to that namespace on the port the reference gives, else the default port of the product
     * its key configures.
     */
    private void outsideReference(HostReference ref, ServiceHosts.OutsideService target) {
        ProductsElsewhere.of(d).record(a.name(), ref);
        ExclusionSpec excluded = a.descriptor().exclude().stream().filter(x -> ref.host().equals(x.host()))
                .findFirst().orElse(null);
        if (excluded != null) {
            d.excluded(a, excluded, ref.host(), target.namespace() + "/" + target.service());
            return;
        }
        ClientCatalog catalog = d.catalog();
        Integer port = ref.port();
        if (port == null) {
            port = ProductKeys.productsOf(ref.key()).stream().map(catalog::defaultPort).flatMap(Optional::stream)
                    .map(PortSpec::port).findFirst().orElse(null);
        }
        if (port == null) {
            d.warning(DerivationRule.PORT_UNKNOWN, a, ref.source() + " names " + ref.host() + ", Service " + target.service() + " of namespace "
                    + target.namespace() + ", without a port; declare the call: calls: [{service: " + target.service()
                    + ", namespace: " + target.namespace() + ", port: <port>}]");
            return;
        }
        d.outsideEdge(a, true, new OutsideEdgeBuilder.Peer(target.namespace(), target.service(), Map.of()),
                List.of(new PortSpec(null, port, "TCP")), ref.source() + " names " + ref.host());
    }
}
