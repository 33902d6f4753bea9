package io.aiplatform.security.core.graph;

import java.util.Set;

/**
 * Whether a module carries Spring Cloud Kubernetes' config, which reads ConfigMaps as configuration through the API
 * (its starters and modules for the Fabric8 and the official Java client, and the 1.x starter), and whether it loads
 * the bootstrap context that the 2020.0 and later versions need for it ({@code spring-cloud-starter-bootstrap}); the
 * 1.x artifacts ({@code spring-cloud-starter-kubernetes-config}, {@code -all}, {@code spring-cloud-kubernetes-config})
 * always did.
 */
final class SpringCloudKubernetesConfigModules {

    static final Set<String> LEGACY = Set.of("org.springframework.cloud:spring-cloud-starter-kubernetes-config",
            "org.springframework.cloud:spring-cloud-starter-kubernetes-all",
            "org.springframework.cloud:spring-cloud-kubernetes-config");

    static final Set<String> LIBRARIES = Set.of("org.springframework.cloud:spring-cloud-starter-kubernetes-fabric8-config",
            "org.springframework.cloud:spring-cloud-starter-kubernetes-fabric8-all",
            "org.springframework.cloud:spring-cloud-kubernetes-fabric8-config",
            "org.springframework.cloud:spring-cloud-starter-kubernetes-client-config",
            "org.springframework.cloud:spring-cloud-starter-kubernetes-client-all",
            "org.springframework.cloud:spring-cloud-kubernetes-client-config");

    static final String BOOTSTRAP = "org.springframework.cloud:spring-cloud-starter-bootstrap";

    private SpringCloudKubernetesConfigModules() {
    }

    /** True when a config library is on the module's runtime classpath (declared, or brought by one it declares). */
    static boolean reads(Module m) {
        return carries(m, LIBRARIES) || carries(m, LEGACY);
    }

    /** True when the module loads the bootstrap context: the bootstrap starter, or a 1.x library. */
    static boolean bootstraps(Module m) {
        return carries(m, Set.of(BOOTSTRAP)) || carries(m, LEGACY);
    }

    private static boolean carries(Module m, Set<String> libraries) {
        return m.dependencies().stream().filter(ModuleDependency::onRuntimeClasspath)
                .anyMatch(d -> d.in(libraries) || d.brings().stream().anyMatch(libraries::contains));
    }
}
