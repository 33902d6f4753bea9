package io.aiplatform.security.core.graph;

import io.aiplatform.security.core.derive.HostReference;
import io.aiplatform.security.core.derive.JavaSourceReferences;
import io.aiplatform.security.core.derive.ModuleConfiguration;
import io.aiplatform.security.core.support.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Edges from a service's Java sources ({@code src/main/java}): the URLs of declarative clients
 * ({@code @FeignClient(url = ...)}, {@code @RegisterRestClient}, {@code @Client}), with their placeholders
 * resolved from the configuration, and string literals that name a service of the platform.
 */
final class JavaSourceHosts extends NamedSource {

    JavaSourceHosts() {
        super("java sources", JavaSourceHosts::sourceInputs, ConfiguredHosts::configurationInputs);
    }

    /**
     * Every service module's Java sources (their placeholders are resolved from the configuration, declared too), and
     * every library module's, whose read keys count for the services that run with it.
     */
    static void sourceInputs(DerivationProject project, DeclaredInputs inputs) {
        for (Module m : project.serviceModules()) {
            inputs.file("java sources", DerivationProject.javaSources(m));
        }
        // the keys a library module's sources read count for the services that run with it (LibraryModuleSources)
        LibraryModuleSources.libraries(project).forEach(m -> inputs.file("library java sources",
                DerivationProject.javaSources(m)));
    }

    /** What {@code a}'s sources name, their placeholders resolved from {@code config}; files not read go to {@code unread}. */
    static JavaSourceReferences.Result read(Service a, ModuleConfiguration config, DerivationProject project,
                                            Consumer<Problem> unread) {
        if (a.module().directory() == null) {
            return JavaSourceReferences.Result.NONE;
        }
        return JavaSourceReferences.of(DerivationProject.javaSources(a.module()), config.properties(), project::shown,
                unread);
    }

    @Override
    public void derive(Service a, Derivation d) {
        if (a.module().directory() == null) {
            return;
        }
        JavaSourceReferences.Result code = d.reading(a).java();
        HostReferenceEdges edges = d.hostReferences(a);
        List<HostReference> references = new ArrayList<>(code.declared());
        code.literals().stream().filter(r -> edges.isPlatformService(r.host())).forEach(references::add);
        edges.add(references);
    }
}
