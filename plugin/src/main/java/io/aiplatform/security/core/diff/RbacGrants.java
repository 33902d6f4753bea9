package io.aiplatform.security.core.diff;

import io.aiplatform.security.core.connectivity.LabelSelectors;
import io.aiplatform.security.core.io.ManifestSerializer;
import io.aiplatform.security.core.validate.Manifest;
import io.fabric8.kubernetes.api.model.LabelSelector;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What each ServiceAccount may do through the Roles, ClusterRoles and their bindings of one set of
 * manifests: every rule expanded to single grants (verb x resource x name). A ClusterRole with an
 * {@code aggregationRule} holds the rules of the ClusterRoles its selectors match, as the controller fills it.
 */
public final class RbacGrants {

    private static final ManifestSerializer SERIALIZER = new ManifestSerializer();

    private RbacGrants() {
    }

    /** {@code namespace/name} of each ServiceAccount bound to a role → its grants, sorted. */
    public static SortedMap<String, SortedSet<Grant>> of(List<Manifest> manifests) {
        Map<String, List<Map<String, Object>>> roles = roleRules(manifests);
        SortedMap<String, SortedSet<Grant>> grants = new TreeMap<>();
        for (Manifest binding : manifests) {
            if (!"RoleBinding".equals(binding.kind()) && !"ClusterRoleBinding".equals(binding.kind())) {
                continue;
            }
            Map<String, Object> ref = map(binding.content().get("roleRef"));
            boolean namespaced = "RoleBinding".equals(binding.kind());
            String scope = namespaced ? "namespace " + ns(binding) : Grant.CLUSTER;
            String roleKey = "Role".equals(ref.get("kind")) ? "Role/" + ns(binding) + "/" + ref.get("name")
                    : "ClusterRole//" + ref.get("name");
            List<Map<String, Object>> rules = roles.getOrDefault(roleKey, List.of());
            for (Object o : list(binding.content().get("subjects"))) {
                Map<String, Object> subject = map(o);
                if (!"ServiceAccount".equals(subject.get("kind"))) {
                    continue;
                }
                String account = (subject.get("namespace") == null ? ns(binding) : String.valueOf(subject.get("namespace")))
                        + "/" + subject.get("name");
                SortedSet<Grant> of = grants.computeIfAbsent(account, k -> new TreeSet<>());
                rules.forEach(rule -> expand(account, scope, rule, of));
            }
        }
        return grants;
    }

    /** {@code Role/ns/name} or {@code ClusterRole//name} → its rules, aggregated ClusterRoles filled. */
    private static Map<String, List<Map<String, Object>>> roleRules(List<Manifest> manifests) {
        Map<String, List<Map<String, Object>>> rules = new HashMap<>();
        List<Manifest> clusterRoles = new ArrayList<>();
        for (Manifest m : manifests) {
            if ("Role".equals(m.kind()) || "ClusterRole".equals(m.kind())) {
                String key = "Role".equals(m.kind()) ? "Role/" + ns(m) + "/" + m.name() : "ClusterRole//" + m.name();
                List<Map<String, Object>> own = rules.computeIfAbsent(key, k -> new ArrayList<>());
                list(m.content().get("rules")).forEach(r -> own.add(map(r)));
                if ("ClusterRole".equals(m.kind())) {
                    clusterRoles.add(m);
                }
            }
        }
        for (Manifest aggregate : clusterRoles) {
            for (Object s : list(map(aggregate.content().get("aggregationRule")).get("clusterRoleSelectors"))) {
                LabelSelector selector = SERIALIZER.convert(s, LabelSelector.class);
                for (Manifest member : clusterRoles) {
                    if (member != aggregate && LabelSelectors.matches(selector, labels(member))) {
                        List<Map<String, Object>> target = rules.get("ClusterRole//" + aggregate.name());
                        list(member.content().get("rules")).forEach(r -> target.add(map(r)));
                    }
                }
            }
        }
        return rules;
    }

    private static void expand(String account, String scope, Map<String, Object> rule, SortedSet<Grant> out) {
        List<String> names = strings(rule.get("resourceNames"));
        List<String> eachName = names.isEmpty() ? List.of("") : names;
        for (String verb : strings(rule.get("verbs"))) {
            for (String url : strings(rule.get("nonResourceURLs"))) {
                out.add(new Grant(account, verb, "", "nonResourceURL " + url, "", Grant.CLUSTER));
            }
            for (String group : strings(rule.get("apiGroups"))) {
                for (String resource : strings(rule.get("resources"))) {
                    eachName.forEach(name -> out.add(new Grant(account, verb, group, resource, name, scope)));
                }
            }
        }
    }

    private static Map<String, String> labels(Manifest m) {
        Map<String, String> labels = new TreeMap<>();
        map(m.metadata().get("labels")).forEach((k, v) -> labels.put(k, String.valueOf(v)));
        return labels;
    }

    private static String ns(Manifest m) {
        return m.namespace() == null ? "default" : m.namespace();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object o) {
        return o instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    static List<Object> list(Object o) {
        return o instanceof List<?> l ? new ArrayList<>(l) : List.of();
    }

    static List<String> strings(Object o) {
        List<String> out = new ArrayList<>();
        list(o).forEach(x -> out.add(String.valueOf(x)));
        return out;
    }
}
