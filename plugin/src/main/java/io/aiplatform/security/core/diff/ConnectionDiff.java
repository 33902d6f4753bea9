package io.aiplatform.security.core.diff;

import io.aiplatform.security.core.connectivity.ConnectionSet;
import io.aiplatform.security.core.connectivity.ConnectivityAnalyzer;
import io.aiplatform.security.core.connectivity.IpRange;
import io.aiplatform.security.core.connectivity.IpRanges;
import io.aiplatform.security.core.connectivity.Workload;
import io.aiplatform.security.core.validate.report.IpRangeLabels;
import io.fabric8.kubernetes.api.model.networking.v1.IPBlock;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The connections one side allows and the other does not, both computed by the {@link ConnectivityAnalyzer}
 * on the same workloads ({@link ComparedWorkloads}) and the same cut of the address space (the ipBlocks of
 * both sides), so that only what is allowed counts, never how the policies are written.
 */
public final class ConnectionDiff {

    /** The changes, each list sorted. */
    public record Result(List<ConnectionChange> added, List<ConnectionChange> removed) {
    }

    private final List<Workload> workloads;
    private final PeerNames names;
    private final List<String> apiServerCidrs;
    private final List<IpRange> apiServer = new ArrayList<>();
    private final ChangeEvidence evidence;

    /**
     * @param workloads      the workloads both sides are judged on
     * @param apiServerCidrs the API server's addresses, whose egress is reported apart (any that is no CIDR is left out)
     */
    public ConnectionDiff(List<Workload> workloads, PeerNames names, List<String> apiServerCidrs, ChangeEvidence evidence) {
        this.workloads = List.copyOf(workloads);
        this.names = names;
        this.evidence = evidence;
        List<String> valid = new ArrayList<>();
        for (String cidr : apiServerCidrs) {
            try {
                apiServer.add(IpRanges.block(cidr));
                valid.add(cidr);
            } catch (IllegalArgumentException notACidr) {
                // PlatformSettings refuses such an endpoint; here it stands for no address
            }
        }
        this.apiServerCidrs = List.copyOf(valid);
    }

    public Result compare(List<NetworkPolicy> basePolicies, List<NetworkPolicy> newPolicies) {
        ConnectivityAnalyzer base = new ConnectivityAnalyzer(basePolicies, workloads);
        ConnectivityAnalyzer now = new ConnectivityAnalyzer(newPolicies, workloads);
        TreeSet<ConnectionChange> added = new TreeSet<>();
        TreeSet<ConnectionChange> removed = new TreeSet<>();
        Map<String, ConnectionSet[]> pairs = new TreeMap<>();
        Map<String, Workload[]> ends = new TreeMap<>();
        collect(base, 0, pairs, ends);
        collect(now, 1, pairs, ends);
        pairs.forEach((key, sets) -> {
            Workload[] pair = ends.get(key);
            change(pair[0], pair[1], sets, added, removed);
        });
        List<IPBlock> blocks = new ArrayList<>(blocks(basePolicies));
        blocks.addAll(blocks(newPolicies));
        apiServerCidrs.forEach(cidr -> blocks.add(new IPBlock(cidr, List.of())));
        List<IpRange> ranges = IpRanges.cut(blocks);
        for (Workload w : workloads) {
            addresses(w, true, ranges, base, now, added, removed);
            addresses(w, false, ranges, base, now, added, removed);
        }
        return new Result(List.copyOf(added), List.copyOf(removed));
    }

    /** Each workload-to-workload connection {@code analyzer} allows, as {@code sets[side]} of its pair. */
    private static void collect(ConnectivityAnalyzer analyzer, int side, Map<String, ConnectionSet[]> pairs,
                                Map<String, Workload[]> ends) {
        for (ConnectivityAnalyzer.Connection c : analyzer.connectionList()) {
            if (c.source() instanceof Workload s && c.destination() instanceof Workload d) {
                String key = s.display() + "\u0000" + d.display();
                ends.putIfAbsent(key, new Workload[] {s, d});
                pairs.computeIfAbsent(key, k -> new ConnectionSet[] {ConnectionSet.none(), ConnectionSet.none()})[side]
                        = c.allowed();
            }
        }
    }

    private void change(Workload source, Workload destination, ConnectionSet[] sets, TreeSet<ConnectionChange> added,
                        TreeSet<ConnectionChange> removed) {
        ConnectionSet opened = ConnectionSets.minus(sets[1], sets[0]);
        ConnectionSet closed = ConnectionSets.minus(sets[0], sets[1]);
        String from = names.name(source);
        String to = names.name(destination);
        ConnectionChange.Section section = names.inPlatform(source) || !names.inPlatform(destination)
                ? ConnectionChange.Section.CONNECTION : ConnectionChange.Section.EXPOSURE;
        if (!opened.isEmpty()) {
            added.add(new ConnectionChange(section, from, to, opened.toString(), evidence.connection(from, to)));
        }
        if (!closed.isEmpty()) {
            removed.add(new ConnectionChange(section, from, to, closed.toString(), List.of()));
        }
    }

    /**
     * What changed between {@code w} and addresses outside the cluster, in one direction ({@code out}: from
     * {@code w}); the ranges with the same change are named together as the block they make up.
     */
    private void addresses(Workload w, boolean out, List<IpRange> ranges, ConnectivityAnalyzer base,
                           ConnectivityAnalyzer now, TreeSet<ConnectionChange> added, TreeSet<ConnectionChange> removed) {
        Map<String, List<IpRange>> opened = new TreeMap<>();
        Map<String, List<IpRange>> closed = new TreeMap<>();
        for (IpRange r : ranges) {
            ConnectionSet before = out ? base.connections(w, r) : base.connections(r, w);
            ConnectionSet after = out ? now.connections(w, r) : now.connections(r, w);
            String kind = out && apiServer.stream().anyMatch(a -> a.contains(r)) ? "A" : "C";
            ConnectionSet o = ConnectionSets.minus(after, before);
            ConnectionSet c = ConnectionSets.minus(before, after);
            if (!o.isEmpty()) {
                opened.computeIfAbsent(kind + (r.ipv6() ? "6 " : "4 ") + o, k -> new ArrayList<>()).add(r);
            }
            if (!c.isEmpty()) {
                closed.computeIfAbsent(kind + (r.ipv6() ? "6 " : "4 ") + c, k -> new ArrayList<>()).add(r);
            }
        }
        String name = names.name(w);
        opened.forEach((key, rs) -> added.add(addressChange(key, name, rs, out, true)));
        closed.forEach((key, rs) -> removed.add(addressChange(key, name, rs, out, false)));
    }

    private ConnectionChange addressChange(String key, String workload, List<IpRange> ranges, boolean out, boolean opened) {
        String block = IpRangeLabels.describe(ranges);
        String ports = key.substring(3);
        ConnectionChange.Section section = !out ? ConnectionChange.Section.EXPOSURE
                : key.charAt(0) == 'A' ? ConnectionChange.Section.API_SERVER : ConnectionChange.Section.CONNECTION;
        List<String> why = !opened ? List.of() : section == ConnectionChange.Section.API_SERVER ? evidence.toApiServer(workload)
                : out ? evidence.toAddresses(workload) : evidence.fromAddresses(workload);
        return out ? new ConnectionChange(section, workload, block, ports, why)
                : new ConnectionChange(section, block, workload, ports, why);
    }

    private static List<IPBlock> blocks(List<NetworkPolicy> policies) {
        List<IPBlock> blocks = new ArrayList<>();
        for (NetworkPolicy p : policies) {
            List<NetworkPolicyPeer> peers = new ArrayList<>();
            if (p.getSpec().getIngress() != null) {
                p.getSpec().getIngress().forEach(r -> peers.addAll(r.getFrom() == null ? List.of() : r.getFrom()));
            }
            if (p.getSpec().getEgress() != null) {
                p.getSpec().getEgress().forEach(r -> peers.addAll(r.getTo() == null ? List.of() : r.getTo()));
            }
            peers.stream().filter(x -> x.getIpBlock() != null && x.getIpBlock().getCidr() != null)
                    .forEach(x -> blocks.add(x.getIpBlock()));
        }
        return blocks;
    }
}
