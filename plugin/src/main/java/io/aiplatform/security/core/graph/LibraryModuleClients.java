package io.aiplatform.security.core.graph;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A plain library module of the reactor: the client libraries it reaches (through its own library
 * modules, never through another service module, honouring exclusions) count as the service's own.
 */
final class LibraryModuleClients implements DependencyRule {

    @Override
    public boolean derive(Service a, ModuleDependency dep, Derivation d) {
        Module lib = d.platform.moduleOf(dep);
        if (lib == null) {
            return false;
        }
        for (Reached r : throughLibrary(dep, lib, d.platform.modulesByKey, d.platform.serviceByModule)) {
            new CatalogClientEdge(d, a).derive(r.dependency(), "declares " + dep.key() + ", which brings (via library "
                    + r.via() + ") ");
        }
        return true;
    }

    private record Reached(ModuleDependency dependency, String via) {
    }

    /** The external dependencies a service reaches through the library module {@code lib} it declares as {@code dep}. */
    static List<ModuleDependency> reached(ModuleDependency dep, Module lib, ResolvedServices platform) {
        return throughLibrary(dep, lib, platform.modulesByKey, platform.serviceByModule).stream()
                .map(Reached::dependency).toList();
    }

    /** A library module to walk, and the dependencies that lead to it (whose exclusions apply). */
    private record Step(Module module, List<ModuleDependency> path) {
    }

    /** External dependencies reached through a library module and its library modules, honouring exclusions. */
    private static List<Reached> throughLibrary(ModuleDependency entry, Module lib, Map<String, Module> modules,
                                                Map<String, Service> serviceByModule) {
        List<Reached> reached = new ArrayList<>();
        Set<String> visited = new HashSet<>();
        Deque<Step> queue = new ArrayDeque<>();
        queue.add(new Step(lib, List.of(entry)));
        visited.add(lib.key());
        while (!queue.isEmpty()) {
            Step step = queue.poll();
            for (ModuleDependency dep : step.module().dependencies()) {
                if (!dep.onRuntimeClasspath() || dep.optional()
                        || step.path().stream().anyMatch(p -> p.excludes(dep.groupId(), dep.artifactId()))
                        || serviceByModule.containsKey(dep.key())) {
                    continue; // never through (or to) another service module
                }
                Module next = modules.get(dep.key());
                if (next == null) {
                    reached.add(new Reached(new ModuleDependency(dep.groupId(), dep.artifactId(), dep.scope(),
                            dep.optional(), dep.exclusions(), entry.declaredAt()), step.module().artifactId()));
                } else if (visited.add(next.key())) {
                    List<ModuleDependency> nextPath = new ArrayList<>(step.path());
                    nextPath.add(dep);
                    queue.add(new Step(next, nextPath));
                }
            }
        }
        return reached;
    }
}
