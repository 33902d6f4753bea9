package io.aiplatform.security.core.generate;

import io.aiplatform.security.core.convention.ServiceAccounts;
import io.aiplatform.security.core.support.DerivationRule;
import io.aiplatform.security.core.support.SuppressAnnotation;
import io.aiplatform.security.core.descriptor.ApiAccess;
import io.aiplatform.security.core.descriptor.ObjectAccess;
import io.aiplatform.security.core.graph.Service;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ServiceAccountBuilder;
import io.fabric8.kubernetes.api.model.rbac.ClusterRoleBindingBuilder;
import io.fabric8.kubernetes.api.model.rbac.ClusterRoleBuilder;
import io.fabric8.kubernetes.api.model.rbac.PolicyRule;
import io.fabric8.kubernetes.api.model.rbac.PolicyRuleBuilder;
import io.fabric8.kubernetes.api.model.rbac.RoleBindingBuilder;
import io.fabric8.kubernetes.api.model.rbac.RoleBuilder;
import io.fabric8.kubernetes.api.model.rbac.SubjectBuilder;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One ServiceAccount per service, and a Role and RoleBinding only when the service needs a
 * permission. Rules are least privilege: named Secrets and ConfigMaps by {@code resourceNames},
 * list/watch only where declared, no wildcard, a ClusterRole only for {@code scope: cluster}.
 */
public final class RbacGenerator {

    /** Canonical verb order, so that rules read the same everywhere. */
    private static final List<String> VERB_ORDER = List.of("get", "list", "watch", "create", "update", "patch", "delete");

    private final PlatformSettings settings;

    public RbacGenerator(PlatformSettings settings) {
        this.settings = settings;
    }

    public static String roleName(String service) {
        return service + "-role";
    }

    public static String roleBindingName(String service) {
        return service + "-rolebinding";
    }

    public String clusterRoleName(String service) {
        return settings.namespace() + "-" + service + "-clusterrole";
    }

    public String clusterRoleBindingName(String service) {
        return settings.namespace() + "-" + service + "-clusterrolebinding";
    }

    /** The RBAC objects of one service, keyed by the file name they belong in (service-account, role, ...). */
    public Map<String, HasMetadata> forService(Service service) {
        Map<String, HasMetadata> objects = new LinkedHashMap<>();
        String sa = ServiceAccounts.of(service.name());
        objects.put("service-account", new ServiceAccountBuilder()
                .withNewMetadata().withName(sa).withNamespace(settings.namespace())
                .withLabels(settings.commonLabels())
                .withAnnotations(service.descriptor().serviceAccountAnnotations().isEmpty() ? null
                        : new TreeMap<>(service.descriptor().serviceAccountAnnotations()))
                .endMetadata()
                .withAutomountServiceAccountToken(service.automountServiceAccountToken())
                .build());

        List<PolicyRule> namespaced = new ArrayList<>();
        namespaced.addAll(objectRules("secrets", service.descriptor().secrets()));
        namespaced.addAll(objectRules("configmaps", service.descriptor().configMaps()));
        List<PolicyRule> clusterWide = new ArrayList<>();
        for (ApiAccess access : service.descriptor().kubernetesApi()) {
            (access.clusterScope() ? clusterWide : namespaced).add(apiRule(access));
        }
        Map<String, String> objectRules = new java.util.TreeMap<>(service.descriptor().suppress());
        objectRules.keySet().removeIf(DerivationRule::isDerivation); // those are the derivation's, not the objects'
        Map<String, String> suppress = objectRules.isEmpty() ? null
                : Map.of(SuppressAnnotation.NAME, SuppressAnnotation.format(objectRules));
        var subject = new SubjectBuilder().withKind("ServiceAccount").withName(sa)
                .withNamespace(settings.namespace()).build();
        if (!namespaced.isEmpty()) {
            objects.put("role", new RoleBuilder()
                    .withNewMetadata().withName(roleName(service.name())).withNamespace(settings.namespace())
                    .withLabels(settings.commonLabels()).withAnnotations(suppress).endMetadata()
                    .withRules(namespaced)
                    .build());
            objects.put("role-binding", new RoleBindingBuilder()
                    .withNewMetadata().withName(roleBindingName(service.name())).withNamespace(settings.namespace())
                    .withLabels(settings.commonLabels()).withAnnotations(suppress).endMetadata()
                    .withNewRoleRef().withApiGroup("rbac.authorization.k8s.io").withKind("Role")
                    .withName(roleName(service.name())).endRoleRef()
                    .withSubjects(subject)
                    .build());
        }
        if (!clusterWide.isEmpty()) {
            objects.put("cluster-role", new ClusterRoleBuilder()
                    .withNewMetadata().withName(clusterRoleName(service.name()))
                    .withLabels(settings.commonLabels()).withAnnotations(suppress).endMetadata()
                    .withRules(clusterWide)
                    .build());
            objects.put("cluster-role-binding", new ClusterRoleBindingBuilder()
                    .withNewMetadata().withName(clusterRoleBindingName(service.name()))
                    .withLabels(settings.commonLabels()).withAnnotations(suppress).endMetadata()
                    .withNewRoleRef().withApiGroup("rbac.authorization.k8s.io").withKind("ClusterRole")
                    .withName(clusterRoleName(service.name())).endRoleRef()
                    .withSubjects(subject)
                    .build());
        }
        return objects;
    }

    private static List<PolicyRule> objectRules(String resource, List<ObjectAccess> objects) {
        List<PolicyRule> rules = new ArrayList<>();
        List<String> readOnly = objects.stream().filter(o -> !o.watch()).map(ObjectAccess::name).sorted().toList();
        List<String> watched = objects.stream().filter(ObjectAccess::watch).map(ObjectAccess::name).sorted().toList();
        if (!readOnly.isEmpty()) {
            rules.add(new PolicyRuleBuilder().withApiGroups("").withResources(resource).withVerbs("get")
                    .withResourceNames(readOnly).build());
        }
        if (!watched.isEmpty()) {
            rules.add(new PolicyRuleBuilder().withApiGroups("").withResources(resource).withVerbs("get", "watch")
                    .withResourceNames(watched).build());
        }
        return rules;
    }

    private static PolicyRule apiRule(ApiAccess access) {
        List<String> verbs = access.verbs().stream().distinct()
                .sorted(Comparator.comparingInt(VERB_ORDER::indexOf)).toList();
        return new PolicyRuleBuilder()
                .withApiGroups(access.apiGroup())
                .withResources(access.resources().stream().distinct().sorted().toList())
                .withVerbs(verbs)
                .withResourceNames(access.resourceNames().isEmpty() ? null
                        : access.resourceNames().stream().distinct().sorted().toList())
                .build();
    }
}
