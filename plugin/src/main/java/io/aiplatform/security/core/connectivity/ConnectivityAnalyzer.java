package io.aiplatform.security.core.connectivity;

import io.aiplatform.security.core.descriptor.Cidr;
import io.aiplatform.security.core.descriptor.PortSpec;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.networking.v1.IPBlock;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyEgressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyIngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the NetworkPolicies really allow. A connection from a source to a destination port is
 * allowed when the source's egress allows it (or no policy isolates the source for egress) and
 * the destination's ingress allows it (or no policy isolates it for ingress); several policies
 * are a union. Policies are indexed by the workloads they select, so a question looks only at
 * the policies of its two ends.
 */
public final class ConnectivityAnalyzer {

    private final List<Workload> workloads;
    private final Map<String, List<NetworkPolicy>> ingressPolicies = new HashMap<>();
    private final Map<String, List<NetworkPolicy>> egressPolicies = new HashMap<>();

    public ConnectivityAnalyzer(List<NetworkPolicy> policies, List<Workload> workloads) {
        this.workloads = List.copyOf(workloads);
        for (NetworkPolicy policy : policies) {
            String namespace = policy.getMetadata().getNamespace();
            List<String> types = policyTypes(policy);
            for (Workload w : workloads) {
                if (!w.namespace().equals(namespace)
                        || !LabelSelectors.matches(policy.getSpec().getPodSelector(), w.labels())) {
                    continue;
                }
                if (types.contains("Ingress")) {
                    ingressPolicies.computeIfAbsent(w.id(), k -> new ArrayList<>()).add(policy);
                }
                if (types.contains("Egress")) {
                    egressPolicies.computeIfAbsent(w.id(), k -> new ArrayList<>()).add(policy);
                }
            }
        }
    }

    /** policyTypes as written, or the default: Ingress, plus Egress when the policy has egress rules. */
    static List<String> policyTypes(NetworkPolicy policy) {
        List<String> declared = policy.getSpec().getPolicyTypes();
        if (declared != null && !declared.isEmpty()) {
            return declared;
        }
        List<NetworkPolicyEgressRule> egress = policy.getSpec().getEgress();
        return egress != null && !egress.isEmpty() ? List.of("Ingress", "Egress") : List.of("Ingress");
    }

    public List<Workload> workloads() {
        return workloads;
    }

    /** May {@code source} open a connection to {@code destination} on {@code port}/{@code protocol}? */
    public boolean allowed(Workload source, Workload destination, int port, String protocol) {
        return egressAllows(source, destination, null, port, protocol)
                && ingressAllows(destination, source, null, port, protocol);
    }

    /** May {@code source} reach the cluster-external address {@code ip}? */
    public boolean allowedToAddress(Workload source, String ip, int port, String protocol) {
        return egressAllows(source, null, ip, port, protocol);
    }

    /** May the cluster-external address {@code ip} reach {@code destination}? */
    public boolean allowedFromAddress(String ip, Workload destination, int port, String protocol) {
        return ingressAllows(destination, null, ip, port, protocol);
    }

    private boolean egressAllows(Workload source, Workload destination, String ip, int port, String protocol) {
        List<NetworkPolicy> policies = egressPolicies.get(source.id());
        if (policies == null) {
            return true;
        }
        for (NetworkPolicy policy : policies) {
            List<NetworkPolicyEgressRule> rules = policy.getSpec().getEgress();
            if (rules == null) {
                continue;
            }
            for (NetworkPolicyEgressRule rule : rules) {
                if (portsMatch(rule.getPorts(), destination, port, protocol)
                        && peersMatch(rule.getTo(), policy, destination, ip)) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean ingressAllows(Workload destination, Workload source, String ip, int port, String protocol) {
        List<NetworkPolicy> policies = ingressPolicies.get(destination.id());
        if (policies == null) {
            return true;
        }
        for (NetworkPolicy policy : policies) {
            List<NetworkPolicyIngressRule> rules = policy.getSpec().getIngress();
            if (rules == null) {
                continue;
            }
            for (NetworkPolicyIngressRule rule : rules) {
                if (portsMatch(rule.getPorts(), destination, port, protocol)
                        && peersMatch(rule.getFrom(), policy, source, ip)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** An empty or missing peer list matches every source or destination, pods and addresses alike. */
    private static boolean peersMatch(List<NetworkPolicyPeer> peers, NetworkPolicy policy, Workload other, String ip) {
        if (peers == null || peers.isEmpty()) {
            return true;
        }
        for (NetworkPolicyPeer peer : peers) {
            if (ip != null) {
                if (peer.getIpBlock() != null && inBlock(peer.getIpBlock(), ip)) {
                    return true;
                }
                continue;
            }
            if (peer.getIpBlock() != null || other == null) {
                continue;
            }
            boolean namespaceOk = peer.getNamespaceSelector() != null
                    ? LabelSelectors.matches(peer.getNamespaceSelector(), other.namespaceLabels())
                    : other.namespace().equals(policy.getMetadata().getNamespace());
            boolean podOk = peer.getPodSelector() == null || LabelSelectors.matches(peer.getPodSelector(), other.labels());
            if (namespaceOk && podOk) {
                return true;
            }
        }
        return false;
    }

    private static boolean inBlock(IPBlock block, String ip) {
        String host = ip.contains(":") ? ip + "/128" : ip + "/32";
        if (!Cidr.contains(block.getCidr(), host)) {
            return false;
        }
        if (block.getExcept() != null) {
            for (String except : block.getExcept()) {
                if (Cidr.contains(except, host)) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * An empty or missing port list matches every port. A numbered port matches it (or the range up
     * to endPort); a named port matches when the destination pod declares a port of that name.
     */
    private static boolean portsMatch(List<NetworkPolicyPort> ports, Workload destination, int port, String protocol) {
        if (ports == null || ports.isEmpty()) {
            return true;
        }
        for (NetworkPolicyPort p : ports) {
            String proto = p.getProtocol() == null ? "TCP" : p.getProtocol();
            if (!proto.equals(protocol)) {
                continue;
            }
            IntOrString value = p.getPort();
            if (value == null) {
                return true;
            }
            if (value.getIntVal() != null) {
                int from = value.getIntVal();
                int to = p.getEndPort() != null ? p.getEndPort() : from;
                if (port >= from && port <= to) {
                    return true;
                }
            } else if (destination != null) {
                for (PortSpec declared : destination.ports()) {
                    if (value.getStrVal().equals(declared.name()) && declared.port() == port
                            && declared.protocol().equals(protocol)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
