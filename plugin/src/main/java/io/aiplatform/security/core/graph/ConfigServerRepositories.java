package io.aiplatform.security.core.graph;

import io.aiplatform.security.core.support.DerivationRule;
import io.aiplatform.security.core.catalog.ClientCatalog;
import io.aiplatform.security.core.derive.ModuleConfiguration;
import io.aiplatform.security.core.support.Problem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The repositories of the platform's config servers, layered over the local configuration of every
 * service that takes its configuration from one: native ones
 * ({@code spring.cloud.config.server.native.search-locations: classpath:/config}, or the documented default
 * {@code classpath:/config} of a server with the profile {@code native}: {@link NativeSearchLocations}), which lie below the
 * config server's {@code src/main/resources} that {@link ConfiguredHosts} declares, then the folders of a
 * repository kept outside the code repository ({@code configDirectories}: a Git-backed config server's
 * or a Consul store's, checked out), read the same way, with a Git server's {@code search-paths} within
 * them ({@link ConfigSearchPaths}); between the two, a Git-backed server's repository that is the one the project
 * is checked out from ({@link CheckoutConfigRepositories}). A store outside the repository without those folders is one
 * note.
 */
final class ConfigServerRepositories {

    private final List<Path> repositories;
    private final CheckoutConfigRepositories checkout;
    private final List<Path> outside;
    private final ConfigSearchPaths searchPaths;

    private ConfigServerRepositories(List<Path> repositories, CheckoutConfigRepositories checkout, List<Path> outside,
                                     ConfigSearchPaths searchPaths) {
        this.repositories = repositories;
        this.checkout = checkout;
        this.outside = outside;
        this.searchPaths = searchPaths;
    }

    /**
     * The repositories of {@code platform}; a store outside the repository that no folder stands for is a note to
     * {@code notes}, a Git repository that is this checkout a notice to {@code notices}.
     */
    static ConfigServerRepositories of(ResolvedServices platform, DerivationProject project, Consumer<Problem> notes,
                                       Consumer<Problem> notices) {
        List<Path> repositories = new ArrayList<>();
        for (Service s : platform.services.values()) {
            NativeSearchLocations.of(s, platform.configs.get(s.name()),
                    platform.profiles.getOrDefault(s.name(), project.profiles())).ifPresent(all -> {
                for (String location : all.split(",")) {
                    String l = location.strip();
                    if (l.startsWith("classpath:")) {
                        String path = l.substring("classpath:".length()).replaceAll("^/+", "");
                        repositories.add(DerivationProject.resources(s.module()).resolve(path));
                    }
                }
            });
        }
        CheckoutConfigRepositories checkout = CheckoutConfigRepositories.of(platform, project);
        checkout.notices(project, notices);
        List<String> stores = OutsideConfigStores.of(platform, project);
        if (project.configDirectories().isEmpty() && !stores.isEmpty()) {
            notes.accept(new Problem(null, 0, null, OutsideConfigStores.note(stores)).withRule(DerivationRule.CONFIG_OUTSIDE));
        }
        return new ConfigServerRepositories(List.copyOf(repositories), checkout, project.configDirectories(),
                ConfigSearchPaths.of(platform));
    }

    /** {@code a}'s own configuration, with each repository's files for it over it when it is a config client. */
    ModuleConfiguration overlay(Service a, Derivation d, Consumer<Problem> unread) {
        ModuleConfiguration config = d.platform.configs.get(a.name());
        if ((!repositories.isEmpty() || !checkout.isEmpty() || !outside.isEmpty()) && isConfigClient(a, config, d)) {
            String application = application(a, config);
            List<String> profiles = d.platform.profiles.getOrDefault(a.name(), d.project.profiles());
            for (Path repository : repositories) {
                config = config.overriddenBy(ModuleConfiguration.repository(repository, application, profiles, unread));
            }
            for (ModuleConfiguration served : checkout.repositories(application, profiles, unread)) {
                config = config.overriddenBy(served);
            }
            List<Path> folders = new ArrayList<>();
            outside.forEach(folder -> folders.addAll(searchPaths.within(folder, application)));
            for (Path repository : folders) {
                config = config.overriddenBy(ModuleConfiguration.repository(repository, application, profiles, unread));
            }
        }
        return config;
    }

    /**
     * The {@code {application}} a config client asks its server for, as Spring Cloud Config documents it:
     * {@code spring.cloud.config.name}, else {@code spring.application.name}, else the service's name (a descriptor
     * may name the service otherwise than the application: {@code gatewayserver} for {@code gateway-server}).
     */
    static String application(Service a, ModuleConfiguration config) {
        return config.value("spring.cloud.config.name", "spring.application.name").map(String::strip)
                .filter(v -> !v.isEmpty() && !v.contains("${") && !v.contains(",")).orElse(a.name());
    }

    /** A config client: of a config server ({@link #isConfigClient(Service, ModuleConfiguration, ClientCatalog)}) or of Consul's store. */
    private static boolean isConfigClient(Service a, ModuleConfiguration config, Derivation d) {
        return isConfigClient(a, config, d.catalog()) || OutsideConfigStores.consulConfig(a, config, d.project).isPresent();
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
