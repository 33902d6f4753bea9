package io.aiplatform.security.core.graph;

import io.aiplatform.security.core.catalog.ClientCatalog;
import io.aiplatform.security.core.support.InvalidInputException;
import java.nio.file.Path;
import java.util.List;

/**
 * Derives the {@link ServiceGraph} from the reactor's modules.
 *
 * <ol>
 *   <li>A compile/runtime dependency that a service's own POM declares on another service module is
 *       an edge on that module's ports.</li>
 *   <li>A client library reached directly or through plain library modules of the reactor (never
 *       through another service module) is an edge to the service that provides its product.</li>
 *   <li>Test, provided and system scope never count. A client whose product nobody provides is a
 *       warning (or, in a single-service repository, egress to that product).</li>
 *   <li>Descriptor {@code calls} and {@code ingress.from} add edges.</li>
 * </ol>
 * Each source of edges is a {@link DerivationSource}; this is the entry point that runs them.
 */
public final class ServiceGraphBuilder {

    public static final String NAME_LABEL = "app.kubernetes.io/name";

    private final ClientCatalog catalog;
    private final Path root;
    private List<String> profiles = List.of();
    private String namespace;

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

    /** The graph of {@code modules}, derived by {@link DerivationSources}. */
    public ServiceGraph build(List<Module> modules) throws InvalidInputException {
        return DerivationSources.derive(new DerivationProject(root, modules, profiles, namespace), catalog);
    }
}
