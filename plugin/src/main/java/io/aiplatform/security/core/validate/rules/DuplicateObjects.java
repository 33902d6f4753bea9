package io.aiplatform.security.core.validate.rules;

import io.aiplatform.security.core.validate.Manifest;
import io.aiplatform.security.core.validate.ValidationContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The same object (API group, kind, namespace, name) defined twice in the input: {@code kubectl apply} keeps whichever
 * comes last, silently. Each later definition is a hit naming the first one's file and line.
 */
final class DuplicateObjects {

    private DuplicateObjects() {
    }

    static List<Hit> check(ValidationContext c) {
        Map<String, Manifest> first = new HashMap<>();
        List<Hit> hits = new ArrayList<>();
        for (Manifest m : c.manifests()) {
            if (m.kind() == null || m.name() == null || m.apiVersion() == null) {
                continue;
            }
            Manifest earlier = first.putIfAbsent(identity(m), m);
            if (earlier != null && !(earlier.file().equals(m.file()) && earlier.line() == m.line())) {
                hits.add(Hit.on(m, "is defined again here; the first definition is at " + earlier.file() + ":"
                        + earlier.line() + ", and kubectl apply keeps whichever comes last"));
            }
        }
        return hits;
    }

    private static String identity(Manifest m) {
        String apiVersion = m.apiVersion();
        String group = apiVersion.contains("/") ? apiVersion.substring(0, apiVersion.indexOf('/')) : "";
        String namespace = m.namespace() == null ? "" : m.namespace();
        return group + "\u0000" + m.kind() + "\u0000" + namespace + "\u0000" + m.name();
    }
}
