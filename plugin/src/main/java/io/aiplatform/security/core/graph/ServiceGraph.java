package io.aiplatform.security.core.graph;

import io.aiplatform.security.core.Problem;
import java.util.Comparator;
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

    public ServiceGraph(List<Service> services, List<Edge> edges, List<ProductEgress> productEgress,
                        List<Problem> warnings) {
        TreeMap<String, Service> byName = new TreeMap<>();
        services.forEach(s -> byName.put(s.name(), s));
        this.services = java.util.Collections.unmodifiableMap(byName);
        this.edges = edges.stream()
                .sorted(Comparator.comparing(Edge::from).thenComparing(Edge::to)).toList();
        this.productEgress = productEgress.stream()
                .sorted(Comparator.comparing(ProductEgress::from).thenComparing(ProductEgress::product)).toList();
        this.warnings = List.copyOf(warnings);
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
        return edges.stream().filter(e -> e.to().equals(name)).toList();
    }

    public List<Edge> calleesOf(String name) {
        return edges.stream().filter(e -> e.from().equals(name)).toList();
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
}
