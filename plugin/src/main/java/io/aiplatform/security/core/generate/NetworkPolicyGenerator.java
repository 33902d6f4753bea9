package io.aiplatform.security.core.generate;

import io.aiplatform.security.core.convention.KubeDns;
import io.aiplatform.security.core.convention.Labels;
import io.aiplatform.security.core.descriptor.EgressSpec;
import io.aiplatform.security.core.descriptor.PortSpec;
import io.aiplatform.security.core.graph.Edge;
import io.aiplatform.security.core.graph.OutsideEdge;
import io.aiplatform.security.core.graph.ProductEgress;
import io.aiplatform.security.core.graph.Service;
import io.aiplatform.security.core.graph.ServiceGraph;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.LabelSelectorBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.IPBlockBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyEgressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyEgressRuleBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyIngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyIngressRuleBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeerBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPortBuilder;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Default-deny NetworkPolicies with exact allow rules: ingress only from each service's callers on
 * the ports they use, egress only to its dependencies on their ports, DNS to kube-dns only.
 */
public final class NetworkPolicyGenerator {

    public static final String DEFAULT_DENY = "default-deny-all";
    public static final String ALLOW_DNS = "allow-dns";

    private final PlatformSettings settings;

    public NetworkPolicyGenerator(PlatformSettings settings) {
        this.settings = settings;
    }

    public static String policyName(String service) {
        return service + "-network-policy";
    }

    public NetworkPolicy defaultDeny() {
        return new NetworkPolicyBuilder()
                .withNewMetadata().withName(DEFAULT_DENY).withNamespace(settings.namespace())
                .withLabels(settings.commonLabels()).endMetadata()
                .withNewSpec().withPodSelector(new LabelSelector()).withPolicyTypes("Ingress", "Egress").endSpec()
                .build();
    }

    public NetworkPolicy allowDns() {
        NetworkPolicyPeer kubeDns = new NetworkPolicyPeerBuilder()
                .withNamespaceSelector(selector(KubeDns.NAMESPACE_LABELS))
                .withPodSelector(selector(KubeDns.POD_LABELS))
                .build();
        return new NetworkPolicyBuilder()
                .withNewMetadata().withName(ALLOW_DNS).withNamespace(settings.namespace())
                .withLabels(settings.commonLabels()).endMetadata()
                .withNewSpec().withPodSelector(new LabelSelector()).withPolicyTypes("Egress")
                .withEgress(new NetworkPolicyEgressRuleBuilder().withTo(kubeDns)
                        .withPorts(port(KubeDns.PORT, "UDP"), port(KubeDns.PORT, "TCP")).build())
                .endSpec()
                .build();
    }

    /** The name of the policy that lets a service reach the API server. */
    public static String apiServerPolicyName(String service) {
        return service + API_SERVER_SUFFIX;
    }

    public static final String API_SERVER_SUFFIX = "-api-server";
    /** The file of a service's egress to the API server, beside its network-policy.yaml. */
    public static final String API_SERVER_FILE = "api-server-network-policy.yaml";
    /**
     * Stands in for the API server's address when none is configured: the Helm chart's template replaces
     * it by the {@code networkPolicies.apiServer.endpoints} value, and kustomize output leaves the policy out.
     */
    public static final String API_SERVER_PLACEHOLDER = "192.0.2.1/32";

    /**
     * The egress of a service with Kubernetes API permissions and a mounted token to the API server's
     * endpoints on its ports (a policy of its own, so that the Helm chart can take the addresses from values).
     */
    public NetworkPolicy apiServerAccess(Service service) {
        List<String> endpoints = settings.apiServerEndpoints().isEmpty() ? List.of(API_SERVER_PLACEHOLDER)
                : settings.apiServerEndpoints().stream().sorted().toList();
        List<NetworkPolicyPeer> apiServer = endpoints.stream()
                .map(cidr -> new NetworkPolicyPeerBuilder().withIpBlock(new IPBlockBuilder().withCidr(cidr).build()).build())
                .toList();
        return new NetworkPolicyBuilder()
                .withNewMetadata().withName(apiServerPolicyName(service.name())).withNamespace(settings.namespace())
                .withLabels(settings.commonLabels()).endMetadata()
                .withNewSpec()
                .withPodSelector(selector(service.labels()))
                .withPolicyTypes("Egress")
                .withEgress(new NetworkPolicyEgressRuleBuilder().withTo(apiServer)
                        .withPorts(ports(settings.apiServerPorts().stream().map(p -> new PortSpec(null, p, "TCP")).toList()))
                        .build())
                .endSpec()
                .build();
    }

    /** The policy of one service: whom it accepts traffic from and whom it may call. */
    public NetworkPolicy forService(ServiceGraph graph, Service service) {
        return new NetworkPolicyBuilder()
                .withNewMetadata().withName(policyName(service.name())).withNamespace(settings.namespace())
                .withLabels(settings.commonLabels()).endMetadata()
                .withNewSpec()
                .withPodSelector(selector(service.labels()))
                .withPolicyTypes("Ingress", "Egress")
                .withIngress(ingress(graph, service))
                .withEgress(egress(graph, service))
                .endSpec()
                .build();
    }

    /** Who may reach the service: its callers, outside traffic it declares, other namespaces, its replicas. */
    private List<NetworkPolicyIngressRule> ingress(ServiceGraph graph, Service service) {
        List<NetworkPolicyIngressRule> ingress = new ArrayList<>();
        for (Edge edge : graph.callersOf(service.name())) {
            Service caller = graph.service(edge.from()).orElseThrow();
            ingress.add(new NetworkPolicyIngressRuleBuilder()
                    .withFrom(new NetworkPolicyPeerBuilder().withPodSelector(selector(caller.labels())).build())
                    .withPorts(ports(edge.ports()))
                    .build());
        }
        externalIngress(service).ifPresent(ingress::add);
        for (OutsideEdge e : graph.outsideEdgesOf(service.name())) {
            if (!e.outgoing()) {
                ingress.add(new NetworkPolicyIngressRuleBuilder().withFrom(outsidePeer(e)).withPorts(ports(e.ports())).build());
            }
        }
        if (!service.peerPorts().isEmpty()) { // replicas of the service reach each other on these ports
            ingress.add(new NetworkPolicyIngressRuleBuilder()
                    .withFrom(new NetworkPolicyPeerBuilder().withPodSelector(selector(service.labels())).build())
                    .withPorts(ports(service.peerPorts())).build());
        }
        return ingress;
    }

    /** The rule for outside traffic ({@code ingress.external}): from its namespaces and CIDRs, if it names any. */
    private Optional<NetworkPolicyIngressRule> externalIngress(Service service) {
        var declaredIngress = service.descriptor().ingress();
        if (!declaredIngress.external()) {
            return Optional.empty();
        }
        List<NetworkPolicyPeer> from = new ArrayList<>();
        Map<String, String> namespaces = declaredIngress.fromNamespaces().isEmpty()
                ? settings.externalIngressNamespaces() : declaredIngress.fromNamespaces();
        if (!namespaces.isEmpty()) {
            from.add(new NetworkPolicyPeerBuilder().withNamespaceSelector(selector(namespaces)).build());
        }
        for (String cidr : declaredIngress.fromCidrs().stream().sorted().toList()) {
            from.add(new NetworkPolicyPeerBuilder().withIpBlock(new IPBlockBuilder().withCidr(cidr).build()).build());
        }
        return from.isEmpty() ? Optional.empty() : Optional.of(new NetworkPolicyIngressRuleBuilder().withFrom(from)
                .withPorts(ports(service.externalPorts())).build());
    }

    /** Whom the service may reach: its replicas, its callees, products, other namespaces and declared CIDRs. */
    private List<NetworkPolicyEgressRule> egress(ServiceGraph graph, Service service) {
        List<NetworkPolicyEgressRule> egress = new ArrayList<>();
        if (!service.peerPorts().isEmpty()) {
            egress.add(new NetworkPolicyEgressRuleBuilder()
                    .withTo(new NetworkPolicyPeerBuilder().withPodSelector(selector(service.labels())).build())
                    .withPorts(ports(service.peerPorts())).build());
        }
        for (Edge edge : graph.calleesOf(service.name())) {
            Service callee = graph.service(edge.to()).orElseThrow();
            egress.add(new NetworkPolicyEgressRuleBuilder()
                    .withTo(new NetworkPolicyPeerBuilder().withPodSelector(selector(callee.labels())).build())
                    .withPorts(ports(edge.ports()))
                    .build());
        }
        for (ProductEgress p : graph.productEgressOf(service.name())) {
            egress.add(new NetworkPolicyEgressRuleBuilder()
                    .withTo(new NetworkPolicyPeerBuilder()
                            .withPodSelector(selector(Map.of(Labels.NAME, p.product()))).build())
                    .withPorts(ports(List.of(p.port())))
                    .build());
        }
        for (OutsideEdge e : graph.outsideEdgesOf(service.name())) {
            if (e.outgoing()) {
                egress.add(new NetworkPolicyEgressRuleBuilder().withTo(outsidePeer(e)).withPorts(ports(e.ports())).build());
            }
        }
        for (EgressSpec e : service.descriptor().egress()) {
            egress.add(new NetworkPolicyEgressRuleBuilder()
                    .withTo(new NetworkPolicyPeerBuilder().withIpBlock(new IPBlockBuilder().withCidr(e.cidr())
                            .withExcept(e.except().stream().sorted().toList()).build()).build())
                    .withPorts(ports(e.ports()))
                    .build());
        }
        return egress;
    }

    /** Pods of another namespace: its name label and, when known, the pods' labels, in one peer (both must match). */
    private static NetworkPolicyPeer outsidePeer(OutsideEdge e) {
        NetworkPolicyPeerBuilder peer = new NetworkPolicyPeerBuilder()
                .withNamespaceSelector(selector(Map.of("kubernetes.io/metadata.name", e.namespace())));
        if (!e.labels().isEmpty()) {
            peer.withPodSelector(selector(e.labels()));
        }
        return peer.build();
    }

    private static LabelSelector selector(Map<String, String> labels) {
        return new LabelSelectorBuilder().withMatchLabels(new TreeMap<>(labels)).build();
    }

    private static List<NetworkPolicyPort> ports(List<PortSpec> ports) {
        return ports.stream()
                .sorted(Comparator.comparingInt(PortSpec::port).thenComparing(PortSpec::protocol))
                .map(p -> port(p.port(), p.protocol()))
                .distinct()
                .toList();
    }

    private static NetworkPolicyPort port(int port, String protocol) {
        return new NetworkPolicyPortBuilder().withPort(new IntOrString(port)).withProtocol(protocol).build();
    }
}
