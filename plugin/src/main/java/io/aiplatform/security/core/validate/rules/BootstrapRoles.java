package io.aiplatform.security.core.validate.rules;

import java.util.Map;
import java.util.Set;

/**
 * The Roles and ClusterRoles the API server creates on every cluster, from its RBAC bootstrap policy
 * (Kubernetes {@code plugin/pkg/auth/authorizer/rbac/bootstrappolicy}; the documentation's "Default roles and role
 * bindings"). A binding to one of them is not dangling although no manifest defines the role.
 */
final class BootstrapRoles {

    /** The user-facing ClusterRoles; every other default ClusterRole's name starts with {@code system:}. */
    private static final Set<String> CLUSTER_ROLES = Set.of("cluster-admin", "admin", "edit", "view");

    /** The namespaced Roles of the bootstrap policy, by namespace. */
    private static final Map<String, Set<String>> ROLES = Map.of(
            "kube-system", Set.of("extension-apiserver-authentication-reader",
                    "system::leader-locking-kube-controller-manager", "system::leader-locking-kube-scheduler",
                    "system:controller:bootstrap-signer", "system:controller:cloud-provider",
                    "system:controller:token-cleaner"),
            "kube-public", Set.of("system:controller:bootstrap-signer"));

    private BootstrapRoles() {
    }

    /** Whether every cluster has the {@code kind} (Role or ClusterRole) named {@code name}, in {@code namespace} for a Role. */
    static boolean has(String kind, String namespace, String name) {
        if ("ClusterRole".equals(kind)) {
            return CLUSTER_ROLES.contains(name) || name.startsWith("system:");
        }
        return "Role".equals(kind) && ROLES.getOrDefault(namespace, Set.of()).contains(name);
    }
}
