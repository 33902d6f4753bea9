package io.aiplatform.security.core.graph;

import io.aiplatform.security.core.derive.JavaSourceReferences;
import java.nio.file.Files;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The configuration keys that the reactor's library modules a service runs with read in their Java sources: a
 * {@code @ConfigurationProperties(prefix = "yas.services")} record, a {@code @Value("${…}")} or
 * {@code getProperty("…")} in a shared {@code common-library} module on the service's runtime classpath binds the
 * service's own configuration, as the service's sources would. The library modules are those its compile or runtime
 * dependencies reach, through other library modules, never through (or to) a service module; optional dependencies
 * of a library are left out, as for the client libraries it brings.
 */
final class LibraryModuleSources {

    private LibraryModuleSources() {
    }

    /**
     * What the Java sources of {@code a}'s library modules read, bind and call, one result per library (each library
     * read once per derivation).
     */
    static List<JavaSourceReferences.Result> of(Service a, Derivation d) {
        // services ask from several threads (Derivation#prepare): every library is read on the first call, one after
        // the other, so what each gives and what cannot be read is the same whichever service asks first
        Map<String, JavaSourceReferences.Result> byLibrary = d.once(LibraryModuleSources.class, () -> readAll(d));
        List<JavaSourceReferences.Result> results = new ArrayList<>();
        for (Module lib : reached(a, d)) {
            results.add(byLibrary.getOrDefault(lib.key(), JavaSourceReferences.Result.NONE)); // no folder: no sources
        }
        return results;
    }

    /** The library modules {@code a} runs with, in the order {@link #of} reads them. */
    static List<Module> modules(Service a, Derivation d) {
        return reached(a, d);
    }

    /**
     * The library modules {@code a} runs with ({@link #reached(Module, ResolvedServices)}), worked out once per service
     * and derivation: several sources ask, on several threads, and the answer depends only on the resolved services.
     */
    private static List<Module> reached(Service a, Derivation d) {
        Map<String, List<Module>> byService = d.once("library modules each service runs with", ConcurrentHashMap::new);
        return byService.computeIfAbsent(a.name(), k -> List.copyOf(reached(a.module(), d.platform)));
    }

    private static Map<String, JavaSourceReferences.Result> readAll(Derivation d) {
        Map<String, JavaSourceReferences.Result> byLibrary = new HashMap<>();
        for (Module lib : libraries(d.project)) {
            byLibrary.putIfAbsent(lib.key(), read(lib, d));
        }
        return Map.copyOf(byLibrary);
    }

    /** Every library module of the reactor (no descriptor), whose Java sources a service may run with. */
    static List<Module> libraries(DerivationProject project) {
        return project.modules().stream().filter(m -> !m.isService() && m.directory() != null).toList();
    }

    private static JavaSourceReferences.Result read(Module lib, Derivation d) {
        if (!Files.isDirectory(DerivationProject.javaSources(lib))) {
            return JavaSourceReferences.Result.NONE;
        }
        return JavaSourceReferences.of(DerivationProject.javaSources(lib), Map.of(), d.project::shown,
                d.findings.unread::add);
    }

    /** The library modules {@code m}'s runtime dependencies reach, breadth first. */
    private static Set<Module> reached(Module m, ResolvedServices platform) {
        Set<Module> found = new LinkedHashSet<>();
        if (m == null) {
            return found;
        }
        Deque<Module> queue = new ArrayDeque<>(List.of(m));
        while (!queue.isEmpty()) {
            Module step = queue.poll();
            for (ModuleDependency dep : step.dependencies()) {
                Module next = platform.moduleOf(dep);
                if (next != null && dep.onRuntimeClasspath() && (step == m || !dep.optional())
                        && platform.serviceOf(dep) == null && found.add(next)) {
                    queue.add(next);
                }
            }
        }
        return found;
    }
}
