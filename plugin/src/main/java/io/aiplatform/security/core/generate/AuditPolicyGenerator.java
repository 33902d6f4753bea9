package io.aiplatform.security.core.generate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The kube-apiserver audit policy ({@code audit.k8s.io/v1} Policy) the security guide asks for.
 * Rules are matched in order and the first match decides, so the order is the policy:
 * <ol>
 *   <li>noise dropped: health and version endpoints, kube-proxy's and the nodes' watches and reads,
 *       leader-election leases, events;</li>
 *   <li>Secrets, ConfigMaps, ServiceAccount tokens and TokenReviews at {@code Metadata} only: who read
 *       or changed which object, never the body, so no secret value reaches the log;</li>
 *   <li>exec, attach and port-forward at {@code Metadata};</li>
 *   <li>changes to RBAC objects, NetworkPolicies and ServiceAccounts at {@code RequestResponse};</li>
 *   <li>everything else at {@code Metadata}.</li>
 * </ol>
 * There is no fabric8 model for this kind: an ordered map, written by the one serializer.
 */
public final class AuditPolicyGenerator {

    public static final String API_VERSION = "audit.k8s.io/v1";
    public static final String KIND = "Policy";
    private static final List<String> WRITES = List.of("create", "update", "patch", "delete", "deletecollection");

    public Map<String, Object> generate() {
        Map<String, Object> policy = new LinkedHashMap<>();
        policy.put("apiVersion", API_VERSION);
        policy.put("kind", KIND);
        policy.put("omitStages", List.of("RequestReceived"));
        policy.put("rules", List.of(
                rule("None", Map.of("nonResourceURLs", List.of("/healthz*", "/livez*", "/readyz*", "/version"))),
                rule("None", Map.of("users", List.of("system:kube-proxy"), "verbs", List.of("watch"),
                        "resources", List.of(group("", "endpoints", "services", "services/status"),
                                group("discovery.k8s.io", "endpointslices")))),
                rule("None", Map.of("userGroups", List.of("system:nodes"), "verbs", List.of("get"),
                        "resources", List.of(group("", "nodes", "nodes/status")))),
                rule("None", Map.of("verbs", List.of("get", "update"), "namespaces", List.of("kube-system"),
                        "resources", List.of(group("coordination.k8s.io", "leases")))),
                rule("None", Map.of("resources", List.of(group("", "events"), group("events.k8s.io", "events")))),
                rule("Metadata", Map.of("resources", List.of(group("", "secrets", "configmaps", "serviceaccounts/token"),
                        group("authentication.k8s.io", "tokenreviews")))),
                rule("Metadata", Map.of("resources", List.of(group("", "pods/exec", "pods/attach", "pods/portforward")))),
                rule("RequestResponse", Map.of("verbs", WRITES, "resources", List.of(
                        group("rbac.authorization.k8s.io", "roles", "rolebindings", "clusterroles", "clusterrolebindings"),
                        group("networking.k8s.io", "networkpolicies"),
                        group("", "serviceaccounts")))),
                rule("Metadata", Map.of())));
        return policy;
    }

    /** A rule: {@code level} first, then its fields in a fixed order. */
    private static Map<String, Object> rule(String level, Map<String, Object> fields) {
        Map<String, Object> rule = new LinkedHashMap<>();
        rule.put("level", level);
        for (String key : List.of("users", "userGroups", "verbs", "namespaces", "resources", "nonResourceURLs")) {
            if (fields.containsKey(key)) {
                rule.put(key, fields.get(key));
            }
        }
        return rule;
    }

    private static Map<String, Object> group(String group, String... resources) {
        Map<String, Object> g = new LinkedHashMap<>();
        g.put("group", group);
        g.put("resources", List.of(resources));
        return g;
    }
}
