package io.aiplatform.security.core.graph;

import io.aiplatform.security.core.support.Problem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The platform's services and who calls whom, sorted by name so that everything derived from it
 * is deterministic. Warnings are findings that did not stop derivation.
 */
public final class ServiceGraph {

    /** The services in name order, made once: a generator asks for them once per service. */
    private final List<Service> services;
    /** The services by name, for the lookups a generator makes per edge (a hash, not the sorted map's compares). */
    private final Map<String, Service> byName;
    private final List<Edge> edges;
    private final List<ProductEgress> productEgress;
    private final List<Problem> warnings;
    private final List<Omission> omissions;
    private final List<OutsideEdge> outsideEdges;
    private final List<Problem> notices;
    private final List<Path> deploymentFiles;
    private final List<UnresolvedCall> unresolvedCalls;
    private final Map<String, List<Edge>> callers = new HashMap<>();
    private final Map<String, List<Edge>> callees = new HashMap<>();
    private final Map<String, List<ProductEgress>> productEgressByService = new HashMap<>();
    private final Map<String, List<OutsideEdge>> outsideEdgesByService = new HashMap<>();

    public ServiceGraph(List<Service> services, List<Edge> edges, List<ProductEgress> productEgress,
                        List<Problem> warnings) {
        this(services, edges, productEgress, warnings, List.of());
    }

    public ServiceGraph(List<Service> services, List<Edge> edges, List<ProductEgress> productEgress,
                        List<Problem> warnings, List<Omission> omissions) {
        this(services, edges, productEgress, warnings, omissions, List.of());
    }

    public ServiceGraph(List<Service> services, List<Edge> edges, List<ProductEgress> productEgress,
                        List<Problem> warnings, List<Omission> omissions, List<OutsideEdge> outsideEdges) {
        this(services, edges, productEgress, warnings, omissions, outsideEdges, List.of());
    }

    /** {@code notices}: what the build states once as information, not as a warning. */
    public ServiceGraph(List<Service> services, List<Edge> edges, List<ProductEgress> productEgress,
                        List<Problem> warnings, List<Omission> omissions, List<OutsideEdge> outsideEdges,
                        List<Problem> notices) {
        this.notices = List.copyOf(notices);
        this.outsideEdges = outsideEdges.stream().sorted(Comparator.comparing(OutsideEdge::service)
                .thenComparing(OutsideEdge::outgoing).thenComparing(OutsideEdge::peer)
                .thenComparing(e -> e.labels().toString())).toList();
        TreeMap<String, Service> sorted = new TreeMap<>();
        services.forEach(s -> sorted.put(s.name(), s));
        this.services = List.copyOf(sorted.values());
        this.byName = new HashMap<>(sorted);
        this.edges = edges.stream()
                .sorted(Comparator.comparing(Edge::from).thenComparing(Edge::to)).toList();
        this.productEgress = productEgress.stream()
                .sorted(Comparator.comparing(ProductEgress::from).thenComparing(ProductEgress::product)).toList();
        this.warnings = List.copyOf(warnings);
        for (Edge e : this.edges) {
            callers.computeIfAbsent(e.to(), k -> new ArrayList<>()).add(e);
            callees.computeIfAbsent(e.from(), k -> new ArrayList<>()).add(e);
        }
        this.productEgress.forEach(p -> productEgressByService.computeIfAbsent(p.from(), k -> new ArrayList<>()).add(p));
        this.outsideEdges.forEach(e -> outsideEdgesByService.computeIfAbsent(e.service(), k -> new ArrayList<>()).add(e));
        this.omissions = sortedOnce(omissions);
        this.deploymentFiles = List.of();
        this.unresolvedCalls = List.of();
    }

    /**
     * {@code omissions} without repeats (the first of equal ones kept), by service, then client, in the order given
     * otherwise: grouped by service first, so each sort is of one service's few (a global sort of tens of thousands
     * compares the names again and again).
     */
    private static List<Omission> sortedOnce(List<Omission> omissions) {
        Map<String, Set<Omission>> byService = new TreeMap<>();
        for (Omission o : omissions) {
            byService.computeIfAbsent(o.service(), k -> new LinkedHashSet<>()).add(o);
        }
        List<Omission> sorted = new ArrayList<>(omissions.size());
        for (Set<Omission> ofService : byService.values()) {
            List<Omission> list = new ArrayList<>(ofService);
            list.sort(Comparator.comparing(Omission::client));
            sorted.addAll(list);
        }
        return List.copyOf(sorted);
    }

    /** {@code graph} with these deployment files: its lists are sorted and indexed already, and never change. */
    private ServiceGraph(ServiceGraph graph, List<Path> deploymentFiles, List<UnresolvedCall> unresolvedCalls) {
        this.services = graph.services;
        this.byName = graph.byName;
        this.edges = graph.edges;
        this.productEgress = graph.productEgress;
        this.warnings = graph.warnings;
        this.omissions = graph.omissions;
        this.outsideEdges = graph.outsideEdges;
        this.notices = graph.notices;
        this.deploymentFiles = List.copyOf(deploymentFiles);
        this.unresolvedCalls = List.copyOf(unresolvedCalls);
        this.callers.putAll(graph.callers);
        this.callees.putAll(graph.callees);
        this.productEgressByService.putAll(graph.productEgressByService);
        this.outsideEdgesByService.putAll(graph.outsideEdgesByService);
    }

    /** The same graph, with the deployment files (Compose, Kubernetes) the derivation read. */
    public ServiceGraph withDeploymentFiles(List<Path> files) {
        return new ServiceGraph(this, files, unresolvedCalls);
    }

    /** The same graph, with the calls to what no service of this repository is ({@link UnresolvedCall}). */
    public ServiceGraph withUnresolvedCalls(List<UnresolvedCall> calls) {
        return new ServiceGraph(this, deploymentFiles, calls);
    }

    /** The calls to services named only by host and to products no service here provides, in the order found. */
    public List<UnresolvedCall> unresolvedCalls() {
        return unresolvedCalls;
    }

    /** The deployment files (Compose, Kubernetes manifests) the derivation read, in the order it read them. */
    public List<Path> deploymentFiles() {
        return deploymentFiles;
    }

    /** What the derivation states as information: a Kubernetes workload that runs none of the services ... */
    public List<Problem> notices() {
        return notices;
    }

    /** Dependencies that are deliberately not edges (excluded, embedded, scraped). */
    public List<Omission> omissions() {
        return omissions;
    }

    /** Connections with pods in other namespaces, by service. */
    public List<OutsideEdge> outsideEdges() {
        return outsideEdges;
    }

    public List<OutsideEdge> outsideEdgesOf(String name) {
        return List.copyOf(outsideEdgesByService.getOrDefault(name, List.of()));
    }

    /** One line per edge: {@code a -> b:port because ...}. */
    public List<String> explain() {
        List<String> lines = new ArrayList<>();
        for (Edge e : edges) {
            String ports = String.join(",", e.ports().stream().map(p -> String.valueOf(p.port())).toList());
            lines.add(e.from() + " -> " + e.to() + ":" + ports + " because " + String.join("; ", e.reasons()));
        }
        for (OutsideEdge e : outsideEdges) {
            String ports = e.ports().isEmpty() ? "*" : String.join(",", e.ports().stream().map(p -> String.valueOf(p.port())).toList());
            lines.add((e.outgoing() ? e.service() + " -> " + e.peer() + ":" + ports
                    : e.peer() + " -> " + e.service() + ":" + ports) + " because " + String.join("; ", e.reasons()));
        }
        omissions.forEach(o -> lines.add(o.describe()));
        return lines;
    }

    public List<Service> services() {
        return services;
    }

    public Optional<Service> service(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    public List<Edge> edges() {
        return edges;
    }

    public List<Edge> callersOf(String name) {
        return List.copyOf(callers.getOrDefault(name, List.of()));
    }

    public List<Edge> calleesOf(String name) {
        return List.copyOf(callees.getOrDefault(name, List.of()));
    }

    public List<ProductEgress> productEgress() {
        return productEgress;
    }

    public List<ProductEgress> productEgressOf(String name) {
        return List.copyOf(productEgressByService.getOrDefault(name, List.of()));
    }

    public List<Problem> warnings() {
        return warnings;
    }

    /**
     * Why the descriptor of the service a problem concerns suppresses the problem's rule ({@code suppress:
     * {DERIVE-UNKNOWN-HOST: reason}}); empty when it does not, or the problem concerns no service or rule.
     */
    public Optional<String> suppression(Problem p) {
        Service s = p.service() == null || p.rule() == null ? null : byName.get(p.service());
        return s == null ? Optional.empty() : Optional.ofNullable(s.descriptor().suppress().get(p.rule().id()));
    }
}
