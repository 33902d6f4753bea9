package io.aiplatform.security.core.validate;

import io.aiplatform.security.core.graph.ServiceGraph;
import java.nio.file.Path;
import java.util.List;

/**
 * Everything {@code validate-security} needs, as plain data.
 *
 * @param base                    folder that file names in findings are relative to
 * @param outputDirectory         the generated layer (manifests/, control-plane/); reports go to its reports/
 * @param manifestDirectories     the user's own manifests (folders or files)
 * @param graph                   the declared service graph, or null when validating standalone
 * @param namespace               the platform namespace (with a graph)
 * @param kubeconform             kubeconform executable to use, or null for the built-in validator
 * @param trackedDirectories      Git-tracked folders to search for key material
 */
public record ValidateRequest(Path base, Path outputDirectory, List<Path> manifestDirectories, ServiceGraph graph,
                              String namespace, List<String> schemaLocations, String kubernetesVersion,
                              boolean ignoreMissingSchemas, String kubeconform, List<Path> trackedDirectories,
                              boolean aesgcmRotationAutomated, FailOn failOn) {

    public ValidateRequest {
        manifestDirectories = List.copyOf(manifestDirectories);
        schemaLocations = List.copyOf(schemaLocations);
        trackedDirectories = List.copyOf(trackedDirectories);
    }
}
