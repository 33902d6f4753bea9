package io.aiplatform.security.core.connectivity;

import io.aiplatform.security.core.descriptor.PortSpec;
import io.aiplatform.security.core.support.Parallel;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.networking.v1.IPBlock;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyEgressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyIngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What the NetworkPolicies really allow, with Kubernetes semantics. A connection from a source to
 * a destination is allowed on the intersection of what the source's egress allows (everything,
 * when no policy isolates the source for egress) and what the destination's ingress allows
 * (everything, when no policy isolates it for ingress); several policies are a union. Policies
 * are indexed by the workloads they select, so each question looks only at the policies of its
 * two ends. IP addresses never match workloads; selectors never match IP ranges.
 */
public final class ConnectivityAnalyzer {

    /** One allowed connection of the list. */
    public record Connection(Peer source, Peer destination, ConnectionSet allowed) {
        /** The line of the connection list: {@code SRC => DST : CONNS}. */
        public String line() {
            return source.display() + " => " + destination.display() + " : " + allowed;
        }

        // written out, as the record's own would be, to spare a fresh JVM their bootstrap
        @Override
        public boolean equals(Object o) {
            return o instanceof Connection c && Objects.equals(source, c.source)
                    && Objects.equals(destination, c.destination) && Objects.equals(allowed, c.allowed);
        }

        @Override
        public int hashCode() {
            return Objects.hash(source, destination, allowed);
        }
    }

    private final List<Workload> workloads;
    private final List<NetworkPolicy> policies;
    private final Map<Workload, List<NetworkPolicy>> ingressPolicies = new HashMap<>();
    private final Map<Workload, List<NetworkPolicy>> egressPolicies = new HashMap<>();
    private final WorkloadIndex index;
    private final Map<NetworkPolicyPeer, List<Workload>> peerTargets = new IdentityHashMap<>();
    /** The analyzer's own workloads: only they are in the per-workload indexes below. */
    private final Set<Workload> indexed = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Map<Workload, Admitted> admitted = new IdentityHashMap<>();
    private final Map<Workload, Reach> reach = new IdentityHashMap<>();

    /** What a destination's ingress rules admit: from every peer, and per source workload. */
    private record Admitted(ConnectionSet fromEveryone, Map<Workload, ConnectionSet> fromWorkload) {
    }

    /** What a source's egress rules reach: rules towards every peer, and per destination workload. */
    private record Reach(List<NetworkPolicyEgressRule> toEveryone, Map<Workload, ConnectionSet> toWorkload) {
    }

    public ConnectivityAnalyzer(List<NetworkPolicy> policies, List<Workload> workloads) {
        this.workloads = List.copyOf(workloads);
        this.policies = List.copyOf(policies);
        this.index = new WorkloadIndex(this.workloads);
        this.indexed.addAll(this.workloads);
        for (NetworkPolicy policy : policies) {
            List<String> types = policyTypes(policy);
            for (Workload w : select(policy.getSpec().getPodSelector(), namespaceOf(policy))) {
                if (types.contains("Ingress")) {
                    ingressPolicies.computeIfAbsent(w, k -> new ArrayList<>()).add(policy);
                }
                if (types.contains("Egress")) {
                    egressPolicies.computeIfAbsent(w, k -> new ArrayList<>()).add(policy);
                }
            }
        }
    }

    private List<Workload> select(LabelSelector selector, String namespace) {
        return index.select(selector, namespace);
    }

    /** The workloads a peer of a rule of {@code policy} matches (never IP ranges), computed once per peer. */
    private List<Workload> targets(NetworkPolicyPeer peer, NetworkPolicy policy) {
        return peerTargets.computeIfAbsent(peer, p -> selectTargets(p, policy));
    }

    /** The workloads a peer of a rule of {@code policy} matches; reads only the index, so it may run in parallel. */
    private List<Workload> selectTargets(NetworkPolicyPeer p, NetworkPolicy policy) {
        if (p.getIpBlock() != null || (p.getNamespaceSelector() == null && p.getPodSelector() == null)) {
            return List.of();
        }
        List<String> namespaces = new ArrayList<>();
        if (p.getNamespaceSelector() == null) {
            namespaces.add(namespaceOf(policy));
        } else {
            for (Map.Entry<String, List<Workload>> e : index.byNamespace().entrySet()) {
                if (LabelSelectors.matches(p.getNamespaceSelector(), e.getValue().get(0).namespaceLabels())) {
                    namespaces.add(e.getKey());
                }
            }
        }
        List<Workload> result = new ArrayList<>();
        for (String ns : namespaces) {
            result.addAll(p.getPodSelector() == null ? index.inNamespace(ns) : select(p.getPodSelector(), ns));
        }
        return result;
    }

    /**
     * The workloads {@code source} may reach at all, as a superset: every workload when it is not
     * isolated for egress or a rule has no peers, else the union of what its egress rules' peers select.
     */
    private Collection<Workload> egressCandidates(Workload source) {
        List<NetworkPolicy> selecting = egressPolicies.get(source);
        if (selecting == null) {
            return workloads;
        }
        Set<Workload> candidates = new LinkedHashSet<>();
        for (NetworkPolicy policy : selecting) {
            for (NetworkPolicyEgressRule rule : nullSafe(policy.getSpec().getEgress())) {
                if (rule.getTo() == null || rule.getTo().isEmpty()) {
                    return workloads;
                }
                for (NetworkPolicyPeer peer : rule.getTo()) {
                    candidates.addAll(targets(peer, policy));
                }
            }
        }
        return candidates;
    }

    /**
     * The workloads that {@code destination}'s ingress rules admit on some port (every workload when a
     * rule names no peer); none when no policy isolates it for ingress.
     */
    public Collection<Workload> admittedSources(Workload destination) {
        if (!ingressPolicies.containsKey(destination) || !indexed.contains(destination)) {
            return List.of();
        }
        Admitted a = admitted.computeIfAbsent(destination, this::admitted);
        return a.fromEveryone().isEmpty() ? a.fromWorkload().keySet() : workloads;
    }

    /**
     * The workloads that {@code source}'s egress rules reach on some port (every workload when a rule
     * names no peer); none when no policy isolates it for egress.
     */
    public Collection<Workload> reachedDestinations(Workload source) {
        return egressPolicies.containsKey(source) ? egressCandidates(source) : List.of();
    }

    /** The policy's namespace; a policy without one is in {@code default}. */
    public static String namespaceOf(NetworkPolicy policy) {
        String ns = policy.getMetadata() == null ? null : policy.getMetadata().getNamespace();
        return ns == null || ns.isEmpty() ? "default" : ns;
    }

    /** policyTypes as written, or the default: Ingress, plus Egress when the policy has egress rules. */
    public static List<String> policyTypes(NetworkPolicy policy) {
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

    /** The policies that select {@code workload} for ingress (empty: it is not isolated for ingress). */
    public List<NetworkPolicy> ingressPoliciesOf(Workload workload) {
        return ingressPolicies.getOrDefault(workload, List.of());
    }

    /** The policies that select {@code workload} for egress (empty: it is not isolated for egress). */
    public List<NetworkPolicy> egressPoliciesOf(Workload workload) {
        return egressPolicies.getOrDefault(workload, List.of());
    }

    /** Everything {@code source} may open to {@code destination}. */
    public ConnectionSet connections(Peer source, Peer destination) {
        ConnectionSet egress = egress(source, destination);
        if (egress.isEmpty()) {
            return egress;
        }
        return egress.intersect(ingress(source, destination));
    }

    /** May {@code source} open a connection to {@code destination} on {@code port}/{@code protocol}? */
    public boolean allowed(Workload source, Workload destination, int port, String protocol) {
        return connections(source, destination).contains(protocol, port);
    }

    /** May {@code source} reach the cluster-external IPv4 or IPv6 address {@code ip}? */
    public boolean allowedToAddress(Workload source, String ip, int port, String protocol) {
        return connections(source, IpRange.address(ip)).contains(protocol, port);
    }

    /** May the cluster-external IPv4 or IPv6 address {@code ip} reach {@code destination}? */
    public boolean allowedFromAddress(String ip, Workload destination, int port, String protocol) {
        return connections(IpRange.address(ip), destination).contains(protocol, port);
    }

    /**
     * Every allowed connection between two workloads, from an IP range to a workload and from a
     * workload to an IP range, sorted by source then destination as written. The address space
     * is cut at the ipBlocks of ingress rules (sources) and of egress rules (destinations): the IPv4
     * space always, the IPv6 space when an ipBlock of that direction is IPv6.
     */
    private boolean precomputed;

    /**
     * Fills the lazy tables (each peer's workloads, what each workload admits and reaches) for every
     * workload at once, the per-workload part in parallel. Afterwards queries only read them, so they
     * may run in parallel too.
     */
    public synchronized void precompute() {
        if (precomputed) {
            return;
        }
        List<Map.Entry<NetworkPolicyPeer, NetworkPolicy>> peers = new ArrayList<>(); // in order: the first policy of a peer counts
        for (NetworkPolicy policy : policies) {
            for (NetworkPolicyIngressRule r : nullSafe(policy.getSpec().getIngress())) {
                nullSafe(r.getFrom()).forEach(peer -> peers.add(new AbstractMap.SimpleImmutableEntry<>(peer, policy)));
            }
            for (NetworkPolicyEgressRule r : nullSafe(policy.getSpec().getEgress())) {
                nullSafe(r.getTo()).forEach(peer -> peers.add(new AbstractMap.SimpleImmutableEntry<>(peer, policy)));
            }
        }
        List<List<Workload>> selected = Parallel.stream(peers, workloads.size())
                .map(e -> e.getKey() == null || peerTargets.containsKey(e.getKey()) ? null : selectTargets(e.getKey(), e.getValue()))
                .toList();
        for (int i = 0; i < peers.size(); i++) {
            if (selected.get(i) != null) {
                peerTargets.putIfAbsent(peers.get(i).getKey(), selected.get(i));
            }
        }
        List<Workload> isolatedIn = workloads.stream().filter(w -> ingressPolicies.containsKey(w) && !admitted.containsKey(w)).toList();
        List<Admitted> admits = Parallel.stream(isolatedIn, workloads.size()).map(this::admitted).toList();
        for (int i = 0; i < isolatedIn.size(); i++) {
            admitted.put(isolatedIn.get(i), admits.get(i));
        }
        List<Workload> isolatedOut = workloads.stream().filter(w -> egressPolicies.containsKey(w) && !reach.containsKey(w)).toList();
        List<Reach> reaches = Parallel.stream(isolatedOut, workloads.size()).map(this::reach).toList();
        for (int i = 0; i < isolatedOut.size(); i++) {
            reach.put(isolatedOut.get(i), reaches.get(i));
        }
        precomputed = true;
    }

    public List<Connection> connectionList() {
        precompute();
        List<IPBlock> ingressBlocks = new ArrayList<>();
        List<IPBlock> egressBlocks = new ArrayList<>();
        for (NetworkPolicy p : policies) {
            for (NetworkPolicyIngressRule r : nullSafe(p.getSpec().getIngress())) {
                nullSafe(r.getFrom()).stream().filter(x -> x.getIpBlock() != null).forEach(x -> ingressBlocks.add(x.getIpBlock()));
            }
            for (NetworkPolicyEgressRule r : nullSafe(p.getSpec().getEgress())) {
                nullSafe(r.getTo()).stream().filter(x -> x.getIpBlock() != null).forEach(x -> egressBlocks.add(x.getIpBlock()));
            }
        }
        List<IpRange> sourceRanges = IpRanges.cut(ingressBlocks);
        List<IpRange> destinationRanges = IpRanges.cut(egressBlocks);
        List<Peer> sources = new ArrayList<>(workloads);
        sources.addAll(sourceRanges);
        // ordered by source, then destination, as displayed, every peer's text built once: sources sorted
        // here, each one's destinations in its own task below
        Map<Peer, String> shown = new IdentityHashMap<>();
        sources.forEach(p -> shown.put(p, p.display()));
        destinationRanges.forEach(p -> shown.put(p, p.display()));
        sources.sort(Comparator.comparing(shown::get));
        List<Connection> result = new ArrayList<>();
        Parallel.stream(sources, workloads.size()).map(src -> { // the tables are filled: only reads from here
            List<Connection> from = new ArrayList<>();
            List<Peer> destinations = new ArrayList<>(src instanceof Workload w ? egressCandidates(w) : workloads);
            if (src instanceof Workload) {
                destinations.addAll(destinationRanges);
            }
            for (Peer dst : destinations) {
                if (src.equals(dst) || (src instanceof IpRange && dst instanceof IpRange)) {
                    continue;
                }
                if (src instanceof Workload a && dst instanceof Workload b && a.sameId(b)) {
                    continue;
                }
                ConnectionSet allowed = connections(src, dst);
                if (!allowed.isEmpty()) {
                    from.add(new Connection(src, dst, allowed));
                }
            }
            from.sort(Comparator.comparing(c -> shown(shown, c.destination())));
            return from;
        }).toList().forEach(result::addAll);
        // already in order when no two sources are shown alike (Topology's workloads never are), which the
        // sort then only confirms in one pass; otherwise it interleaves their connections, stably, as before
        result.sort(Comparator.comparing((Connection c) -> shown(shown, c.source()))
                .thenComparing(c -> shown(shown, c.destination())));
        return result;
    }

    /** The peer's displayed name from {@code shown} (read-only here), or built when the peer is not in it. */
    private static String shown(Map<Peer, String> shown, Peer peer) {
        String name = shown.get(peer);
        return name != null ? name : peer.display();
    }

    /** The egress policies of {@code source} with a rule that lets it reach {@code destination}. */
    public List<NetworkPolicy> egressPoliciesAllowing(Peer source, Peer destination) {
        List<NetworkPolicy> result = new ArrayList<>();
        if (source instanceof Workload src) {
            for (NetworkPolicy policy : egressPolicies.getOrDefault(src, List.of())) {
                for (NetworkPolicyEgressRule rule : nullSafe(policy.getSpec().getEgress())) {
                    if (peersMatch(rule.getTo(), policy, destination) && !ports(rule.getPorts(), destination).isEmpty()) {
                        result.add(policy);
                        break;
                    }
                }
            }
        }
        return result;
    }

    /** What {@code policy}'s egress rules alone let {@code source} open to {@code destination}. */
    public ConnectionSet egressBy(NetworkPolicy policy, Peer source, Peer destination) {
        ConnectionSet allowed = ConnectionSet.none();
        for (NetworkPolicyEgressRule rule : nullSafe(policy.getSpec().getEgress())) {
            if (peersMatch(rule.getTo(), policy, destination)) {
                allowed = allowed.union(ports(rule.getPorts(), destination));
            }
        }
        return allowed;
    }

    /** What {@code policy}'s ingress rules alone admit from {@code source} to {@code destination}. */
    public ConnectionSet ingressBy(NetworkPolicy policy, Peer source, Peer destination) {
        ConnectionSet allowed = ConnectionSet.none();
        for (NetworkPolicyIngressRule rule : nullSafe(policy.getSpec().getIngress())) {
            if (peersMatch(rule.getFrom(), policy, source)) {
                allowed = allowed.union(ports(rule.getPorts(), destination));
            }
        }
        return allowed;
    }

    /** The ingress policies of {@code destination} with a rule that admits {@code source}. */
    public List<NetworkPolicy> ingressPoliciesAllowing(Peer source, Peer destination) {
        List<NetworkPolicy> result = new ArrayList<>();
        if (destination instanceof Workload dst) {
            for (NetworkPolicy policy : ingressPolicies.getOrDefault(dst, List.of())) {
                for (NetworkPolicyIngressRule rule : nullSafe(policy.getSpec().getIngress())) {
                    if (peersMatch(rule.getFrom(), policy, source) && !ports(rule.getPorts(), destination).isEmpty()) {
                        result.add(policy);
                        break;
                    }
                }
            }
        }
        return result;
    }

    /** What the source's egress allows towards {@code destination}, whatever the destination's ingress says. */
    public ConnectionSet egress(Peer source, Peer destination) {
        if (!(source instanceof Workload src)) {
            return ConnectionSet.all();
        }
        List<NetworkPolicy> selecting = egressPolicies.get(src);
        if (selecting == null) {
            return ConnectionSet.all();
        }
        if (destination instanceof Workload dst && indexed.contains(src) && indexed.contains(dst)) {
            Reach r = reach.computeIfAbsent(src, this::reach);
            ConnectionSet allowed = r.toWorkload().getOrDefault(dst, ConnectionSet.none());
            for (NetworkPolicyEgressRule rule : r.toEveryone()) {
                allowed = allowed.union(ports(rule.getPorts(), dst));
            }
            return allowed;
        }
        ConnectionSet allowed = ConnectionSet.none();
        for (NetworkPolicy policy : selecting) {
            for (NetworkPolicyEgressRule rule : nullSafe(policy.getSpec().getEgress())) {
                if (peersMatch(rule.getTo(), policy, destination)) {
                    allowed = allowed.union(ports(rule.getPorts(), destination));
                    if (allowed.isAll()) {
                        return allowed;
                    }
                }
            }
        }
        return allowed;
    }

    /** What the destination's ingress allows from {@code source}, whatever the source's egress says. */
    public ConnectionSet ingress(Peer source, Peer destination) {
        if (!(destination instanceof Workload dst)) {
            return ConnectionSet.all();
        }
        List<NetworkPolicy> selecting = ingressPolicies.get(dst);
        if (selecting == null) {
            return ConnectionSet.all();
        }
        if (source instanceof Workload src && indexed.contains(src) && indexed.contains(dst)) {
            Admitted a = admitted.computeIfAbsent(dst, this::admitted);
            return a.fromEveryone().union(a.fromWorkload().getOrDefault(src, ConnectionSet.none()));
        }
        ConnectionSet allowed = ConnectionSet.none();
        for (NetworkPolicy policy : selecting) {
            for (NetworkPolicyIngressRule rule : nullSafe(policy.getSpec().getIngress())) {
                if (peersMatch(rule.getFrom(), policy, source)) {
                    allowed = allowed.union(ports(rule.getPorts(), destination));
                    if (allowed.isAll()) {
                        return allowed;
                    }
                }
            }
        }
        return allowed;
    }

    /**
     * The ingress rules of {@code dst}'s policies turned around: for each workload their peers
     * select, the ports it is admitted on (what {@link #peersMatch} answers pair by pair, once per
     * destination). A rule without peers admits everyone.
     */
    private Admitted admitted(Workload dst) {
        ConnectionSet everyone = ConnectionSet.none();
        Map<Workload, ConnectionSet> byWorkload = new IdentityHashMap<>();
        for (NetworkPolicy policy : ingressPolicies.getOrDefault(dst, List.of())) {
            for (NetworkPolicyIngressRule rule : nullSafe(policy.getSpec().getIngress())) {
                ConnectionSet ports = ports(rule.getPorts(), dst);
                if (rule.getFrom() == null || rule.getFrom().isEmpty()) {
                    everyone = everyone.union(ports);
                    continue;
                }
                for (NetworkPolicyPeer peer : rule.getFrom()) {
                    for (Workload w : targets(peer, policy)) {
                        byWorkload.merge(w, ports, ConnectionSet::union);
                    }
                }
            }
        }
        return new Admitted(everyone, byWorkload);
    }

    /** The egress rules of {@code src}'s policies by the workloads their peers select (ports resolved on each). */
    private Reach reach(Workload src) {
        List<NetworkPolicyEgressRule> everyone = new ArrayList<>();
        Map<Workload, ConnectionSet> byWorkload = new IdentityHashMap<>();
        for (NetworkPolicy policy : egressPolicies.getOrDefault(src, List.of())) {
            for (NetworkPolicyEgressRule rule : nullSafe(policy.getSpec().getEgress())) {
                if (rule.getTo() == null || rule.getTo().isEmpty()) {
                    everyone.add(rule);
                    continue;
                }
                for (NetworkPolicyPeer peer : rule.getTo()) {
                    for (Workload w : targets(peer, policy)) {
                        byWorkload.merge(w, ports(rule.getPorts(), w), ConnectionSet::union);
                    }
                }
            }
        }
        return new Reach(everyone, byWorkload);
    }

    /** An empty or missing peer list matches every peer, IP ranges included. */
    private static boolean peersMatch(List<NetworkPolicyPeer> peers, NetworkPolicy policy, Peer other) {
        if (peers == null || peers.isEmpty()) {
            return true;
        }
        for (NetworkPolicyPeer peer : peers) {
            if (other instanceof IpRange range) {
                if (peer.getIpBlock() != null && IpRanges.contains(peer.getIpBlock(), range)) {
                    return true;
                }
                continue;
            }
            Workload w = (Workload) other;
            if (peer.getIpBlock() != null || (peer.getNamespaceSelector() == null && peer.getPodSelector() == null)) {
                continue;
            }
            boolean namespaceOk = peer.getNamespaceSelector() != null
                    ? LabelSelectors.matches(peer.getNamespaceSelector(), w.namespaceLabels())
                    : w.namespace().equals(namespaceOf(policy));
            boolean podOk = peer.getPodSelector() == null || LabelSelectors.matches(peer.getPodSelector(), w.labels());
            if (namespaceOk && podOk) {
                return true;
            }
        }
        return false;
    }

    /**
     * The ports of a rule towards {@code destination}: everything without a port list; per entry the
     * protocol (default TCP) with all ports, a number (up to endPort), or a name resolved on the
     * destination workload's container ports of that protocol (nothing when it does not resolve).
     */
    static ConnectionSet ports(List<NetworkPolicyPort> ports, Peer destination) {
        if (ports == null || ports.isEmpty()) {
            return ConnectionSet.all();
        }
        ConnectionSet result = ConnectionSet.none();
        for (NetworkPolicyPort p : ports) {
            String protocol = p.getProtocol() == null ? "TCP" : p.getProtocol();
            IntOrString value = p.getPort();
            if (value == null) {
                result = result.union(ConnectionSet.allOf(protocol));
            } else if (value.getIntVal() != null) {
                int from = value.getIntVal();
                int to = p.getEndPort() != null ? p.getEndPort() : from;
                result = result.union(ConnectionSet.of(protocol, from, to));
            } else if (destination instanceof Workload w) {
                for (PortSpec declared : w.ports()) {
                    if (value.getStrVal().equals(declared.name()) && declared.protocol().equals(protocol)) {
                        result = result.union(ConnectionSet.of(protocol, declared.port(), declared.port()));
                    }
                }
            }
        }
        return result;
    }

    private static <T> List<T> nullSafe(List<T> list) {
        return list == null ? List.of() : list;
    }
}
