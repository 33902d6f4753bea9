package io.aiplatform.security.core.graph;

import io.aiplatform.security.core.support.Names;
import java.util.List;
import java.util.Map;

/** Hints for a name that is no service or no module: the one most likely meant. */
final class ServiceNames {

    private ServiceNames() {
    }

    /** "; 'x' is the artifactId of module ... - did you mean service 'y'?", a close name, or the known services. */
    static String suggest(String wanted, Map<String, Service> services) {
        for (Service s : services.values()) {
            if (s.module().artifactId().equals(wanted) && !s.name().equals(wanted)) {
                return "; '" + wanted + "' is the artifactId of module " + s.module().key()
                        + " - did you mean service '" + s.name() + "'?";
            }
        }
        String hint = Names.didYouMean(wanted, services.keySet());
        return hint.isEmpty() ? "; known services: " + String.join(", ", services.keySet()) : hint;
    }

    /** " (did you mean 'x'?)" for the module a renamed or mistyped artifactId most likely means, or "". */
    static String likelyModule(String artifactId, List<String> modules) {
        String close = Names.didYouMean(artifactId, modules);
        if (!close.isEmpty()) {
            return close;
        }
        return modules.stream().filter(m -> m.contains(artifactId) || artifactId.contains(m)).sorted().findFirst()
                .map(m -> " (did you mean '" + m + "'?)").orElse("");
    }
}
