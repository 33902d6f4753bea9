package io.aiplatform.security.core.graph;

import io.aiplatform.security.core.derive.ConfigValue;
import io.aiplatform.security.core.derive.ModuleConfiguration;
import io.aiplatform.security.core.derive.PropertySourceFiles;
import io.aiplatform.security.core.support.Problem;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A service module's configuration with the files its {@code @PropertySource} annotations add below it
 * ({@link PropertySourceFiles}): looked up on its classpath, its own {@code src/main/resources} first, then those of
 * the reactor's library modules its compile or runtime dependencies reach (through library modules only, never a
 * service module; optional dependencies of a library left out), as they are packed into its jar.
 */
final class PropertySourceConfiguration {

    private PropertySourceConfiguration() {
    }

    /**
     * {@code local} over what the files of {@code m}'s {@code @PropertySource} annotations ({@code declared}) give,
     * their locations resolved from {@code local} with {@code environment}; what is not read is an information line
     * naming {@code service}.
     */
    /**
     * Whether {@code m} may run Spring Framework, which alone processes {@code @PropertySource}: a library of
     * {@code org.springframework} (or a group below it) is on its runtime classpath, declared or brought. A Quarkus or
     * Micronaut module, or one of plain libraries, is not read for the annotation.
     */
    static boolean mayUse(Module m) {
        for (ModuleDependency dep : m.dependencies()) {
            if (dep.onRuntimeClasspath() && (spring(dep.groupId())
                    || dep.brings().stream().anyMatch(PropertySourceConfiguration::spring))) {
                return true;
            }
        }
        return false;
    }

    private static boolean spring(String groupOrKey) {
        return groupOrKey.startsWith("org.springframework");
    }

    static ModuleConfiguration under(Module m, String service, List<PropertySourceFiles.Declared> declared,
                                     ModuleConfiguration local, List<ConfigValue> environment, DerivationProject project,
                                     Map<String, Module> modules, Consumer<Problem> warnings,
                                     Consumer<Problem> notices) {
        if (m.directory() == null || declared.isEmpty()) {
            return local;
        }
        List<Path> classpath = new ArrayList<>();
        classpath.add(DerivationProject.resources(m));
        libraries(m, modules).forEach(lib -> classpath.add(DerivationProject.resources(lib)));
        PropertySourceFiles.Read read = PropertySourceFiles.read(declared,
                local.withEnvironment(environment).properties(), classpath, project::shown, warnings);
        read.notes().forEach(n -> notices.accept(new Problem(project.rel(m.descriptorFile()), 0, service, n)));
        return local.over(read.configuration());
    }

    /** The library modules {@code m}'s runtime dependencies reach, breadth first, in declaration order. */
    static Set<Module> libraries(Module m, Map<String, Module> modules) {
        Set<Module> found = new LinkedHashSet<>();
        Deque<Module> queue = new ArrayDeque<>(List.of(m));
        while (!queue.isEmpty()) {
            Module step = queue.poll();
            for (ModuleDependency dep : step.dependencies()) {
                Module next = modules.get(dep.key());
                if (next != null && dep.onRuntimeClasspath() && (step == m || !dep.optional()) && !next.isService()
                        && next.directory() != null && found.add(next)) {
                    queue.add(next);
                }
            }
        }
        return found;
    }
}
