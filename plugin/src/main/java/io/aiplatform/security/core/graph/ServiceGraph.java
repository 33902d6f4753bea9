package io.aiplatform.security.core.graph;

import io.aiplatform.security.core.support.Problem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The platform's services and who calls whom, sorted by name so that everything derived from it
 * is deterministic. Warnings are findings that did not stop derivation.
 */
public final class ServiceGraph {

    private final Map<String, Service> services;
    private final List<Edge> edges;
    private final List<ProductEgress> productEgress;
    private final List<Problem> warnings;
    private final List<Omission> omissions;
    private final List<OutsideEdge> outsideEdges;
    private final List<Problem> notices;
    private List<Path> deploymentFiles = List.of();
    private List<UnresolvedCall> unresolvedCalls = List.of();
    private final Map<String, List<Edge>> callers = new HashMap<>();
    private final Map<String, List<Edge>> callees = new HashMap<>();

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
        TreeMap<String, Service> byName = new TreeMap<>();
        services.forEach(s -> byName.put(s.name(), s));
        this.services = Collections.unmodifiableMap(byName);
        this.edges = edges.stream()
                .sorted(Comparator.comparing(Edge::from).thenComparing(Edge::to)).toList();
        this.productEgress = productEgress.stream()
                .sorted(Comparator.comparing(ProductEgress::from).thenComparing(ProductEgress::product)).toList();
        this.warnings = List.copyOf(warnings);
        for (Edge e : this.edges) {
            callers.computeIfAbsent(e.to(), k -> new ArrayList<>()).add(e);
            callees.computeIfAbsent(e.from(), k -> new ArrayList<>()).add(e);
        }
        this.omissions = omissions.stream().distinct()
                .sorted(Comparator.comparing(Omission::service).thenComparing(Omission::client)).toList();
    }

    /** The same graph, with the deployment files (Compose, Kubernetes) the derivation read. */
    public ServiceGraph withDeploymentFiles(List<Path> files) {
        ServiceGraph g = new ServiceGraph(List.copyOf(services.values()), edges, productEgress, warnings, omissions,
                outsideEdges, notices);
        g.deploymentFiles = List.copyOf(files);
        g.unresolvedCalls = unresolvedCalls;
        return g;
    }

    /** The same graph, with the calls to what no service of this repository is ({@link UnresolvedCall}). */
    public ServiceGraph withUnresolvedCalls(List<UnresolvedCall> calls) {
        ServiceGraph g = withDeploymentFiles(deploymentFiles);
        g.unresolvedCalls = List.copyOf(calls);
        return g;
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
        return outsideEdges.stream().filter(e -> e.service().equals(name)).toList();
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
        return List.copyOf(services.values());
    }

    public Optional<Service> service(String name) {
        return Optional.ofNullable(services.get(name));
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
        return productEgress.stream().filter(p -> p.from().equals(name)).toList();
    }

    public List<Problem> warnings() {
        return warnings;
    }

    /**
     * Why the descriptor of the service a problem concerns suppresses the problem's rule ({@code suppress:
     * {DERIVE-UNKNOWN-HOST: reason}}); empty when it does not, or the problem concerns no service or rule.
     */
    public Optional<String> suppression(Problem p) {
        Service s = p.service() == null || p.rule() == null ? null : services.get(p.service());
        return s == null ? Optional.empty() : Optional.ofNullable(s.descriptor().suppress().get(p.rule().id()));
    }
}
