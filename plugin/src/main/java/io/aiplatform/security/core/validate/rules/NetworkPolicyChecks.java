package io.aiplatform.security.core.validate.rules;

import static io.aiplatform.security.core.validate.rules.Maps.list;
import static io.aiplatform.security.core.validate.rules.Maps.map;
import static io.aiplatform.security.core.validate.rules.Maps.strings;

import io.aiplatform.security.core.connectivity.ConnectivityAnalyzer;
import io.aiplatform.security.core.connectivity.IpRange;
import io.aiplatform.security.core.connectivity.IpRanges;
import io.aiplatform.security.core.connectivity.Workload;
import io.aiplatform.security.core.connectivity.WorkloadIndex;
import io.aiplatform.security.core.convention.KubeDns;
import io.aiplatform.security.core.descriptor.Cidr;
import io.aiplatform.security.core.descriptor.PortSpec;
import io.aiplatform.security.core.io.ManifestSerializer;
import io.aiplatform.security.core.support.Names;
import io.aiplatform.security.core.validate.Manifest;
import io.aiplatform.security.core.validate.ValidationContext;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.networking.v1.IPBlock;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** The logic of the NetworkPolicy rules. */
final class NetworkPolicyChecks {

    static final Workload KUBE_DNS = new Workload(KubeDns.NAME, KubeDns.NAMESPACE, Map.of(), KubeDns.POD_LABELS,
            List.of(new PortSpec("dns", KubeDns.PORT, "UDP"), new PortSpec("dns-tcp", KubeDns.PORT, "TCP")));
    /** The cloud metadata (instance identity and credentials) addresses: every cloud's IPv4 one, and AWS's IPv6 one. */
    static final List<String> METADATA = List.of("169.254.169.254", "fd00:ec2::254");

    private NetworkPolicyChecks() {
    }

    static String ns(Manifest m) {
        return m.namespace() == null ? "default" : m.namespace();
    }

    /** Known workloads: the user's, else one per service of the graph. */
    static List<Workload> workloads(ValidationContext c) {
        return c.knownWorkloads().all();
    }

    private static boolean emptySelector(Object selector) {
        Map<String, Object> s = map(selector);
        return map(s.get("matchLabels")).isEmpty() && list(s.get("matchExpressions")).isEmpty();
    }

    private static List<String> types(Manifest p) {
        Map<String, Object> spec = map(p.content().get("spec"));
        List<String> declared = strings(spec.get("policyTypes"));
        if (!declared.isEmpty()) {
            return declared;
        }
        return list(spec.get("egress")).isEmpty() ? List.of("Ingress") : List.of("Ingress", "Egress");
    }

    /** Where a finding about a whole namespace is shown: its first NetworkPolicy, else its first object. */
    private static Manifest namespaceAnchor(ValidationContext c, String ns) {
        return c.ofKind("NetworkPolicy").stream().filter(p -> ns(p).equals(ns)).findFirst()
                .orElseGet(() -> c.manifests().stream().filter(m -> ns.equals(ns(m))).findFirst().orElse(null));
    }

    static List<Hit> noDefaultDeny(ValidationContext c) {
        Set<String> namespaces = new TreeSet<>();
        c.ofKind("NetworkPolicy").forEach(p -> namespaces.add(ns(p)));
        workloads(c).forEach(w -> namespaces.add(w.namespace()));
        namespaces.removeIf(ns -> !Names.isDns1123Label(ns)); // API-NAME's
        List<Hit> hits = new ArrayList<>();
        for (String ns : namespaces) {
            List<Manifest> policies = c.ofKind("NetworkPolicy").stream().filter(p -> ns(p).equals(ns)).toList();
            Manifest anchor = namespaceAnchor(c, ns);
            for (String direction : List.of("Ingress", "Egress")) {
                String field = direction.toLowerCase(Locale.ROOT);
                boolean denied = policies.stream().anyMatch(p -> emptySelector(map(p.content().get("spec")).get("podSelector"))
                        && types(p).contains(direction) && list(map(p.content().get("spec")).get(field)).isEmpty());
                if (!denied) {
                    hits.add(Hit.at(anchor == null ? null : anchor.file(), anchor == null ? 0 : anchor.line(), "Namespace/" + ns,
                            "namespace " + ns + " has no default-deny policy for " + direction));
                }
            }
        }
        return hits;
    }

    /** Real workloads whose restricted egress does not reach kube-dns. */
    static List<Hit> dnsBlocked(ValidationContext c) {
        return dns(c, false);
    }

    /**
     * A namespace where a new pod, selected by no policy but the namespace-wide ones, could not resolve
     * names, while every workload present does (their own policies allow it): a warning about what
     * the next workload will meet, not a broken one.
     */
    static List<Hit> dnsBlockedForNewPods(ValidationContext c) {
        return dns(c, true);
    }

    /** Per namespace, who may not reach kube-dns although their egress is restricted. */
    private record DnsReach(List<String> blocked, boolean newPodBlocked) {
    }

    /** Both DNS rules read one computation (a connectivity analysis per namespace). */
    private static Map<String, DnsReach> dnsReach(ValidationContext c) {
        return c.shared("dns-reach", () -> {
            List<NetworkPolicy> policies = policies(c);
            Map<String, List<Workload>> byNs = new TreeMap<>();
            for (Workload w : workloads(c)) {
                byNs.computeIfAbsent(w.namespace(), k -> new ArrayList<>()).add(w);
            }
            for (Manifest p : c.ofKind("NetworkPolicy")) {
                byNs.computeIfAbsent(ns(p), k -> new ArrayList<>());
            }
            Map<String, DnsReach> reach = new TreeMap<>();
            for (Map.Entry<String, List<Workload>> e : byNs.entrySet()) {
                List<Workload> candidates = new ArrayList<>(e.getValue());
                candidates.add(new Workload("any-pod", e.getKey(), Map.of(), Map.of(), List.of()));
                List<Workload> all = new ArrayList<>(candidates);
                all.add(KUBE_DNS);
                ConnectivityAnalyzer analyzer = new ConnectivityAnalyzer(policies, all);
                List<String> blocked = new ArrayList<>();
                boolean newPodBlocked = false;
                for (Workload w : candidates) {
                    if (!analyzer.egressPoliciesOf(w).isEmpty() && !analyzer.allowed(w, KUBE_DNS, KubeDns.PORT, "UDP")) {
                        if (w.name().equals("any-pod") && w.labels().isEmpty()) {
                            newPodBlocked = true;
                        } else {
                            blocked.add(w.name());
                        }
                    }
                }
                reach.put(e.getKey(), new DnsReach(List.copyOf(blocked), newPodBlocked));
            }
            return reach;
        });
    }

    private static List<Hit> dns(ValidationContext c, boolean newPods) {
        List<Hit> hits = new ArrayList<>();
        for (Map.Entry<String, DnsReach> e : dnsReach(c).entrySet()) {
            List<String> blocked = e.getValue().blocked();
            boolean newPodBlocked = e.getValue().newPodBlocked();
            Manifest anchor = namespaceAnchor(c, e.getKey());
            if (!newPods && !blocked.isEmpty()) {
                hits.add(Hit.at(anchor == null ? null : anchor.file(), anchor == null ? 0 : anchor.line(),
                        "Namespace/" + e.getKey(), "workload" + (blocked.size() == 1 ? " " : "s ")
                                + String.join(", ", blocked.subList(0, Math.min(10, blocked.size())))
                                + (blocked.size() > 10 ? " and " + (blocked.size() - 10) + " more" : "")
                                + " in namespace " + e.getKey() + " may not reach kube-dns on UDP 53 although"
                                + " their egress is restricted: they cannot resolve names"));
            } else if (newPods && blocked.isEmpty() && newPodBlocked) {
                hits.add(Hit.at(anchor == null ? null : anchor.file(), anchor == null ? 0 : anchor.line(),
                        "Namespace/" + e.getKey(), "a new pod in namespace " + e.getKey() + " selected by no policy but"
                                + " the namespace-wide ones could not resolve names (its egress is restricted and"
                                + " nothing allows kube-dns); the workloads present reach it through their own policies"));
            }
        }
        return hits;
    }

    static List<NetworkPolicy> policies(ValidationContext c) {
        return c.networkPolicies();
    }

    static List<Hit> allowAll(ValidationContext c) {
        List<Hit> hits = new ArrayList<>();
        for (Manifest m : c.ofKind("NetworkPolicy")) {
            Map<String, Object> spec = map(m.content().get("spec"));
            for (String direction : List.of("ingress", "egress")) {
                String peersField = direction.equals("ingress") ? "from" : "to";
                List<Object> rules = list(spec.get(direction));
                for (int i = 0; i < rules.size(); i++) {
                    Map<String, Object> rule = map(rules.get(i));
                    String at = direction + "[" + i + "]";
                    if (!rule.containsKey(peersField) || list(rule.get(peersField)).isEmpty()) {
                        if (direction.equals("ingress") || list(rule.get("ports")).isEmpty()) {
                            hits.add(Hit.on(m, at + " has no '" + peersField + "': it allows every "
                                    + (direction.equals("ingress") ? "source" : "destination")));
                        }
                        continue;
                    }
                    List<Object> peers = list(rule.get(peersField));
                    for (int j = 0; j < peers.size(); j++) {
                        Map<String, Object> peer = map(peers.get(j));
                        boolean allNamespaces = peer.containsKey("namespaceSelector") && emptySelector(peer.get("namespaceSelector"))
                                && (!peer.containsKey("podSelector") || emptySelector(peer.get("podSelector")));
                        String family = everyAddress(map(peer.get("ipBlock")));
                        if (peer.isEmpty() || allNamespaces) {
                            hits.add(Hit.on(m, at + "." + peersField + "[" + j + "] "
                                    + (peer.isEmpty() ? "is {}" : "selects every pod of every namespace")));
                        } else if (family != null && (direction.equals("ingress") || list(rule.get("ports")).isEmpty())) {
                            hits.add(Hit.on(m, at + "." + peersField + "[" + j + "] ipBlock "
                                    + map(peer.get("ipBlock")).get("cidr") + " allows every " + family + " "
                                    + (direction.equals("ingress") ? "source" : "destination")));
                        }
                    }
                }
            }
        }
        return hits;
    }

    /**
     * "IPv4" or "IPv6" when the ipBlock is a whole address family ({@code 0.0.0.0/0}, {@code ::/0}, or
     * any other text of prefix length 0) with nothing excepted; else null.
     */
    private static String everyAddress(Map<String, Object> ipBlock) {
        if (ipBlock.isEmpty() || !strings(ipBlock.get("except")).isEmpty() || !(ipBlock.get("cidr") instanceof String cidr)) {
            return null;
        }
        try {
            Cidr.Block block = Cidr.parse(cidr);
            return block.everything() ? (block.ipv6() ? "IPv6" : "IPv4") : null;
        } catch (IllegalArgumentException notACidr) {
            return null; // the schema stage reports it
        }
    }

    static List<Hit> egressToMetadata(ValidationContext c) {
        List<Hit> hits = new ArrayList<>();
        for (Manifest m : c.ofKind("NetworkPolicy")) {
            List<Object> rules = list(map(m.content().get("spec")).get("egress"));
            for (int i = 0; i < rules.size(); i++) {
                List<Object> peers = list(map(rules.get(i)).get("to"));
                for (int j = 0; j < peers.size(); j++) {
                    Map<String, Object> block = map(map(peers.get(j)).get("ipBlock"));
                    if (block.isEmpty()) {
                        continue;
                    }
                    IPBlock ip = new IPBlock(String.valueOf(block.get("cidr")), strings(block.get("except")));
                    try {
                        for (String address : METADATA) {
                            if (IpRanges.contains(ip, IpRange.address(address))) {
                                hits.add(Hit.on(m, "egress[" + i + "].to[" + j + "] ipBlock " + ip.getCidr()
                                        + " includes the cloud metadata address " + address));
                            }
                        }
                    } catch (IllegalArgumentException e) {
                        // not a valid block: the schema stage reports it
                    }
                }
            }
        }
        return hits;
    }

    static List<Hit> selectsNothing(ValidationContext c) {
        WorkloadIndex workloads = c.knownWorkloads();
        if (workloads.all().isEmpty()) {
            return List.of();
        }
        ManifestSerializer s = new ManifestSerializer();
        List<Hit> hits = new ArrayList<>();
        for (Manifest m : c.ofKind("NetworkPolicy")) {
            Object selector = map(m.content().get("spec")).get("podSelector");
            if (emptySelector(selector)) {
                continue;
            }
            LabelSelector ls = s.convert(selector, LabelSelector.class);
            if (workloads.select(ls, ns(m)).isEmpty()) {
                hits.add(Hit.on(m, "spec.podSelector " + map(selector) + " matches no known workload in namespace " + ns(m)));
            }
        }
        return hits;
    }

    static List<Hit> portNotExposed(ValidationContext c) {
        WorkloadIndex workloads = c.knownWorkloads();
        ManifestSerializer s = new ManifestSerializer();
        List<Hit> hits = new ArrayList<>();
        for (Manifest m : c.ofKind("NetworkPolicy")) {
            Map<String, Object> spec = map(m.content().get("spec"));
            if (emptySelector(spec.get("podSelector"))) {
                continue;
            }
            LabelSelector ls = s.convert(spec.get("podSelector"), LabelSelector.class);
            List<Workload> selected = workloads.select(ls, ns(m));
            if (selected.isEmpty() || selected.stream().anyMatch(w -> w.ports().isEmpty())) {
                continue;
            }
            List<Object> rules = list(spec.get("ingress"));
            for (int i = 0; i < rules.size(); i++) {
                for (Object p : list(map(rules.get(i)).get("ports"))) {
                    Object port = map(p).get("port");
                    String protocol = map(p).get("protocol") == null ? "TCP" : String.valueOf(map(p).get("protocol"));
                    if (!(port instanceof Number n) || map(p).get("endPort") != null) {
                        continue;
                    }
                    boolean exposed = selected.stream().allMatch(w -> w.ports().stream()
                            .anyMatch(x -> x.port() == n.intValue() && x.protocol().equals(protocol)));
                    if (!exposed) {
                        hits.add(Hit.on(m, "ingress[" + i + "] allows " + protocol + " " + n
                                + ", which the selected pods do not expose"));
                    }
                }
            }
        }
        return hits;
    }
}
