package io.aiplatform.security.core.diff;

import io.aiplatform.security.core.convention.ServiceAccounts;
import io.aiplatform.security.core.descriptor.ApiAccess;
import io.aiplatform.security.core.descriptor.EgressSpec;
import io.aiplatform.security.core.descriptor.ObjectAccess;
import io.aiplatform.security.core.descriptor.ServiceDescriptor;
import io.aiplatform.security.core.graph.Edge;
import io.aiplatform.security.core.graph.OutsideEdge;
import io.aiplatform.security.core.graph.ProductEgress;
import io.aiplatform.security.core.graph.Service;
import io.aiplatform.security.core.graph.ServiceGraph;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The evidence of the graph just derived for what the new layer adds: the reasons of the edges between two
 * services (the {@code explain} evidence, {@code orders/src/main/resources/application.yml:12 payments.url}),
 * of the edges with other namespaces, of the egress to products and addresses, and the descriptor lines
 * that ask for a grant. Names are those {@link PeerNames} gives: a service's name, {@code namespace/...} elsewhere.
 */
public final class GraphEvidence implements ChangeEvidence {

    private final ServiceGraph graph;
    private final Path root;

    /** {@code root}: the project folder, which descriptor files are shown relative to. */
    public GraphEvidence(ServiceGraph graph, Path root) {
        this.graph = graph;
        this.root = root == null ? null : root.toAbsolutePath().normalize();
    }

    @Override
    public List<String> connection(String source, String destination) {
        List<String> reasons = new ArrayList<>();
        for (Edge e : graph.edges()) {
            if (e.from().equals(source) && e.to().equals(destination)) {
                reasons.addAll(e.reasons());
            }
        }
        for (OutsideEdge e : graph.outsideEdges()) {
            boolean out = e.outgoing() && e.service().equals(source) && destination.startsWith(e.namespace() + "/");
            boolean in = !e.outgoing() && e.service().equals(destination) && source.startsWith(e.namespace() + "/");
            if (out || in) {
                reasons.addAll(e.reasons());
            }
        }
        return distinct(reasons);
    }

    @Override
    public List<String> toAddresses(String source) {
        List<String> reasons = new ArrayList<>();
        graph.productEgressOf(source).stream().map(ProductEgress::reason).forEach(reasons::add);
        descriptor(source).ifPresent(d -> {
            for (EgressSpec e : d.egress()) {
                reasons.add(file(d) + ":" + e.line() + " egress " + e.cidr());
            }
        });
        return distinct(reasons);
    }

    /** The declarations that give the service API permissions: kubernetesApi, and the Secrets and ConfigMaps its Role reads. */
    @Override
    public List<String> toApiServer(String source) {
        List<String> reasons = new ArrayList<>();
        descriptor(source).ifPresent(d -> {
            d.kubernetesApi().forEach(a -> reasons.add(file(d) + ":" + a.line() + " kubernetesApi "
                    + String.join(", ", a.resources())));
            d.secrets().forEach(o -> reasons.add(file(d) + ":" + o.line() + " secrets " + o.name()));
            d.configMaps().forEach(o -> reasons.add(file(d) + ":" + o.line() + " configMaps " + o.name()));
        });
        return distinct(reasons);
    }

    @Override
    public List<String> fromAddresses(String destination) {
        return descriptor(destination).filter(d -> !d.ingress().fromCidrs().isEmpty())
                .map(d -> List.of(file(d) + " ingress.fromCidrs " + String.join(", ", d.ingress().fromCidrs())))
                .orElse(List.of());
    }

    @Override
    public List<String> grant(Grant grant) {
        String account = grant.account().substring(grant.account().indexOf('/') + 1);
        Optional<ServiceDescriptor> d = ServiceAccounts.serviceOf(account).flatMap(this::descriptor);
        if (d.isEmpty()) {
            return List.of();
        }
        List<String> reasons = new ArrayList<>();
        List<ObjectAccess> objects = grant.apiGroup().isEmpty() && grant.resource().equals("secrets") ? d.get().secrets()
                : grant.apiGroup().isEmpty() && grant.resource().equals("configmaps") ? d.get().configMaps() : List.of();
        for (ObjectAccess o : objects) {
            if (o.name().equals(grant.resourceName())) {
                reasons.add(file(d.get()) + ":" + o.line() + " " + (objects == d.get().secrets() ? "secrets " : "configMaps ")
                        + o.name());
            }
        }
        for (ApiAccess a : d.get().kubernetesApi()) {
            if (a.apiGroup().equals(grant.apiGroup()) && a.resources().contains(grant.resource())
                    && a.verbs().contains(grant.verb())) {
                reasons.add(file(d.get()) + ":" + a.line() + " kubernetesApi " + String.join(", ", a.resources()));
            }
        }
        return distinct(reasons);
    }

    private Optional<ServiceDescriptor> descriptor(String service) {
        return graph.service(service).map(Service::descriptor);
    }

    private String file(ServiceDescriptor d) {
        Path f = d.file() == null ? null : d.file().toAbsolutePath().normalize();
        if (f == null) {
            return "the descriptor of " + d.name();
        }
        return (root != null && f.startsWith(root) ? root.relativize(f) : f).toString().replace('\\', '/');
    }

    private static List<String> distinct(List<String> reasons) {
        return reasons.stream().distinct().sorted().toList();
    }
}
