package io.aiplatform.security.core.descriptor;

import java.util.List;

/**
 * Access to the Kubernetes API beyond reading named Secrets and ConfigMaps, e.g. Prometheus
 * listing pods. {@code clusterScope} asks for a ClusterRole instead of a Role.
 */
public record ApiAccess(String apiGroup, List<String> resources, List<String> verbs, List<String> resourceNames,
                        boolean clusterScope, int line) {

    public ApiAccess {
        resources = List.copyOf(resources);
        verbs = List.copyOf(verbs);
        resourceNames = List.copyOf(resourceNames);
    }
}
