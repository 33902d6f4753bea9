package io.aiplatform.security.core.validate;

import io.aiplatform.security.core.connectivity.ConnectionSet;
import io.aiplatform.security.core.connectivity.ConnectivityAnalyzer;
import io.aiplatform.security.core.connectivity.IpRange;
import io.aiplatform.security.core.connectivity.IpRanges;
import io.aiplatform.security.core.connectivity.Peer;
import io.aiplatform.security.core.connectivity.Workload;
import io.aiplatform.security.core.convention.ApiServerPorts;
import io.aiplatform.security.core.convention.Labels;
import io.aiplatform.security.core.descriptor.PortSpec;
import io.aiplatform.security.core.graph.Edge;
import io.aiplatform.security.core.graph.OutsideEdge;
import io.aiplatform.security.core.graph.Service;
import io.aiplatform.security.core.graph.ServiceGraph;
import io.aiplatform.security.core.support.Parallel;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Stage 4: what the policies allow, computed for every pair of workloads, and, for a platform,
 * compared with the declared service graph in both directions.
 */
public final class ConnectivityStage {

    public static final String DECLARED_BLOCKED = "NETPOL-DECLARED-BLOCKED";
    public static final String UNDECLARED_ALLOWED = "NETPOL-UNDECLARED-ALLOWED";
    public static final String API_SERVER_BLOCKED = "NETPOL-API-SERVER-BLOCKED";
    public static final String ONE_SIDED = "NETPOL-ONE-SIDED-WIDENING";
    /** Most peers a one-sided widening finding lists by name. */
    static final int LISTED_PEERS = 10;
    /** The kind of the workloads that stand in for pods of other namespaces that services call or are called by. */
    public static final String OUTSIDE_KIND = "OtherNamespace";

    /** The outcome: every allowed connection, the workload of each service, and the differences. */
    public record Result(List<ConnectivityAnalyzer.Connection> connections, Map<String, Workload> serviceWorkloads,
                         List<Finding> findings) {
    }

    private final Path base;
    private final List<String> apiServerEndpoints;
    private final List<Integer> apiServerPorts;

    public ConnectivityStage(Path base) {
        this(base, List.of(), ApiServerPorts.DEFAULT);
    }

    /** {@code apiServerEndpoints}: the API server's addresses (CIDRs), which services with API permissions may reach. */
    public ConnectivityStage(Path base, List<String> apiServerEndpoints, List<Integer> apiServerPorts) {
        this.base = base == null ? null : base.toAbsolutePath().normalize();
        this.apiServerEndpoints = List.copyOf(apiServerEndpoints);
        this.apiServerPorts = List.copyOf(apiServerPorts);
    }

    private boolean isApiServer(IpRange range) {
        return apiServerBlocks().stream().anyMatch(block -> block.contains(range));
    }

    /** The API server's endpoints (IPv4 or IPv6) as address ranges; PlatformSettings has refused any that is no CIDR. */
    private List<IpRange> apiServerBlocks() {
        List<IpRange> blocks = new ArrayList<>();
        for (String cidr : apiServerEndpoints) {
            try {
                blocks.add(IpRanges.block(cidr));
            } catch (IllegalArgumentException notACidr) {
                // not an address: it stands for none
            }
        }
        return blocks;
    }

    /**
     * Services with Kubernetes API permissions and a mounted token whose policies let them reach no API
     * server address (the configured endpoints, else any address) on the API server's ports.
     */
    private void apiServerReachable(ServiceGraph graph, Map<String, Workload> byService, ConnectivityAnalyzer analyzer,
                                    List<ConnectivityAnalyzer.Connection> connections, List<Finding> findings) {
        // the workloads with egress to some address on the API server's ports, found in one pass over the connections
        Set<Object> reachAnAddress = new HashSet<>();
        for (ConnectivityAnalyzer.Connection c : connections) {
            if (c.destination() instanceof IpRange && apiServerPorts.stream().anyMatch(p -> c.allowed().contains("TCP", p))) {
                reachAnAddress.add(c.source());
            }
        }
        for (Service s : graph.services()) {
            if (!s.usesKubernetesApi()) {
                continue;
            }
            Workload w = byService.get(s.name());
            boolean reaches;
            if (!apiServerEndpoints.isEmpty()) {
                reaches = apiServerBlocks().stream().map(b -> new IpRange(b.ipv6(), b.first(), b.first()))
                        .anyMatch(first -> apiServerPorts.stream().anyMatch(p -> analyzer.connections(w, first)
                                .contains("TCP", p)));
            } else {
                reaches = reachAnAddress.contains(w);
            }
            if (!reaches) {
                // kubernetesApi says the service calls the API; a Role for its own Secrets or ConfigMaps may be unused
                boolean declared = !s.descriptor().kubernetesApi().isEmpty();
                findings.add(new Finding(API_SERVER_BLOCKED, declared ? Severity.ERROR : Severity.WARNING,
                        Stage.CONNECTIVITY, rel(s.descriptor().file()), 0, "Service/" + s.name(), s.name()
                        + (declared ? " holds Kubernetes API permissions" : " may read its Secrets or ConfigMaps through"
                        + " the API (its Role)") + " and mounts its token, but its"
                                + " egress reaches no API server address on " + apiServerPorts + (apiServerEndpoints.isEmpty()
                                ? " (no apiServerEndpoints is set)" : " " + apiServerEndpoints)
                                + ": its calls to the API server fail once deployed",
                        "set apiServerEndpoints (kubectl get endpoints kubernetes -n default) and regenerate, or set"
                                + " automountServiceAccountToken: false if the service never calls the API", null));
            }
        }
    }

    public Result run(List<NetworkPolicy> policies, List<Workload> userWorkloads, ServiceGraph graph, String namespace) {
        List<Workload> workloads = new ArrayList<>(userWorkloads);
        Map<String, Workload> byService = new LinkedHashMap<>();
        if (graph != null) {
            // a service's workload: the first of the namespace named like it or labelled with its name
            Map<String, Integer> byName = new HashMap<>();
            Map<String, Integer> byAppName = new HashMap<>();
            for (int i = 0; i < userWorkloads.size(); i++) {
                Workload u = userWorkloads.get(i);
                if (u.namespace().equals(namespace)) {
                    byName.putIfAbsent(u.name(), i);
                    String app = u.labels().get(Labels.NAME);
                    if (app != null) {
                        byAppName.putIfAbsent(app, i);
                    }
                }
            }
            for (Service s : graph.services()) {
                int first = Math.min(byName.getOrDefault(s.name(), Integer.MAX_VALUE),
                        byAppName.getOrDefault(s.name(), Integer.MAX_VALUE));
                Workload w = first == Integer.MAX_VALUE ? null : userWorkloads.get(first);
                if (w == null) {
                    w = Workload.of(s.name(), namespace, s.labels(), s.ports());
                    workloads.add(w);
                }
                byService.put(s.name(), w);
            }
        }
        Map<String, Workload> outside = new LinkedHashMap<>();
        if (graph != null) {
            for (OutsideEdge e : graph.outsideEdges()) {
                Workload w = outside.computeIfAbsent(e.namespace() + "\u0000" + e.labels(), k -> new Workload(
                        e.peerService() != null ? e.peerService() : "pods", e.namespace(), OUTSIDE_KIND, Map.of(),
                        e.labels(), e.outgoing() ? e.ports() : List.of()));
                if (!workloads.contains(w)) {
                    workloads.add(w);
                }
            }
        }
        ConnectivityAnalyzer analyzer = new ConnectivityAnalyzer(policies, workloads);
        List<ConnectivityAnalyzer.Connection> connections = analyzer.connectionList();
        List<Finding> findings = new ArrayList<>();
        if (graph != null) {
            compare(graph, byService, analyzer, connections, findings);
            compareOutside(graph, byService, outside, analyzer, connections, findings);
            oneSided(graph, byService, analyzer, findings);
            apiServerReachable(graph, byService, analyzer, connections, findings);
        }
        return new Result(connections, byService, findings);
    }

    private void compare(ServiceGraph graph, Map<String, Workload> byService, ConnectivityAnalyzer analyzer,
                         List<ConnectivityAnalyzer.Connection> connections, List<Finding> findings) {
        Map<String, ConnectionSet> declared = declaredBetweenServices(graph);
        for (Edge e : graph.edges()) {
            Workload src = byService.get(e.from());
            Workload dst = byService.get(e.to());
            ConnectionSet allowed = analyzer.connections(src, dst);
            for (PortSpec p : e.ports()) {
                if (!allowed.contains(p.protocol(), p.port())) {
                    Service from = graph.service(e.from()).orElseThrow();
                    findings.add(new Finding(DECLARED_BLOCKED, Severity.ERROR, Stage.CONNECTIVITY,
                            rel(from.descriptor().file()), 0, "Service/" + e.from(),
                            e.from() + " -> " + e.to() + ":" + p.port() + "/" + p.protocol() + " is declared ("
                                    + String.join("; ", e.reasons()) + ") but blocked: " + why(analyzer, src, dst),
                            "regenerate the policies (mvn generate-resources) or fix the hand-written policy named", null));
                }
            }
        }
        Map<Workload, String> serviceOf = new LinkedHashMap<>();
        byService.forEach((name, w) -> serviceOf.put(w, name));
        Map<String, List<String>> fromOutside = new TreeMap<>();
        Map<String, List<String>> toOutside = new TreeMap<>();
        Map<String, Set<String>> outsidePolicies = new TreeMap<>();
        for (ConnectivityAnalyzer.Connection c : connections) {
            String from = c.source() instanceof Workload w ? serviceOf.get(w) : null;
            String to = c.destination() instanceof Workload w ? serviceOf.get(w) : null;
            if (from != null && to != null) {
                ConnectionSet allowedDeclared = declared.getOrDefault(from + "\u0000" + to, ConnectionSet.none());
                if (!c.allowed().intersect(allowedDeclared).equals(c.allowed())) {
                    findings.add(undeclared(graph, from, from + " -> " + to + " is allowed on " + c.allowed()
                            + " but declared " + (allowedDeclared.isEmpty() ? "nowhere" : "only on " + allowedDeclared)
                            + "; allowed by " + responsible(analyzer, c.source(), c.destination())));
                }
            } else if (to != null && c.source() instanceof IpRange range) {
                Service s = graph.service(to).orElseThrow();
                if (!(s.descriptor().ingress().external() && !s.descriptor().ingress().fromCidrs().isEmpty())) {
                    fromOutside.computeIfAbsent(to, k -> new ArrayList<>()).add(range.display() + " (" + c.allowed() + ")");
                    outsidePolicies.computeIfAbsent("in " + to, k -> new TreeSet<>())
                            .addAll(analyzer.ingressPoliciesAllowing(range, c.destination()).stream()
                                    .map(p -> p.getMetadata().getName()).toList());
                }
            } else if (from != null && c.destination() instanceof IpRange range) {
                Service s = graph.service(from).orElseThrow();
                if (s.usesKubernetesApi() && isApiServer(range)) {
                    continue; // declared by its Kubernetes API permissions
                }
                if (s.descriptor().egress().isEmpty()) {
                    toOutside.computeIfAbsent(from, k -> new ArrayList<>()).add(range.display() + " (" + c.allowed() + ")");
                    outsidePolicies.computeIfAbsent("out " + from, k -> new TreeSet<>())
                            .addAll(analyzer.egressPoliciesAllowing(c.source(), range).stream()
                                    .map(p -> p.getMetadata().getName()).toList());
                }
            }
        }
        fromOutside.forEach((service, ranges) -> findings.add(undeclared(graph, service, "outside addresses -> "
                + service + " are allowed (" + String.join(", ", ranges) + "), but " + service
                + " declares no ingress from outside addresses; allowed by "
                + String.join(", ", outsidePolicies.get("in " + service)))));
        toOutside.forEach((service, ranges) -> findings.add(undeclared(graph, service, service
                + " -> outside addresses are allowed (" + String.join(", ", ranges) + "), but " + service
                + " declares no external egress; allowed by " + String.join(", ", outsidePolicies.get("out " + service)))));
    }

    /**
     * Connections with pods of other namespaces (stood in for by one workload per namespace and label
     * set): every declared one must be allowed, and what is allowed must be declared by an edge whose
     * namespace and labels cover those pods.
     */
    private void compareOutside(ServiceGraph graph, Map<String, Workload> byService, Map<String, Workload> outside,
                                ConnectivityAnalyzer analyzer, List<ConnectivityAnalyzer.Connection> connections,
                                List<Finding> findings) {
        for (OutsideEdge e : graph.outsideEdges()) {
            Workload own = byService.get(e.service());
            Workload other = outside.get(e.namespace() + "\u0000" + e.labels());
            Workload src = e.outgoing() ? own : other;
            Workload dst = e.outgoing() ? other : own;
            for (PortSpec p : e.ports()) {
                if (!analyzer.connections(src, dst).contains(p.protocol(), p.port())) {
                    String edge = e.outgoing() ? e.service() + " -> " + e.peer() : e.peer() + " -> " + e.service();
                    findings.add(new Finding(DECLARED_BLOCKED, Severity.ERROR, Stage.CONNECTIVITY,
                            rel(graph.service(e.service()).orElseThrow().descriptor().file()), 0, "Service/" + e.service(),
                            edge + ":" + p.port() + "/" + p.protocol() + " is declared (" + String.join("; ", e.reasons())
                                    + ") but blocked; allowed by " + responsible(analyzer, src, dst) + " on "
                                    + analyzer.connections(src, dst),
                            "regenerate the policies (mvn generate-resources) or fix the hand-written policy named", null));
                }
            }
        }
        Set<Workload> others = new HashSet<>(outside.values());
        Map<Workload, String> serviceOf = new LinkedHashMap<>();
        byService.forEach((name, w) -> serviceOf.put(w, name));
        for (ConnectivityAnalyzer.Connection c : connections) {
            boolean outgoing = others.contains(c.destination()) && serviceOf.containsKey(c.source());
            boolean incoming = others.contains(c.source()) && serviceOf.containsKey(c.destination());
            if (!outgoing && !incoming) {
                continue;
            }
            String service = serviceOf.get((Workload) (outgoing ? c.source() : c.destination()));
            Workload other = (Workload) (outgoing ? c.destination() : c.source());
            ConnectionSet declared = ConnectionSet.none();
            for (OutsideEdge e : graph.outsideEdgesOf(service)) {
                if (e.outgoing() == outgoing && e.namespace().equals(other.namespace())
                        && other.labels().entrySet().containsAll(e.labels().entrySet())) {
                    for (PortSpec p : e.ports()) {
                        declared = declared.union(ConnectionSet.of(p.protocol(), p.port(), p.port()));
                    }
                }
            }
            if (!c.allowed().intersect(declared).equals(c.allowed())) {
                String peer = other.namespace() + "/" + other.name();
                findings.add(undeclared(graph, service, (outgoing ? service + " -> " + peer : peer + " -> " + service)
                        + " is allowed on " + c.allowed() + " but declared " + (declared.isEmpty() ? "nowhere"
                        : "only on " + declared) + "; allowed by " + responsible(analyzer, c.source(), c.destination())));
            }
        }
    }

    /**
     * Policies of a service that admit (ingress) or reach (egress) more peers or ports than the graph
     * declares, where only the other side's policy blocks the extra today: defence in depth lost. What
     * both sides allow is {@link #UNDECLARED_ALLOWED} instead. Only the peers a policy's rules select
     * are looked at, so the work grows with the rules, not with the square of the services.
     */
    private void oneSided(ServiceGraph graph, Map<String, Workload> byService, ConnectivityAnalyzer analyzer,
                          List<Finding> findings) {
        Map<Workload, String> serviceOf = new HashMap<>();
        byService.forEach((name, w) -> serviceOf.put(w, name));
        Map<String, Map<String, Set<String>>> extra = new TreeMap<>(); // policy -> "ingress of x" -> peers
        analyzer.precompute(); // then each service is looked at (in parallel on a large platform), the analyzer only read
        Map<String, ConnectionSet> betweenServices = declaredBetweenServices(graph);
        Parallel.stream(graph.services()).map(s -> widenedBy(s, graph, byService, serviceOf, betweenServices, analyzer))
                .toList().forEach(found -> found.forEach(x -> extra.computeIfAbsent(x[0], k -> new TreeMap<>())
                        .computeIfAbsent(x[1], k -> new TreeSet<>()).add(x[2])));
        extra.forEach((policy, byDirection) -> byDirection.forEach((direction, peers) -> {
            boolean in = direction.startsWith("in ");
            String service = direction.substring(in ? 3 : 4);
            List<String> listed = peers.stream().limit(LISTED_PEERS).toList();
            String more = peers.size() > LISTED_PEERS ? " and " + (peers.size() - LISTED_PEERS) + " more" : "";
            findings.add(new Finding(ONE_SIDED, Severity.WARNING, Stage.CONNECTIVITY,
                    rel(graph.service(service).orElseThrow().descriptor().file()), 0, "NetworkPolicy/" + policy,
                    "NetworkPolicy " + policy + (in ? " admits to " + service + " " : " lets " + service + " reach ")
                            + String.join(", ", listed) + more + ", which the graph does not declare; only "
                            + (in ? "their egress" : "their ingress") + " blocks it today",
                    "narrow the policy to the declared " + (in ? "callers" : "callees") + " (regenerate it), or declare"
                            + " the connection if it is needed", null));
        }));
    }

    /** {policy, "in|out service", "peer (ports)"} for each peer a policy opens to or from {@code s} beyond the graph. */
    private static List<String[]> widenedBy(Service s, ServiceGraph graph, Map<String, Workload> byService,
                                            Map<Workload, String> serviceOf, Map<String, ConnectionSet> betweenServices,
                                            ConnectivityAnalyzer analyzer) {
        List<String[]> found = new ArrayList<>();
        Workload w = byService.get(s.name());
        for (boolean ingress : List.of(true, false)) {
            Collection<Workload> peers = ingress ? analyzer.admittedSources(w) : analyzer.reachedDestinations(w);
            for (Workload p : peers) {
                if (p == w || p.sameId(w)) {
                    continue;
                }
                Workload src = ingress ? p : w;
                Workload dst = ingress ? w : p;
                ConnectionSet side = ingress ? analyzer.ingress(src, dst) : analyzer.egress(src, dst);
                ConnectionSet declared = declaredPorts(graph, betweenServices, serviceOf, src, dst);
                if (side.intersect(declared).equals(side)) {
                    continue; // nothing beyond the graph
                }
                ConnectionSet both = analyzer.connections(src, dst);
                if (!both.intersect(declared).equals(both)) {
                    continue; // both sides allow it: an undeclared connection, reported as such
                }
                List<NetworkPolicy> responsible = ingress ? analyzer.ingressPoliciesAllowing(src, dst)
                        : analyzer.egressPoliciesAllowing(src, dst);
                String peer = serviceOf.containsKey(p) ? serviceOf.get(p) : p.namespace() + "/" + p.name();
                for (NetworkPolicy policy : responsible) {
                    ConnectionSet own = ingress ? analyzer.ingressBy(policy, src, dst) : analyzer.egressBy(policy, src, dst);
                    if (own.intersect(declared).equals(own)) {
                        continue; // this policy opens only what is declared
                    }
                    String id = ConnectivityAnalyzer.namespaceOf(policy) + "/" + policy.getMetadata().getName();
                    found.add(new String[] {id, (ingress ? "in " : "out ") + s.name(), peer + " (" + own + ")"});
                }
            }
        }
        return found;
    }

    /** The declared ports from service to service, keyed {@code from\u0000to} (edges of one pair united). */
    private static Map<String, ConnectionSet> declaredBetweenServices(ServiceGraph graph) {
        Map<String, ConnectionSet> declared = new HashMap<>();
        for (Edge e : graph.edges()) {
            declared.merge(e.from() + "\u0000" + e.to(), union(ConnectionSet.none(), e.ports()), ConnectionSet::union);
        }
        return declared;
    }

    /** The ports the graph declares from {@code src} to {@code dst}: service edges, edges with other namespaces, external ingress. */
    private static ConnectionSet declaredPorts(ServiceGraph graph, Map<String, ConnectionSet> betweenServices,
                                               Map<Workload, String> serviceOf, Workload src, Workload dst) {
        String from = serviceOf.get(src);
        String to = serviceOf.get(dst);
        ConnectionSet declared = ConnectionSet.none();
        if (from != null && to != null) {
            return betweenServices.getOrDefault(from + "\u0000" + to, declared);
        }
        String service = from != null ? from : to;
        Workload other = from != null ? dst : src;
        if (service == null) {
            return declared;
        }
        for (OutsideEdge e : graph.outsideEdgesOf(service)) {
            if (e.outgoing() == (from != null) && e.namespace().equals(other.namespace())
                    && other.labels().entrySet().containsAll(e.labels().entrySet())) {
                declared = union(declared, e.ports());
            }
        }
        Service s = graph.service(service).orElseThrow();
        if (to != null && s.descriptor().ingress().external() && !other.namespace().equals(dst.namespace())) {
            declared = union(declared, s.externalPorts());
        }
        return declared;
    }

    private static ConnectionSet union(ConnectionSet set, List<PortSpec> ports) {
        for (PortSpec p : ports) {
            set = set.union(ConnectionSet.of(p.protocol(), p.port(), p.port()));
        }
        return set;
    }

    private Finding undeclared(ServiceGraph graph, String service, String message) {
        return new Finding(UNDECLARED_ALLOWED, Severity.ERROR, Stage.CONNECTIVITY,
                rel(graph.service(service).orElseThrow().descriptor().file()), 0, "Service/" + service,
                "allowed but not declared: " + message,
                "declare the dependency (POM or calls:) if it is needed, otherwise narrow the policy named", null);
    }

    private static String why(ConnectivityAnalyzer analyzer, Workload src, Workload dst) {
        if (analyzer.egress(src, dst).isEmpty()) {
            return "the egress of " + src.name() + " (" + names(analyzer.egressPoliciesOf(src)) + ") does not reach "
                    + dst.name();
        }
        List<String> from = new ArrayList<>();
        for (Workload w : analyzer.workloads()) {
            if (w != dst && !analyzer.ingress(w, dst).isEmpty()) {
                from.add(w.name());
            }
        }
        List<NetworkPolicy> isolating = analyzer.ingressPoliciesOf(dst);
        List<NetworkPolicy> withRules = isolating.stream()
                .filter(p -> p.getSpec().getIngress() != null && !p.getSpec().getIngress().isEmpty()).toList();
        if (withRules.isEmpty()) {
            return names(isolating) + " isolate" + (isolating.size() == 1 ? "s " : " ") + dst.name()
                    + " for ingress and no policy allows any source";
        }
        return names(withRules) + (withRules.size() == 1 ? " allows" : " allow") + " ingress to " + dst.name()
                + " only from " + (from.isEmpty() ? "nobody" : String.join(", ", from))
                + (from.isEmpty() ? "" : " (on the ports they declare)");
    }

    private static String responsible(ConnectivityAnalyzer analyzer,
                                      Peer src,
                                      Peer dst) {
        List<NetworkPolicy> egress = analyzer.egressPoliciesAllowing(src, dst);
        List<NetworkPolicy> ingress = analyzer.ingressPoliciesAllowing(src, dst);
        String srcName = src instanceof Workload w ? w.name() : src.display();
        String dstName = dst instanceof Workload w ? w.name() : dst.display();
        return (egress.isEmpty() ? "no egress policy isolating " + srcName : "egress " + names(egress)) + " and "
                + (ingress.isEmpty() ? "no ingress policy isolating " + dstName : "ingress " + names(ingress));
    }

    static String names(List<NetworkPolicy> policies) {
        return policies.isEmpty() ? "no policy" : policies.stream().map(p -> p.getMetadata().getName())
                .collect(Collectors.joining(", "));
    }

    private Path rel(Path file) {
        if (file == null || base == null) {
            return file;
        }
        Path abs = file.toAbsolutePath().normalize();
        return abs.startsWith(base) ? base.relativize(abs) : abs;
    }
}
