package io.aiplatform.security.core.graph;

/** Whether a module carries Quarkus' {@code kubernetes-config} extension, which reads ConfigMaps and Secrets as configuration. */
final class QuarkusKubernetesConfigModules {

    static final String EXTENSION = "io.quarkus:quarkus-kubernetes-config";

    private QuarkusKubernetesConfigModules() {
    }

    /** True when the extension is on the module's runtime classpath (declared, or brought by a library it declares). */
    static boolean reads(Module m) {
        return m.dependencies().stream().filter(ModuleDependency::onRuntimeClasspath)
                .anyMatch(d -> d.is(EXTENSION) || d.brings().contains(EXTENSION));
    }
}
