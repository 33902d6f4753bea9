package io.aiplatform.security.core.derive;

import java.nio.file.Path;
import java.util.function.Function;

/**
 * A host name a Kubernetes Service of the repository gives a service: the Service {@code host} selects the pods of
 * {@code workload}, which runs {@code runs} — the module under another of its names ({@code module service-registry},
 * the artifactId, for the service {@code naming-server}), or the service itself ({@code easy-shop-zookeeper}, whose
 * Deployment a Service {@code easy-shop-zookeeper-cluster-ip-service} selects).
 */
public record KubernetesHostName(String host, String workload, String runs, Path file, int line) {

    /** {@code deploy/k8s/registry.yaml:4 Service service-registry selects the pods of Deployment service-registry, which runs module service-registry}. */
    public String describe(Function<Path, String> shown) {
        return shown.apply(file) + ":" + line + " Service " + host + " selects the pods of " + workload
                + ", which runs " + runs;
    }
}
