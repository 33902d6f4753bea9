package io.aiplatform.security.core.validate.rules;

import static io.aiplatform.security.core.validate.rules.Maps.list;
import static io.aiplatform.security.core.validate.rules.Maps.map;
import static io.aiplatform.security.core.validate.rules.Maps.strings;

import io.aiplatform.security.core.convention.ServiceAccounts;
import io.aiplatform.security.core.graph.Service;
import io.aiplatform.security.core.validate.Manifest;
import io.aiplatform.security.core.validate.ValidationContext;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The logic of the RBAC rules. */
final class RbacChecks {

    private static final String AGGREGATE_TO = "rbac.authorization.k8s.io/aggregate-to-";

    private RbacChecks() {
    }

    /** Calls {@code f} for every rule of every Role and ClusterRole, with its index. */
    private static List<Hit> forEachRule(ValidationContext c, RuleCheck f) {
        List<Hit> hits = new ArrayList<>();
        for (Manifest m : c.ofKind("Role", "ClusterRole")) {
            List<Object> rules = list(m.content().get("rules"));
            for (int i = 0; i < rules.size(); i++) {
                String msg = f.check(map(rules.get(i)));
                if (msg != null) {
                    hits.add(Hit.on(m, "rules[" + i + "] " + msg));
                }
            }
        }
        return hits;
    }

    @FunctionalInterface
    private interface RuleCheck {
        String check(Map<String, Object> rule);
    }

    static List<Hit> wildcard(ValidationContext c) {
        return forEachRule(c, r -> {
            for (String field : List.of("apiGroups", "resources", "verbs", "resourceNames")) {
                if (strings(r.get(field)).stream().anyMatch(s -> s.contains("*"))) {
                    return "has a wildcard in " + field + ": " + strings(r.get(field));
                }
            }
            return null;
        });
    }

    private static boolean coversSecrets(Map<String, Object> r) {
        List<String> groups = strings(r.get("apiGroups"));
        return (groups.contains("") || groups.contains("*")) && (strings(r.get("resources")).contains("secrets")
                || strings(r.get("resources")).contains("*"));
    }

    static List<Hit> secretsList(ValidationContext c) {
        return forEachRule(c, r -> {
            List<String> verbs = strings(r.get("verbs"));
            if (coversSecrets(r) && (verbs.contains("list") || verbs.contains("watch") || verbs.contains("*"))) {
                return "may list or watch Secrets, which reads every Secret of its scope";
            }
            return null;
        });
    }

    static List<Hit> secretsUnnamedGet(ValidationContext c) {
        return forEachRule(c, r -> {
            List<String> verbs = strings(r.get("verbs"));
            if (coversSecrets(r) && (verbs.contains("get") || verbs.contains("*")) && strings(r.get("resourceNames")).isEmpty()) {
                return "may get every Secret: no resourceNames";
            }
            return null;
        });
    }

    static List<Hit> escalation(ValidationContext c) {
        return forEachRule(c, r -> {
            List<String> verbs = strings(r.get("verbs")).stream()
                    .filter(v -> Set.of("escalate", "bind", "impersonate").contains(v)).toList();
            return verbs.isEmpty() ? null : "grants " + verbs;
        });
    }

    static List<Hit> podExec(ValidationContext c) {
        return forEachRule(c, r -> {
            List<String> resources = strings(r.get("resources"));
            List<String> verbs = strings(r.get("verbs"));
            if (!verbs.contains("create")) {
                return null;
            }
            List<String> hit = resources.stream()
                    .filter(x -> Set.of("pods/exec", "pods/attach", "pods/portforward").contains(x)).toList();
            return hit.isEmpty() ? null : "may create " + hit;
        });
    }

    static List<Hit> clusterAdmin(ValidationContext c) {
        List<Hit> hits = new ArrayList<>();
        for (Manifest m : c.ofKind("RoleBinding", "ClusterRoleBinding")) {
            if ("cluster-admin".equals(map(m.content().get("roleRef")).get("name"))) {
                hits.add(Hit.on(m, "binds cluster-admin"));
            }
        }
        return hits;
    }

    static List<Hit> clusterRoleForServiceAccount(ValidationContext c) {
        List<Hit> hits = new ArrayList<>();
        for (Manifest m : c.ofKind("RoleBinding", "ClusterRoleBinding")) {
            Map<String, Object> ref = map(m.content().get("roleRef"));
            if (!"ClusterRole".equals(ref.get("kind")) || "cluster-admin".equals(ref.get("name"))) {
                continue;
            }
            for (Object s : list(m.content().get("subjects"))) {
                if ("ServiceAccount".equals(map(s).get("kind"))) {
                    Object ns = map(s).get("namespace");
                    String account = ns != null ? ns + "/" + map(s).get("name")
                            : "RoleBinding".equals(m.kind()) ? ns(m) + "/" + map(s).get("name") // the binding's namespace
                            : map(s).get("name") + " (without the namespace a ClusterRoleBinding subject needs)";
                    hits.add(Hit.on(m, "binds ClusterRole " + ref.get("name") + " to ServiceAccount " + account));
                }
            }
        }
        return hits;
    }

    private static String ns(Manifest m) {
        return m.namespace() == null ? "default" : m.namespace();
    }

    /** How a binding's roleRef names a role: a ClusterRole by name, a Role by namespace and name. */
    private static String roleKey(String kind, String namespace, String name) {
        return "ClusterRole".equals(kind) ? "ClusterRole/" + name : kind + "/" + namespace + "/" + name;
    }

    static List<Hit> danglingBinding(ValidationContext c) {
        Set<String> roles = new HashSet<>();
        c.ofKind("Role", "ClusterRole").forEach(r -> roles.add(roleKey(r.kind(), ns(r), r.name())));
        Set<String> accounts = new HashSet<>();
        c.ofKind("ServiceAccount").forEach(sa -> accounts.add(ns(sa) + "/" + sa.name()));
        List<Hit> hits = new ArrayList<>();
        for (Manifest m : c.ofKind("RoleBinding", "ClusterRoleBinding")) {
            String ns = ns(m);
            Map<String, Object> ref = map(m.content().get("roleRef"));
            String kind = String.valueOf(ref.get("kind"));
            String name = String.valueOf(ref.get("name"));
            boolean found = roles.contains(roleKey(kind, ns, name));
            if (!found && !BootstrapRoles.has(kind, ns, name)) {
                hits.add(Hit.on(m, "refers to " + kind + " " + name + ", which is not among the manifests"));
            }
            for (Object s : list(m.content().get("subjects"))) {
                Map<String, Object> subject = map(s);
                if (!"ServiceAccount".equals(subject.get("kind"))) {
                    continue;
                }
                String sns = subject.get("namespace") == null ? ns : String.valueOf(subject.get("namespace"));
                String sname = String.valueOf(subject.get("name"));
                boolean exists = accounts.contains(sns + "/" + sname);
                if (!exists && !"default".equals(sname)) {
                    hits.add(Hit.on(m, "binds ServiceAccount " + sns + "/" + sname + ", which is not among the manifests"));
                }
            }
        }
        return hits;
    }

    static List<Hit> unboundRole(ValidationContext c) {
        Set<String> bound = new HashSet<>();
        for (Manifest b : c.ofKind("RoleBinding", "ClusterRoleBinding")) {
            Map<String, Object> ref = map(b.content().get("roleRef"));
            bound.add(roleKey(String.valueOf(ref.get("kind")), ns(b), String.valueOf(ref.get("name"))));
        }
        List<Hit> hits = new ArrayList<>();
        for (Manifest role : c.ofKind("Role", "ClusterRole")) {
            boolean isBound = bound.contains(roleKey(role.kind(), ns(role), role.name()));
            if (!isBound && !isAggregated(role)) {
                hits.add(Hit.on(role, "is bound by no RoleBinding or ClusterRoleBinding"));
            }
        }
        return hits;
    }

    /**
     * Whether a ClusterRole aggregates others ({@code aggregationRule}) or is aggregated into them (a label
     * {@code rbac.authorization.k8s.io/aggregate-to-*}): such roles are never bound by design.
     */
    private static boolean isAggregated(Manifest role) {
        if (!"ClusterRole".equals(role.kind())) {
            return false;
        }
        return role.content().get("aggregationRule") != null
                || map(role.metadata().get("labels")).keySet().stream().anyMatch(k -> k.startsWith(AGGREGATE_TO));
    }

    static List<Hit> unneededToken(ValidationContext c) {
        Set<String> boundAccounts = new HashSet<>();
        for (Manifest b : c.ofKind("RoleBinding", "ClusterRoleBinding")) {
            for (Object s : list(b.content().get("subjects"))) {
                Map<String, Object> subject = map(s);
                if ("ServiceAccount".equals(subject.get("kind"))) {
                    boundAccounts.add((subject.get("namespace") == null ? ns(b) : String.valueOf(subject.get("namespace")))
                            + "/" + subject.get("name"));
                }
            }
        }
        List<Hit> hits = new ArrayList<>();
        for (Manifest sa : c.ofKind("ServiceAccount")) {
            Object automount = sa.content().get("automountServiceAccountToken");
            if (Boolean.FALSE.equals(automount)) {
                continue;
            }
            boolean bound = boundAccounts.contains(ns(sa) + "/" + sa.name());
            Service service = serviceOf(c, sa);
            if (service != null && !service.role().mountsTokenByDefault()
                    && service.descriptor().automountServiceAccountToken() == null) {
                hits.add(Hit.on(sa, "mounts its token although service " + service.name() + " has role "
                        + service.role().id() + ", which runs without one"));
            } else if (!bound && service == null) {
                hits.add(Hit.on(sa, "mounts its token" + (automount == null ? " (by default)" : "")
                        + " but is bound to no Role: the token grants nothing it needs"));
            }
        }
        return hits;
    }

    private static Service serviceOf(ValidationContext c, Manifest sa) {
        if (c.graph() == null) {
            return null;
        }
        return ServiceAccounts.serviceOf(sa.name()).flatMap(c.graph()::service).orElse(null);
    }
}
