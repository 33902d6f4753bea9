package io.aiplatform.security.core.validate.rules;

import static io.aiplatform.security.core.validate.rules.Maps.map;

import io.aiplatform.security.core.validate.Manifest;
import io.aiplatform.security.core.validate.ValidationContext;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@code null} element in a list of a Role's or ClusterRole's rule ({@code resources: [pods, ~]}): the API server
 * reads it as {@code ""}, which in {@code apiGroups} is the core group and elsewhere matches nothing the author meant.
 * The other rules leave such elements out, so without this check the role would be judged on less than it grants.
 */
final class RbacNullElements {

    private static final List<String> LISTS = List.of("apiGroups", "resources", "verbs", "resourceNames", "nonResourceURLs");

    private RbacNullElements() {
    }

    static List<Hit> check(ValidationContext c) {
        List<Hit> hits = new ArrayList<>();
        for (Manifest m : c.ofKind("Role", "ClusterRole")) {
            if (!(m.content().get("rules") instanceof List<?> rules)) {
                continue;
            }
            for (int r = 0; r < rules.size(); r++) {
                for (String field : LISTS) {
                    if (map(rules.get(r)).get(field) instanceof List<?> values) {
                        for (int i = 0; i < values.size(); i++) {
                            if (values.get(i) == null) {
                                hits.add(Hit.on(m, "rules[" + r + "]." + field + "[" + i + "] is null, which the API server"
                                        + " reads as \"\"" + ("apiGroups".equals(field) ? " (the core API group)" : "")));
                            }
                        }
                    }
                }
            }
        }
        return hits;
    }
}
