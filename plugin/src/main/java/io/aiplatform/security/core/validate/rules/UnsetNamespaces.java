package io.aiplatform.security.core.validate.rules;

import io.aiplatform.security.core.io.ManifestReader;
import io.aiplatform.security.core.validate.Manifest;
import io.aiplatform.security.core.validate.ValidationContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Namespaced objects that say nowhere which namespace they belong to: no {@code metadata.namespace}, no kustomization
 * of their folder (or a folder above) setting {@code namespace}, and no platform namespace given to the validation.
 * {@code kubectl apply} puts them wherever its context points, {@code default} unless set. Built-in namespaced kinds
 * count, and custom resources whose CRD in the input says {@code scope: Namespaced}.
 */
final class UnsetNamespaces {

    private static final Set<String> NAMESPACED = Set.of("Pod", "Deployment", "StatefulSet", "DaemonSet", "ReplicaSet",
            "Job", "CronJob", "Service", "Endpoints", "EndpointSlice", "Ingress", "ConfigMap", "Secret", "ServiceAccount",
            "Role", "RoleBinding", "NetworkPolicy", "PersistentVolumeClaim", "LimitRange", "ResourceQuota",
            "HorizontalPodAutoscaler", "PodDisruptionBudget", "ReplicationController");
    private static final List<String> KUSTOMIZATIONS = List.of("kustomization.yaml", "kustomization.yml", "Kustomization");

    private UnsetNamespaces() {
    }

    static List<Hit> check(ValidationContext c) {
        if (c.namespace() != null) {
            return List.of();
        }
        Set<String> namespacedKinds = new HashSet<>(NAMESPACED);
        for (Manifest crd : c.ofKind("CustomResourceDefinition")) {
            Map<String, Object> spec = Maps.map(crd.content().get("spec"));
            if ("Namespaced".equals(spec.get("scope"))) {
                namespacedKinds.add(String.valueOf(Maps.map(spec.get("names")).get("kind")));
            }
        }
        Map<Path, Boolean> kustomized = new HashMap<>();
        List<Hit> hits = new ArrayList<>();
        for (Manifest m : c.manifests()) {
            if (m.namespace() == null && m.name() != null && namespacedKinds.contains(m.kind())
                    && !kustomizationSetsNamespace(c.fileOf(m).normalize().getParent(), kustomized)) {
                hits.add(Hit.on(m, "has no metadata.namespace and no kustomization sets one: kubectl apply puts it in"
                        + " whatever namespace its context targets (default unless set)"));
            }
        }
        return hits;
    }

    /** Whether a kustomization in {@code folder} or a folder above it sets {@code namespace}; remembered per folder. */
    private static boolean kustomizationSetsNamespace(Path folder, Map<Path, Boolean> known) {
        if (folder == null) {
            return false;
        }
        Boolean cached = known.get(folder);
        if (cached != null) {
            return cached;
        }
        boolean sets = setsNamespace(folder) || kustomizationSetsNamespace(folder.getParent(), known);
        known.put(folder, sets);
        return sets;
    }

    private static boolean setsNamespace(Path folder) {
        for (String name : KUSTOMIZATIONS) {
            Path file = folder.resolve(name);
            if (Files.isRegularFile(file)) {
                try {
                    return new ManifestReader().read(file).stream().anyMatch(d -> d.get("namespace") instanceof String);
                } catch (IOException | RuntimeException unreadable) {
                    return false; // the parse stage reports an unreadable kustomization among the manifests
                }
            }
        }
        return false;
    }
}
