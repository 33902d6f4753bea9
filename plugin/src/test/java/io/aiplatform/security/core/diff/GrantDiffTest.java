package io.aiplatform.security.core.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.aiplatform.security.core.validate.Manifest;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GrantDiffTest {

    private static String role(String name, String rules) {
        return "apiVersion: rbac.authorization.k8s.io/v1\nkind: Role\nmetadata: {name: " + name + ", namespace: shop}\n"
                + "rules:\n" + rules;
    }

    private static String binding(String name, String kind, String role) {
        return "apiVersion: rbac.authorization.k8s.io/v1\nkind: " + kind + "Binding\nmetadata: {name: " + name
                + (kind.equals("Role") ? ", namespace: shop" : "") + "}\n"
                + "roleRef: {apiGroup: rbac.authorization.k8s.io, kind: " + kind + ", name: " + role + "}\n"
                + "subjects: [{kind: ServiceAccount, name: orders-sa, namespace: shop}]\n";
    }

    private static String markdown(List<Manifest> base, List<Manifest> now) {
        return DiffReport.markdown(new LayerComparison(Set.of("shop"), List.of(), ChangeEvidence.NONE)
                .compare("base", base, now, List.of()));
    }

    private static final String HEAD = "# Connectivity diff\n\nWhat the new security layer allows that the base does not,"
            + " and the reverse, computed from what the NetworkPolicies and RBAC allow (not from the text of the files)."
            + " Base: base.\n";
    private static final String NOT_COMPARED = "\n## Not compared\n\n"
            + "- encryption at rest: neither side holds EncryptionConfiguration\n";

    @Test
    void aSecretNoLongerReadAndAListAddedAreOneRemovedAndOneAddedGrant() {
        List<Manifest> base = Layers.of(role("orders-role", "  - {apiGroups: [''], resources: [secrets], verbs: [get],"
                + " resourceNames: [orders-db, orders-mq]}\n"), binding("orders-rolebinding", "Role", "orders-role"));
        List<Manifest> now = Layers.of(binding("orders-reads", "Role", "orders-reader"),
                role("orders-reader", "  - {apiGroups: [''], resources: [configmaps], verbs: [list]}\n"
                        + "  - {apiGroups: [''], resources: [secrets], verbs: [get], resourceNames: [orders-mq]}\n"));
        assertEquals(HEAD + "\n## Grants added\n\n- `shop/orders-sa` may list configmaps (namespace shop)\n"
                + "\n## Grants removed\n\n- `shop/orders-sa` may get secrets orders-db (namespace shop)\n" + NOT_COMPARED,
                markdown(base, now));
    }

    @Test
    void rulesSplitOrMovedToAnotherRoleAreNoChange() {
        List<Manifest> base = Layers.of(role("orders-role", "  - {apiGroups: [''], resources: [secrets, configmaps],"
                + " verbs: [get, watch]}\n"), binding("orders-rolebinding", "Role", "orders-role"));
        List<Manifest> now = Layers.of(role("a", "  - {apiGroups: [''], resources: [configmaps], verbs: [watch, get]}\n"),
                role("b", "  - {apiGroups: [''], resources: [secrets], verbs: [get, watch]}\n"),
                binding("ba", "Role", "a"), binding("bb", "Role", "b"));
        assertEquals(HEAD + "\nNo change in what is allowed.\n" + NOT_COMPARED, markdown(base, now));
    }

    @Test
    void narrowingToOneNameOnlyRemovesAndAClusterRoleWidens() {
        List<Manifest> base = Layers.of(role("r", "  - {apiGroups: [''], resources: [secrets], verbs: [get]}\n"),
                binding("b", "Role", "r"));
        List<Manifest> now = Layers.of(role("r", "  - {apiGroups: [''], resources: [secrets], verbs: [get],"
                + " resourceNames: [orders-db]}\n"), binding("b", "Role", "r"),
                "apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata: {name: pods-reader}\n"
                        + "rules: [{apiGroups: [''], resources: [pods], verbs: [list]}]\n",
                binding("shop-orders-pods", "ClusterRole", "pods-reader"));
        LayerDiff diff = new LayerComparison(Set.of("shop"), List.of(), ChangeEvidence.NONE)
                .compare("base", base, now, List.of());
        assertEquals(List.of("shop/orders-sa may list pods (cluster)"), diff.widenings());
        assertEquals(List.of("shop/orders-sa may get secrets (namespace shop)"),
                diff.grants().removed().stream().map(GrantChange::line).toList());
    }

    @Test
    void anAggregatedClusterRoleHoldsTheRulesOfTheRolesItSelects() {
        String aggregate = "apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata: {name: monitoring}\n"
                + "aggregationRule: {clusterRoleSelectors: [{matchLabels: {rbac.example.com/aggregate-to-monitoring: 'true'}}]}\n"
                + "rules: []\n";
        String member = "apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata: {name: endpoints-reader,"
                + " labels: {rbac.example.com/aggregate-to-monitoring: 'true'}}\n"
                + "rules: [{apiGroups: [''], resources: [endpoints], verbs: [get]}]\n";
        LayerDiff diff = new LayerComparison(Set.of("shop"), List.of(), ChangeEvidence.NONE).compare("base",
                Layers.of(aggregate, binding("m", "ClusterRole", "monitoring")),
                Layers.of(aggregate, member, binding("m", "ClusterRole", "monitoring")), List.of());
        assertEquals(List.of("shop/orders-sa may get endpoints (cluster)"), diff.widenings());
    }

    @Test
    void encryptionProvidersAndPodSecurityLevelsArePlainChangesThatNeverShowAKey() {
        String base = "apiVersion: apiserver.config.k8s.io/v1\nkind: EncryptionConfiguration\nresources:\n"
                + "  - resources: [secrets]\n    providers: [{secretbox: {keys: [{name: key1, secret: c2VjcmV0LWtleQ==}]}},"
                + " {identity: {}}]\n---\napiVersion: v1\nkind: Namespace\nmetadata: {name: shop, labels:"
                + " {pod-security.kubernetes.io/enforce: restricted}}\n";
        String now = "apiVersion: apiserver.config.k8s.io/v1\nkind: EncryptionConfiguration\nresources:\n"
                + "  - resources: [secrets]\n    providers: [{aescbc: {keys: [{name: key2, secret: bmV3LWtleQ==}]}},"
                + " {secretbox: {keys: [{name: key1, secret: c2VjcmV0LWtleQ==}]}}, {identity: {}}]\n---\napiVersion: v1\n"
                + "kind: Namespace\nmetadata: {name: shop, labels: {pod-security.kubernetes.io/enforce: baseline}}\n";
        assertEquals(HEAD + "\n## Encryption at rest\n\n"
                + "- secrets: secretbox(key1), identity → aescbc(key2), secretbox(key1), identity\n"
                + "\n## Pod Security\n\n- namespace shop enforce: restricted → baseline\n",
                markdown(Layers.of(base), Layers.of(now)));
    }
}
