package io.aiplatform.security.core.graph;

import io.aiplatform.security.core.derive.HostReference;
import io.aiplatform.security.core.derive.KotlinSourceReferences;
import io.aiplatform.security.core.support.Problem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Edges from a service's Kotlin sources ({@code src/main/kotlin}): string literals {@code http://<service>…} (and
 * {@code https}, {@code lb}, {@code grpc}) that name a service of the platform, as {@link JavaSourceHosts} takes them
 * from Java sources ({@link KotlinSourceReferences}).
 */
final class KotlinSourceHosts extends NamedSource {

    KotlinSourceHosts() {
        super("kotlin sources", KotlinSourceHosts::sourceInputs);
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

    /** What {@code a}'s Kotlin files name, and the files not read. */
    record Found(List<HostReference> references, List<Problem> unread) {
    }

    @Override
    public Object prepare(Service a, Derivation d) {
        List<Problem> unread = new ArrayList<>();
        List<HostReference> references = a.module().directory() == null ? List.of()
                : KotlinSourceReferences.of(kotlinSources(a.module()), d::shown, unread::add);
        return new Found(references, unread);
    }

    @Override
    public void derive(Service a, Derivation d) {
        Found found = d.prepared(this, a);
        d.findings.unread.addAll(found.unread());
        HostReferenceEdges edges = d.hostReferences(a);
        edges.add(found.references().stream().filter(r -> edges.isPlatformService(r.host())).toList());
    }
}
