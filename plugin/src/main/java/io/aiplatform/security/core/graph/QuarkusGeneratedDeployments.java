package io.aiplatform.security.core.graph;

import io.aiplatform.security.core.derive.ConfigValue;
import io.aiplatform.security.core.derive.DeploymentEnvironment;
import io.aiplatform.security.core.derive.ModuleConfiguration;
import io.aiplatform.security.core.support.Problem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The Deployment that Quarkus' {@code quarkus-kubernetes}, {@code quarkus-minikube} or {@code quarkus-openshift}
 * extension generates for a module at build time ({@code target/kubernetes/}, so not in the repository), as the
 * environment of a service that no deployment file of the repository runs: the variables, {@code envFrom} ConfigMaps
 * and Secrets and key mappings that the module's configuration sets under each extension's prefix
 * ({@code quarkus.kubernetes.env.*}, {@code quarkus.minikube.env.*}, {@code quarkus.openshift.env.*}; the Kubernetes
 * prefix first, a later one's variable of the same name winning). A deployment file of the repository that runs the
 * service wins over all of it.
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
     * The environment the generated Deployment gives module {@code m} from its own configuration {@code local}; empty
     * when no extension is on its runtime classpath or the configuration sets no environment for it.
     */
    static List<ConfigValue> environment(Module m, ModuleConfiguration local, DeploymentEnvironment deployment,
                                         Consumer<Problem> warnings) {
        List<String> prefixes = prefixes(m);
        if (prefixes.isEmpty() || m.directory() == null) {
            return List.of();
        }
        return deployment.quarkusGenerated(local, m.directory(), prefixes, warnings);
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
                    .anyMatch(d -> d.key().equals(extension) || d.brings().contains(extension))) {
                prefixes.add(prefix);
            }
        });
        return prefixes;
    }
}
