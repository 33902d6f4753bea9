package io.aiplatform.security.core.graph;

import io.aiplatform.security.core.derive.ActiveProfiles;
import io.aiplatform.security.core.derive.ConfigValue;
import io.aiplatform.security.core.derive.Container;
import io.aiplatform.security.core.derive.DeploymentContainers;
import io.aiplatform.security.core.derive.DockerfileEnvironment;
import io.aiplatform.security.core.derive.ModuleConfiguration;
import io.aiplatform.security.core.support.Problem;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The profiles a module's deployment activates when {@code -Dai-security.profiles} names none: the deployment's
 * environment ({@code SPRING_PROFILES_ACTIVE}, {@code QUARKUS_PROFILE}, {@code MICRONAUT_ENVIRONMENTS} in Compose or
 * in the matched workload's env) over its image's ({@code ENV} in the Dockerfile of the Compose service built from
 * the module, else the module's own {@code Dockerfile}) over the module's own configuration
 * ({@code spring.profiles.active} in its {@code application*}/{@code bootstrap*} files). The module's configuration
 * is then read for them: profile files and documents, Quarkus {@code %profile.} keys, Micronaut environments.
 */
final class DeploymentProfiles {

    /**
     * A module's configuration read for the profiles its deployment activates (each property the profiles set says
     * so in its evidence).
     *
     * @param where where the profiles are activated ({@code docker/Dockerfile:14 ENV SPRING_PROFILES_ACTIVE})
     */
    record Active(ModuleConfiguration configuration, ActiveProfiles profiles, String where) {
    }

    private final DerivationProject project;
    private final Map<Path, Path> dockerfileByContext = new HashMap<>();

    /** {@code deploymentFiles}: the Compose files among them give the build contexts and their Dockerfiles. */
    DeploymentProfiles(DerivationProject project, List<Path> deploymentFiles) {
        this.project = project;
        List<Path> compose = deploymentFiles.stream().filter(DeploymentContainers::composeFile).toList();
        for (Container c : DeploymentContainers.read(compose, problem -> { }).containers()) {
            if (c.buildContext() != null && c.dockerfile() != null) {
                dockerfileByContext.putIfAbsent(c.buildContext().toAbsolutePath().normalize(), c.dockerfile());
            }
        }
    }

    /** The Dockerfile that builds the image of the module at {@code dir}: its Compose build's, else its own. */
    Path dockerfileOf(Path dir) {
        Path normalized = dir.toAbsolutePath().normalize();
        return dockerfileByContext.getOrDefault(normalized, normalized.resolve("Dockerfile"));
    }

    /**
     * The module's configuration for the profiles its deployment activates, or empty when the build names
     * profiles, none is activated, or the module has no folder.
     */
    Optional<Active> of(Module m, ModuleConfiguration local, List<ConfigValue> environment, Consumer<Problem> unread) {
        if (!project.profiles().isEmpty() || m.directory() == null) {
            return Optional.empty();
        }
        List<ConfigValue> image = DockerfileEnvironment.of(dockerfileOf(m.directory()), unread);
        Optional<ActiveProfiles> active = ActiveProfiles.of(local.withEnvironment(image).withEnvironment(environment));
        if (active.isEmpty()) {
            return Optional.empty();
        }
        Path resources = DerivationProject.resources(m);
        String where = active.get().where(project::shown, resources);
        String note = "profile " + String.join(",", active.get().profiles()) + ", active by " + where;
        ModuleConfiguration read = ModuleConfiguration.read(resources, active.get().profiles(),
                SpringCloudBootstrap.reads(m), unread);
        return Optional.of(new Active(read.noting(local, note), active.get(), where));
    }
}
