package io.aiplatform.security.core.validate.rules;

import static io.aiplatform.security.core.validate.rules.Maps.list;
import static io.aiplatform.security.core.validate.rules.Maps.map;
import static io.aiplatform.security.core.validate.rules.Maps.strings;

import io.aiplatform.security.core.validate.Manifest;
import io.aiplatform.security.core.validate.ValidationContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The RBAC permissions that let a subject gain more than they name (Kubernetes "RBAC good
 * practices", privilege escalation risks): each check is a set of API groups, resources and verbs;
 * a Role or ClusterRole rule that names one of those resources (wildcard resources are
 * {@code RBAC-WILDCARD}'s) with one of those verbs, or {@code *}, is a hit.
 */
final class EscalationChecks {

    /** What one rule id looks for: the resources of one API group and the verbs that are dangerous on them. */
    record Grant(String apiGroup, Set<String> resources, Set<String> verbs, String why) {
    }

    static final Grant SERVICE_ACCOUNT_TOKEN = new Grant("", Set.of("serviceaccounts/token"), Set.of("create"),
            "mints tokens for every ServiceAccount of its scope");
    static final Grant EPHEMERAL_CONTAINERS = new Grant("", Set.of("pods/ephemeralcontainers"),
            Set.of("update", "patch"), "adds a container with any image to a running pod, as its ServiceAccount");
    static final Grant NODE_PROXY = new Grant("", Set.of("nodes/proxy"), Set.of("get", "create", "update", "patch"),
            "reaches the kubelet API, which runs commands in every pod of a node");
    static final Grant WEBHOOKS = new Grant("admissionregistration.k8s.io",
            Set.of("mutatingwebhookconfigurations", "validatingwebhookconfigurations"),
            Set.of("create", "update", "patch"), "sees or rewrites every object sent to the API server");
    static final Grant CSR_APPROVAL = new Grant("certificates.k8s.io",
            Set.of("certificatesigningrequests/approval", "signers"), Set.of("update", "patch", "approve"),
            "approves client certificates, for any user or group");
    static final Grant WORKLOADS_CORE = new Grant("", Set.of("pods", "replicationcontrollers"), Set.of("create"),
            "runs pods as any ServiceAccount of the namespace, reading its Secrets and tokens");
    static final Grant WORKLOADS_APPS = new Grant("apps", Set.of("deployments", "daemonsets", "statefulsets",
            "replicasets"), Set.of("create"), WORKLOADS_CORE.why());
    static final Grant WORKLOADS_BATCH = new Grant("batch", Set.of("jobs", "cronjobs"), Set.of("create"),
            WORKLOADS_CORE.why());
    static final Grant RBAC_WRITE = new Grant("rbac.authorization.k8s.io",
            Set.of("roles", "rolebindings", "clusterroles", "clusterrolebindings"), Set.of("create", "update", "patch"),
            "writes Roles and bindings: with bind or escalate, or on objects others rely on, it raises privileges");

    private EscalationChecks() {
    }

    static List<Hit> serviceAccountToken(ValidationContext c) {
        return hits(c, SERVICE_ACCOUNT_TOKEN);
    }

    static List<Hit> ephemeralContainers(ValidationContext c) {
        return hits(c, EPHEMERAL_CONTAINERS);
    }

    static List<Hit> nodeProxy(ValidationContext c) {
        return hits(c, NODE_PROXY);
    }

    static List<Hit> webhooks(ValidationContext c) {
        return hits(c, WEBHOOKS);
    }

    static List<Hit> csrApproval(ValidationContext c) {
        return hits(c, CSR_APPROVAL);
    }

    static List<Hit> workloadCreate(ValidationContext c) {
        return hits(c, WORKLOADS_CORE, WORKLOADS_APPS, WORKLOADS_BATCH);
    }

    static List<Hit> rbacWrite(ValidationContext c) {
        return hits(c, RBAC_WRITE);
    }

    private static List<Hit> hits(ValidationContext c, Grant... grants) {
        List<Hit> hits = new ArrayList<>();
        for (Manifest m : c.ofKind("Role", "ClusterRole")) {
            List<Object> rules = list(m.content().get("rules"));
            for (int i = 0; i < rules.size(); i++) {
                var rule = map(rules.get(i));
                List<String> groups = strings(rule.get("apiGroups"));
                List<String> resources = strings(rule.get("resources"));
                List<String> verbs = strings(rule.get("verbs"));
                for (Grant g : grants) {
                    if (!groups.contains(g.apiGroup()) && !groups.contains("*")) {
                        continue;
                    }
                    List<String> named = resources.stream().filter(g.resources()::contains).toList();
                    List<String> granted = verbs.contains("*") ? List.of("*")
                            : verbs.stream().filter(g.verbs()::contains).toList();
                    if (!named.isEmpty() && !granted.isEmpty()) {
                        hits.add(Hit.on(m, "rules[" + i + "] grants " + granted + " on " + named + ": " + g.why()));
                    }
                }
            }
        }
        return hits;
    }
}
