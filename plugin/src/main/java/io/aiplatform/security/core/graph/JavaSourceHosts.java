package io.aiplatform.security.core.graph;

import io.aiplatform.security.core.derive.HostReference;
import io.aiplatform.security.core.derive.JavaSourceReferences;
import java.util.ArrayList;
import java.util.List;

/**
 * Edges from a service's Java sources ({@code src/main/java}): the URLs of declarative clients
 * ({@code @FeignClient(url = ...)}, {@code @RegisterRestClient}, {@code @Client}), with their placeholders
 * resolved from the configuration, and string literals that name a service of the platform.
 */
final class JavaSourceHosts implements DerivationSource {

    @Override
    public String name() {
        return "java sources";
    }

    @Override
    public void inputs(DerivationProject project, DeclaredInputs inputs) {
        for (Module m : project.serviceModules()) {
            inputs.file("java sources", DerivationProject.javaSources(m));
        }
        ConfiguredHosts.configurationInputs(project, inputs); // placeholders are resolved from the configuration
    }

    @Override
    public void derive(Service a, Derivation d) {
        if (a.module().directory() == null) {
            return;
        }
        JavaSourceReferences.Result code = JavaSourceReferences.of(DerivationProject.javaSources(a.module()),
                d.configuration(a).properties(), d.project::shown, d.findings.unread::add);
        HostReferenceEdges edges = d.hostReferences(a);
        List<HostReference> references = new ArrayList<>(code.declared());
        code.literals().stream().filter(r -> edges.isPlatformService(r.host())).forEach(references::add);
        edges.add(references);
    }
}
