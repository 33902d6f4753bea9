package io.aiplatform.security.core.graph;

import io.aiplatform.security.core.catalog.ClientCatalog;
import io.aiplatform.security.core.derive.ModuleConfiguration;
import io.aiplatform.security.core.support.Problem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The native repositories of the platform's config servers
 * ({@code spring.cloud.config.server.native.search-locations: classpath:/config}), layered over the
 * local configuration of every service that takes its configuration from a config server. They lie
 * below the config server's {@code src/main/resources}, which {@link ConfiguredHosts} declares.
 */
final class ConfigServerRepositories {

    private final List<Path> repositories;

    private ConfigServerRepositories(List<Path> repositories) {
        this.repositories = repositories;
    }

    static ConfigServerRepositories of(ResolvedServices platform) {
        List<Path> repositories = new ArrayList<>();
        for (Service s : platform.services.values()) {
            platform.configs.get(s.name()).value("spring.cloud.config.server.native.search-locations").ifPresent(all -> {
                for (String location : all.split(",")) {
                    String l = location.strip();
                    if (l.startsWith("classpath:")) {
                        String path = l.substring("classpath:".length()).replaceAll("^/+", "");
                        repositories.add(DerivationProject.resources(s.module()).resolve(path));
                    }
                }
            });
        }
        return new ConfigServerRepositories(List.copyOf(repositories));
    }

    /** {@code a}'s own configuration, with each repository's files for it over it when it is a config client. */
    ModuleConfiguration overlay(Service a, Derivation d, Consumer<Problem> unread) {
        ModuleConfiguration config = d.platform.configs.get(a.name());
        if (!repositories.isEmpty() && isConfigClient(a, config, d.catalog())) {
            for (Path repository : repositories) {
                config = config.overriddenBy(ModuleConfiguration.repository(repository, a.name(),
                        d.project.profiles(), unread));
            }
        }
        return config;
    }

    /** A service that takes its configuration from a config server: it imports one, names its URI or has its client. */
    static boolean isConfigClient(Service s, ModuleConfiguration config, ClientCatalog catalog) {
        if (config.value("spring.config.import").map(v -> v.contains("configserver:")).orElse(false)
                || config.source("spring.cloud.config.uri").isPresent()) {
            return true;
        }
        return s.module().dependencies().stream().filter(ModuleDependency::onRuntimeClasspath)
                .anyMatch(d -> catalog.productOf(d.groupId(), d.artifactId()).filter("spring-cloud-config"::equals)
                        .isPresent());
    }
}
