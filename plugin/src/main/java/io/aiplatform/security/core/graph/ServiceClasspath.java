package io.aiplatform.security.core.graph;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The libraries on a service's runtime classpath, as far as the POMs tell ({@code groupId:artifactId}): what it
 * declares with compile or runtime scope, what those bring, and what its library modules reach. Unknown (empty)
 * for a service without a POM (the platform file's) and for a module that declares no dependency at all.
 */
final class ServiceClasspath {

    private ServiceClasspath() {
    }

    /** The libraries of {@code a}, made once per derivation (several sources ask for them, for each dependency). */
    static Optional<Set<String>> of(Service a, ResolvedServices platform) {
        return platform.classpaths.computeIfAbsent(a.name(), name -> make(a, platform));
    }

    private static Optional<Set<String>> make(Service a, ResolvedServices platform) {
        Module m = a.module();
        if (m.directory() == null || m.dependencies().isEmpty()) {
            return Optional.empty();
        }
        Set<String> libraries = new LinkedHashSet<>();
        for (ModuleDependency dep : m.dependencies()) {
            if (!dep.onRuntimeClasspath()) {
                continue;
            }
            String key = dep.key();
            libraries.add(key);
            libraries.addAll(dep.brings());
            Module lib = platform.moduleOf(dep);
            if (lib != null && platform.serviceOf(dep) == null) {
                LibraryModuleClients.reached(dep, lib, platform).forEach(r -> libraries.add(r.key()));
            }
        }
        return Optional.of(Collections.unmodifiableSet(libraries));
    }
}
