package io.aiplatform.security.core.graph;

import io.aiplatform.security.core.catalog.ClientCatalog;
import io.aiplatform.security.core.descriptor.PortSpec;
import io.aiplatform.security.core.descriptor.ProvidedProduct;
import io.aiplatform.security.core.support.Problem;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Who provides which product ({@code provides:}), and the client catalog extended by the descriptors' clients. */
record Products(Map<String, List<Service>> providerOf, Map<String, ProvidedProduct> provisionOf,
                Map<String, String> extraClients, ClientCatalog catalog, Map<String, String> impliedBy) {

    static Products of(Collection<Service> services, ClientCatalog builtIn, List<Problem> errors,
                       DerivationProject project) {
        Map<String, List<Service>> providerOf = new TreeMap<>();
        Map<String, ProvidedProduct> provisionOf = new TreeMap<>();
        Map<String, String> extraClients = new TreeMap<>();
        for (Service s : services) {
            for (ProvidedProduct p : s.descriptor().provides()) {
                providerOf.computeIfAbsent(p.product(), k -> new ArrayList<>()).add(s); // several: decided per caller
                provisionOf.put(p.product() + "|" + s.name(), p);
                if (p.port() != null && Ports.of(s, p.port()).isEmpty()) {
                    errors.add(new Problem(project.rel(s.descriptor().file()), p.line(), s.name(), "provides '"
                            + p.product() + "' on port " + p.port() + ", but the service has no such port; declared ports: "
                            + Ports.describe(s.ports())));
                }
                for (String client : p.clients()) {
                    String previous = extraClients.put(client, p.product());
                    if (previous != null && !previous.equals(p.product())) {
                        errors.add(new Problem(project.rel(s.descriptor().file()), p.line(), s.name(), "client " + client
                                + " is mapped to both '" + previous + "' and '" + p.product() + "'"));
                    }
                }
            }
        }
        Map<String, String> impliedBy = new TreeMap<>();
        ImpliedProvisions.of(services, providerOf.keySet()).forEach((product, implied) -> {
            providerOf.put(product, List.of(implied.service()));
            provisionOf.put(product + "|" + implied.service().name(), ImpliedProvisions.provision(product, implied));
            impliedBy.put(product + "|" + implied.service().name(), PomDependencies.where(project, implied.service(),
                    implied.dependency()) + " declares " + implied.dependency().key());
        });
        return new Products(providerOf, provisionOf, extraClients, builtIn.with(extraClients), impliedBy);
    }

    /** The providers of a product (several: the caller's configuration or calls decide). */
    List<Service> providers(String product) {
        return providerOf.getOrDefault(product, List.of());
    }

    /**
     * How evidence names the provider of a product: {@code provided by config}, and for a provision its server
     * library implies, the dependency ({@code provided by config, whose config/pom.xml:20 declares …config-server}).
     */
    String providedBy(String product, Service provider) {
        String implied = impliedBy.get(product + "|" + provider.name());
        return "provided by " + provider.name() + (implied == null ? "" : ", whose " + implied);
    }

    /**
     * The ports a call to {@code provider} for {@code product} reaches: those its provision names, else the product's
     * well-known port of the catalog when the provider declares it among others (Consul's HTTP API 8500 beside its
     * DNS 8600), else its call ports.
     */
    List<PortSpec> portsOf(String product, Service provider) {
        ProvidedProduct provision = provisionOf.get(product + "|" + provider.name());
        if (provision.port() != null) {
            return Ports.of(provider, provision.port());
        }
        List<PortSpec> calls = provider.callPorts();
        List<PortSpec> known = catalog.defaultPort(product)
                .map(p -> calls.stream().filter(c -> c.port() == p.port()).toList()).orElse(List.of());
        return known.isEmpty() ? calls : known;
    }
}
