package io.aiplatform.security.core.graph;

import java.util.List;
import java.util.stream.Stream;

/** Whether a module runs on MicroProfile Config (Quarkus, SmallRye, a MicroProfile runtime), by its libraries. */
final class MicroProfileModules {

    private static final List<String> GROUPS = List.of("io.quarkus", "org.eclipse.microprofile", "io.smallrye");
    /** Each group followed by '.' (a sub-group) or ':' (the group itself), made once: asked for every library. */
    private static final List<String> PREFIXES = GROUPS.stream().flatMap(g -> Stream.of(g + ".", g + ":"))
            .toList();

    private MicroProfileModules() {
    }

    /** True when a library the module declares, or one they bring, is of a MicroProfile Config runtime. */
    static boolean runs(Module m) {
        for (ModuleDependency dep : m.dependencies()) {
            if (dep.onRuntimeClasspath() && (ofRuntime(dep.key()) || dep.brings().stream().anyMatch(
                    MicroProfileModules::ofRuntime))) {
                return true;
            }
        }
        return false;
    }

    private static boolean ofRuntime(String library) {
        for (String prefix : PREFIXES) {
            if (library.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
