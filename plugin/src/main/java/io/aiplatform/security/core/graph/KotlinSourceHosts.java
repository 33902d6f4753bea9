package io.aiplatform.security.core.graph;

import io.aiplatform.security.core.derive.HostReference;
import io.aiplatform.security.core.derive.KotlinSourceReferences;
import io.aiplatform.security.core.derive.ModuleConfiguration;
import io.aiplatform.security.core.support.Problem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Edges from a service's Kotlin sources ({@code src/main/kotlin}): string literals {@code http://<service>…} (and
 * {@code https}, {@code lb}, {@code grpc}) that name a service of the platform, and the services of
 * {@code @FeignClient(name|value|url)}, as {@link JavaSourceHosts} takes them from Java sources
 * ({@link KotlinSourceReferences}). The sources are read with the service's configuration
 * ({@link Derivation#reading}), whose placeholders a Feign client's members name.
 */
final class KotlinSourceHosts extends NamedSource {

    KotlinSourceHosts() {
        super("kotlin sources", KotlinSourceHosts::sourceInputs, ConfiguredHosts::configurationInputs);
    }

    /** The Kotlin sources folder of a module ({@code src/main/kotlin}); null for a service of the platform file. */
    static Path kotlinSources(Module m) {
        return m.directory() == null ? null : m.directory().resolve("src/main/kotlin");
    }

    /** Every service module's Kotlin sources. */
    static void sourceInputs(DerivationProject project, DeclaredInputs inputs) {
        for (Module m : project.serviceModules()) {
            inputs.file("kotlin sources", kotlinSources(m));
        }
    }

    /** What {@code a}'s Kotlin files name and read, Feign placeholders resolved from {@code config}; files not read go to {@code unread}. */
    static KotlinSourceReferences.Found read(Service a, ModuleConfiguration config, DerivationProject project,
                                             Consumer<Problem> unread) {
        if (a.module().directory() == null) {
            return KotlinSourceReferences.Found.NONE;
        }
        return KotlinSourceReferences.read(kotlinSources(a.module()), config.properties(), project::shown, unread);
    }

    @Override
    public void derive(Service a, Derivation d) {
        KotlinSourceReferences.Found code = d.reading(a).kotlin();
        HostReferenceEdges edges = d.hostReferences(a);
        List<HostReference> references = new ArrayList<>(code.declared());
        code.literals().stream().filter(r -> edges.isPlatformService(r.host())).forEach(references::add);
        edges.add(references);
    }
}
