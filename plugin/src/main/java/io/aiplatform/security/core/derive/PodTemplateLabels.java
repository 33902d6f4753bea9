package io.aiplatform.security.core.derive;

import java.nio.file.Path;
import java.util.Map;

/**
 * The labels that the pod template of a Kubernetes workload of the repository gives its pods, for a workload that runs a
 * service: {@code workload} as messages name it ({@code Deployment organization}), where its name is written, the labels
 * (sorted) and why it runs the service ({@code null} when it bears the service's name).
 */
public record PodTemplateLabels(String workload, Path file, int line, Map<String, String> labels, String reason) {

    public PodTemplateLabels {
        labels = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(labels));
    }
}
