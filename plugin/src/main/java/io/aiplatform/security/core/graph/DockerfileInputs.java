package io.aiplatform.security.core.graph;

import io.aiplatform.security.core.derive.Container;
import io.aiplatform.security.core.derive.DeploymentContainers;
import java.nio.file.Path;
import java.util.List;

/**
 * The Dockerfiles the monitoring sources read: that of each Compose service with a build context, in a
 * file named as Compose files are ({@code docker-compose*.yml}, {@code compose*.yml}), so the digest knows
 * them from those files alone. A Dockerfile whose build is elsewhere is not read.
 */
final class DockerfileInputs {

    private DockerfileInputs() {
    }

    /** True when the Dockerfile of {@code c} is one {@link #declare} declares. */
    static boolean declared(Container c) {
        return c.dockerfile() != null && DeploymentContainers.composeFile(c.file());
    }

    /** Declares the Dockerfile of every Compose service with a build context (present or not). */
    static void declare(DerivationProject project, DeclaredInputs inputs) {
        List<Path> compose = inputs.deploymentFiles(project.root()).stream().filter(DeploymentContainers::composeFile).toList();
        for (Container c : DeploymentContainers.read(compose, problem -> { }).containers()) {
            if (declared(c)) {
                inputs.file("dockerfile", c.dockerfile());
            }
        }
    }
}
