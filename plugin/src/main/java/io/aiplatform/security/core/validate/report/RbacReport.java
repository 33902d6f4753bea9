package io.aiplatform.security.core.validate.report;

import io.aiplatform.security.core.validate.Manifest;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/** rbac.md: for every ServiceAccount, what it may do (verb x resource x names) and which rule grants it. */
final class RbacReport {

    private RbacReport() {
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        return o instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    private static List<String> strings(Object o) {
        List<String> l = new ArrayList<>();
        if (o instanceof List<?> list) {
            list.forEach(x -> l.add(String.valueOf(x)));
        }
        return l;
    }

    static String markdown(List<Manifest> manifests) {
        return Reports.text(out -> markdown(manifests, out));
    }

    /** Written per ServiceAccount as it is produced (the indexes are built first). */
    static void markdown(List<Manifest> manifests, PrintWriter sb) {
        sb.append("# RBAC\n\nWhat each ServiceAccount may do, as `kubectl auth can-i --list"
                + " --as=system:serviceaccount:<ns>:<name>` would show it (beyond what every authenticated user may do),"
                + " grouped by the Role and binding that grant it, with the rule of each line.\n");
        TreeMap<String, Manifest> accounts = new TreeMap<>();
        manifests.stream().filter(m -> "ServiceAccount".equals(m.kind()))
                .forEach(m -> accounts.put(ns(m) + "/" + m.name(), m));
        // indexes, so that the report grows with the objects, not with accounts x bindings x roles
        Map<String, List<Manifest>> bindingsOf = new HashMap<>();
        Map<String, List<Manifest>> roles = new HashMap<>();
        for (Manifest m : manifests) {
            if ("RoleBinding".equals(m.kind()) || "ClusterRoleBinding".equals(m.kind())) {
                Object subjects = m.content().get("subjects");
                for (Object o : subjects instanceof List<?> l ? l : List.of()) {
                    Map<String, Object> subject = map(o);
                    if ("ServiceAccount".equals(subject.get("kind"))) {
                        String ns = subject.get("namespace") == null ? ns(m) : String.valueOf(subject.get("namespace"));
                        List<Manifest> list = bindingsOf.computeIfAbsent(ns + "/" + subject.get("name"), k -> new ArrayList<>());
                        if (!list.contains(m)) {
                            list.add(m);
                        }
                    }
                }
            } else if ("Role".equals(m.kind()) || "ClusterRole".equals(m.kind())) {
                roles.computeIfAbsent(m.kind() + "/" + ("Role".equals(m.kind()) ? ns(m) : "") + "/" + m.name(),
                        k -> new ArrayList<>()).add(m);
            }
        }
        for (Map.Entry<String, Manifest> e : accounts.entrySet()) {
            Manifest sa = e.getValue();
            sb.append("\n## ").append(e.getKey()).append("\n\n");
            Object automount = sa.content().get("automountServiceAccountToken");
            sb.append("Token mounted: ").append(automount == null ? "yes (default)" : Boolean.TRUE.equals(automount) ? "yes" : "no")
                    .append("\n\n");
            Map<String, TreeSet<String>> byGrant = new TreeMap<>(); // "Role x (namespace n), bound by RoleBinding y" -> rows
            for (Manifest b : bindingsOf.getOrDefault(e.getKey(), List.of())) {
                Map<String, Object> ref = map(b.content().get("roleRef"));
                String scope = "RoleBinding".equals(b.kind()) ? "namespace " + ns(b) : "the whole cluster";
                String roleKey = ref.get("kind") + "/" + ("Role".equals(ref.get("kind")) ? ns(b) : "") + "/" + ref.get("name");
                for (Manifest role : roles.getOrDefault(roleKey, List.of())) {
                    TreeSet<String> rows = byGrant.computeIfAbsent(role.kind() + " " + role.name() + " (" + scope
                            + "), bound by " + b.kind() + " " + b.name(), k -> new TreeSet<>());
                    List<?> rules = role.content().get("rules") instanceof List<?> l ? l : List.of();
                    for (int i = 0; i < rules.size(); i++) {
                        Map<String, Object> rule = map(rules.get(i));
                        List<String> names = strings(rule.get("resourceNames"));
                        for (String group : strings(rule.get("apiGroups"))) {
                            for (String resource : strings(rule.get("resources"))) {
                                String res = group.isEmpty() ? resource : resource + "." + group;
                                rows.add("| " + res + " | " + (names.isEmpty() ? "(all)" : String.join(", ", names))
                                        + " | " + String.join(", ", strings(rule.get("verbs"))) + " | rules[" + i + "] |");
                            }
                        }
                    }
                }
            }
            if (byGrant.isEmpty()) {
                sb.append("No permissions.\n");
            }
            byGrant.forEach((grant, rows) -> {
                sb.append(grant).append(":\n\n| resource | names | verbs | rule |\n|---|---|---|---|\n");
                rows.forEach(row -> sb.append(row).append('\n'));
                sb.append('\n');
            });
        }
    }

    private static String ns(Manifest m) {
        return m.namespace() == null ? "default" : m.namespace();
    }
}
