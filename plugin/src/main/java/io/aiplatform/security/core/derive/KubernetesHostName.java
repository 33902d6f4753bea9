package io.aiplatform.security.core.derive;

import java.nio.file.Path;
import java.util.function.Function;

/**
 * A host name a Kubernetes Service of the repository gives a service deployed there under another of its
 * module's names ({@code service-registry}, the artifactId, for the service {@code naming-server}): the Service
 * {@code host} selects the pods of {@code workload}, which runs the module.
 */
public record KubernetesHostName(String host, String workload, String moduleName, Path file, int line) {

    /** {@code deploy/k8s/registry.yaml:4 Service service-registry selects the pods of Deployment service-registry, which runs module service-registry}. */
    public String describe(Function<Path, String> shown) {
        return shown.apply(file) + ":" + line + " Service " + host + " selects the pods of " + workload
                + ", which runs module " + moduleName;
    }
}
