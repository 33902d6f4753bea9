package io.aiplatform.security.core.graph;

import io.aiplatform.security.core.derive.ConfigKeys;
import io.aiplatform.security.core.derive.ConfigValue;
import io.aiplatform.security.core.derive.DeploymentEnvironment;
import io.aiplatform.security.core.derive.ModuleConfiguration;
import io.aiplatform.security.core.support.Problem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The Deployment that Quarkus' {@code quarkus-kubernetes}, {@code quarkus-minikube} or {@code quarkus-openshift}
 * extension generates for a module at build time ({@code target/kubernetes/}, so not in the repository), as the
 * environment of a service that no deployment file of the repository runs: the variables, {@code envFrom} ConfigMaps
 * and Secrets and key mappings that the module's configuration sets under each extension's prefix
 * ({@code quarkus.kubernetes.env.*}, {@code quarkus.minikube.env.*}, {@code quarkus.openshift.env.*}; the Kubernetes
 * prefix first, a later one's variable of the same name winning). A deployment file of the repository that runs the
 * service wins over all of it, except a manifest of the module's own {@code src/main/kubernetes/}, which the extension
 * merges with the resources it generates.
 */
final class QuarkusGeneratedDeployments {

    /** Each extension with the prefix of its settings, in the order they are read. */
    private static final Map<String, String> PREFIXES = new LinkedHashMap<>();

    static {
        PREFIXES.put("io.quarkus:quarkus-kubernetes", "quarkus.kubernetes");
        PREFIXES.put("io.quarkus:quarkus-minikube", "quarkus.minikube");
        PREFIXES.put("io.quarkus:quarkus-openshift", "quarkus.openshift");
    }

    private QuarkusGeneratedDeployments() {
    }

    /**
     * The service's deployment environment: {@code repository}, what the repository's deployment files give it, when it
     * is not empty and none of it comes from the module's own {@code src/main/kubernetes/} (then those files deploy
     * it); else the environment the generated Deployment gives module {@code m} from its own configuration
     * {@code local} — over {@code repository} when that comes from {@code src/main/kubernetes/}, which the extension
     * merges with what it generates (its variables replacing those of the same name). {@code generated} is false when
     * no extension is on the module's runtime classpath or its configuration sets no environment.
     */
    static Environment environment(Module m, ModuleConfiguration local, List<ConfigValue> repository,
                                   DeploymentEnvironment deployment, Consumer<Problem> warnings) {
        List<String> prefixes = prefixes(m);
        Path merged = m.directory() == null ? null : m.directory().resolve("src/main/kubernetes");
        boolean mergedWith = merged != null && repository.stream().anyMatch(v -> v.file() != null
                && v.file().startsWith(merged));
        if (prefixes.isEmpty() || m.directory() == null || (!repository.isEmpty() && !mergedWith)) {
            return new Environment(repository, false);
        }
        List<ConfigValue> generated = deployment.quarkusGenerated(local, m.directory(), prefixes, warnings);
        if (generated.isEmpty()) {
            return new Environment(repository, false);
        }
        Set<String> names = new HashSet<>();
        generated.forEach(v -> names.add(ConfigKeys.uniform(v.key())));
        List<ConfigValue> all = new ArrayList<>(repository.stream()
                .filter(v -> !names.contains(ConfigKeys.uniform(v.key()))).toList());
        all.addAll(generated);
        return new Environment(List.copyOf(all), true);
    }

    /** A service's deployment environment, and whether the generated Deployment gives (some of) it. */
    record Environment(List<ConfigValue> variables, boolean generated) {
    }

    /**
     * {@code local} without the settings of the generated Deployment's environment ({@code quarkus.kubernetes.env.*}
     * ...): once they are the service's environment, a URL among them is no connection of its own.
     */
    static ModuleConfiguration withoutSettings(ModuleConfiguration local) {
        return local.without(key -> PREFIXES.values().stream().anyMatch(p -> key.startsWith(p + ".env.")));
    }

    /** The prefixes of the extensions on {@code m}'s runtime classpath (declared, or brought by a library it declares). */
    private static List<String> prefixes(Module m) {
        List<String> prefixes = new ArrayList<>();
        PREFIXES.forEach((extension, prefix) -> {
            if (m.dependencies().stream().filter(ModuleDependency::onRuntimeClasspath)
                    .anyMatch(d -> d.is(extension) || d.brings().contains(extension))) {
                prefixes.add(prefix);
            }
        });
        return prefixes;
    }
}
