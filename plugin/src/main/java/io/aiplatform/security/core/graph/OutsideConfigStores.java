package io.aiplatform.security.core.graph;

import io.aiplatform.security.core.derive.ConfigValue;
import io.aiplatform.security.core.derive.ModuleConfiguration;
import io.aiplatform.security.core.support.Parallel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The configuration stores outside the code repository that the platform's services read: a Spring Cloud
 * Config Server backed by Git ({@code spring.cloud.config.server.git.uri}, also per repository under
 * {@code git.repos}) or by Vault ({@code spring.cloud.config.server.vault.*}),
 * and Consul's key/value store read by Spring Cloud Consul Config. Their folders, checked out, are what
 * the {@code configDirectories} parameter names; when it is empty, one note says so.
 */
final class OutsideConfigStores {

    /** The parameter that names the checked-out folders, as a user passes it. */
    static final String PARAMETER = "-Dai-security.configDirectories=<folder>[,<folder>] (or <configDirectories>"
            + " in the plugin's configuration), relative to the reactor root";

    private static final String CONSUL_CONFIG = "org.springframework.cloud:spring-cloud-starter-consul-config";

    private OutsideConfigStores() {
    }

    /** Each store the platform reads from outside the repository, as "what (file:line key)"; never a URI's value. */
    static List<String> of(ResolvedServices platform, DerivationProject project) {
        // each service's stores only read its configuration: in parallel on a large platform, in the services' order
        return Parallel.stream(List.copyOf(platform.services.values()))
                .flatMap(s -> storesOf(s, platform.localConfiguration(s), platform, project).stream())
                .toList();
    }

    /** The stores outside the repository that service {@code s} reads, by its configuration {@code config}. */
    private static List<String> storesOf(Service s, ModuleConfiguration config, ResolvedServices platform,
                                         DerivationProject project) {
        List<String> stores = new ArrayList<>();
        gitOrVault(config, () -> platform.thisRepository(project.root())).ifPresent(v -> stores.add(s.name() + "'s " + (v.key().contains(".vault.")
                ? "Vault store" : "Git repository") + " ("
                + v.where(project::shown) + ")"));
        consulConfig(s, config, project).ifPresent(w -> stores.add(s.name() + "'s Consul key/value store (" + w + ")"));
        return stores;
    }

    /** The note for a platform that reads {@code stores} while no configuration folder is given. */
    static String note(List<String> stores) {
        return "info: configuration kept outside this repository is not read: " + String.join(", ", stores)
                + "; the connections its settings make are not derived. Check it out and name its folders with "
                + PARAMETER;
    }

    /**
     * The key that backs a config server by Git or Vault, if any; not a Git URI that names the repository the project
     * is checked out from ({@link CheckoutConfigRepositories}: read from the checkout).
     */
    private static Optional<ConfigValue> gitOrVault(ModuleConfiguration config, Supplier<ThisRepository> here) {
        Optional<ConfigValue> git = config.source(CheckoutConfigRepositories.GIT_URI);
        if (git.isPresent() && CheckoutConfigRepositories.served(config, here.get()).isEmpty()) {
            return git;
        }
        Optional<ConfigValue> store = config.all().stream().filter(v -> v.key().startsWith("spring.cloud.config.server.")
                && (v.key().startsWith("spring.cloud.config.server.git.repos.") && v.key().endsWith(".uri")
                || v.key().startsWith("spring.cloud.config.server.vault."))).findFirst();
        return store;
    }

    /** A service that reads Consul's key/value store: it imports {@code consul:} or has Spring Cloud Consul Config. */
    static Optional<String> consulConfig(Service s, ModuleConfiguration config, DerivationProject project) {
        Optional<ConfigValue> imported = config.source("spring.config.import").filter(v -> v.value().contains("consul:"));
        if (imported.isPresent()) {
            return Optional.of(imported.get().where(project::shown));
        }
        return s.module().dependencies().stream().filter(ModuleDependency::onRuntimeClasspath)
                .filter(d -> d.is(CONSUL_CONFIG)).findFirst()
                .map(d -> PomDependencies.where(project, s, d) + " " + d.key());
    }
}
