package io.aiplatform.security.core.graph;

import java.util.Set;

/**
 * Whether a module carries Micronaut Kubernetes' configuration client, which reads ConfigMaps and Secrets as
 * configuration through the API: {@code micronaut-kubernetes-discovery-client} (its guide's dependency, which holds the
 * client) or the OpenAPI client's {@code micronaut-kubernetes-client-openapi-discovery}.
 */
final class MicronautKubernetesConfigModules {

    static final Set<String> LIBRARIES = Set.of("io.micronaut.kubernetes:micronaut-kubernetes-discovery-client",
            "io.micronaut.kubernetes:micronaut-kubernetes-client-openapi-discovery");

    private MicronautKubernetesConfigModules() {
    }

    /** True when a library is on the module's runtime classpath (declared, or brought by a library it declares). */
    static boolean reads(Module m) {
        return m.dependencies().stream().filter(ModuleDependency::onRuntimeClasspath)
                .anyMatch(d -> d.in(LIBRARIES) || d.brings().stream().anyMatch(LIBRARIES::contains));
    }
}
