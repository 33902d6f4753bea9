package io.aiplatform.security.core.graph;

import io.aiplatform.security.core.derive.ServerLibraries;
import io.aiplatform.security.core.descriptor.ProvidedProduct;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Products a service provides because it carries their server library ({@link ServerLibraries}: the Eureka
 * server, the Spring Cloud Config Server, ...), as if its descriptor said {@code provides: [product]}: only
 * for a product that no descriptor provides and that exactly one service carries a server library of (with
 * two, nothing is guessed: the descriptors say which serves whom). Each keeps the dependency as evidence.
 */
final class ImpliedProvisions {

    /** One implied provision: the service and the dependency that implies it. */
    record Implied(Service service, ModuleDependency dependency) {
    }

    private ImpliedProvisions() {
    }

    /** The implied provisions by product; {@code declared} are the products some descriptor provides. */
    static Map<String, Implied> of(Collection<Service> services, Set<String> declared) {
        Map<String, List<Implied>> carriers = new TreeMap<>();
        for (Service s : services) {
            for (ModuleDependency dep : s.module().dependencies()) {
                if (!dep.onRuntimeClasspath()) {
                    continue;
                }
                ServerLibraries.productOf(dep.groupId(), dep.artifactId())
                        .filter(product -> !declared.contains(product))
                        .filter(product -> carriers.getOrDefault(product, List.of()).stream().noneMatch(i -> i.service() == s))
                        .ifPresent(product -> carriers.computeIfAbsent(product, k -> new ArrayList<>()).add(new Implied(s, dep)));
            }
        }
        Map<String, Implied> implied = new TreeMap<>();
        carriers.forEach((product, list) -> {
            if (list.size() == 1) {
                implied.put(product, list.get(0));
            }
        });
        return implied;
    }

    /** The provision an implied product stands for: all the service's call ports, no extra clients. */
    static ProvidedProduct provision(String product, Implied implied) {
        return new ProvidedProduct(product, null, List.of(), PomDependencies.line(implied.dependency()));
    }
}
