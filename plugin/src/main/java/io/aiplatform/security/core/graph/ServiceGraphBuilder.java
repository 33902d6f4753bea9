package io.aiplatform.security.core.graph;

import io.aiplatform.security.core.catalog.ClientCatalog;
import io.aiplatform.security.core.support.InvalidInputException;
import java.nio.file.Path;
import java.util.List;

/**
 * Derives the {@link ServiceGraph} from the reactor's modules: the entry point of the derivation.
 * {@link ServiceResolution} names the services, each {@link DerivationSource} of
 * {@link DerivationSources} adds the edges it finds with their evidence (POM dependencies and the
 * catalog, configuration, Java sources, registry servers, the descriptors' {@code calls},
 * {@code scrapes} and {@code ingress.from}), and {@link GraphAssembly} checks and builds the graph.
 */
public final class ServiceGraphBuilder {

    private final ClientCatalog catalog;
    private final Path root;
    private List<String> profiles = List.of();
    private String namespace;
    private List<Path> configDirectories = List.of();
    private List<Path> helmValues = List.of();
    private List<io.aiplatform.security.core.support.ArtifactFile> intents = List.of();

    /**
     * @param catalog the built-in client catalog
     * @param root    folder that file names in messages are shown relative to (the reactor root)
     */
    public ServiceGraphBuilder(ClientCatalog catalog, Path root) {
        this.catalog = catalog;
        this.root = root.toAbsolutePath().normalize();
    }

    /**
     * Reads the services' configuration for these Spring, Quarkus or Micronaut profiles (none: the
     * default profile only) and takes {@code <service>.<namespace>} hosts as the service.
     */
    public ServiceGraphBuilder configuration(List<String> profiles, String namespace) {
        this.profiles = List.copyOf(profiles);
        this.namespace = namespace;
        return this;
    }

    /**
     * Reads these folders of a configuration repository kept outside the code repository (relative to the
     * root) like a native config server's search locations, for every service that is a config client.
     */
    public ServiceGraphBuilder configDirectories(List<Path> folders) {
        this.configDirectories = List.copyOf(folders);
        return this;
    }

    /** Renders the repository's Helm charts with these values files after their own (none: default values only). */
    public ServiceGraphBuilder helmValues(List<Path> files) {
        this.helmValues = List.copyOf(files);
        return this;
    }

    /** Assembles the services these intents files of service repositories publish, with the modules' own. */
    public ServiceGraphBuilder intents(List<io.aiplatform.security.core.support.ArtifactFile> files) {
        this.intents = List.copyOf(files);
        return this;
    }

    /** The graph of {@code modules}, derived by {@link DerivationSources}. */
    public ServiceGraph build(List<Module> modules) throws InvalidInputException {
        return DerivationSources.derive(new DerivationProject(root, modules, profiles, namespace, configDirectories,
                helmValues, intents),
                catalog);
    }
}
