package io.aiplatform.security.core.diff;

import io.aiplatform.security.core.connectivity.Topology;
import io.aiplatform.security.core.connectivity.Workload;
import io.aiplatform.security.core.convention.PodSecurityLevel;
import io.aiplatform.security.core.validate.Manifest;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;

/**
 * One side of a diff, read from its manifests: the NetworkPolicies the API server accepts, the workloads
 * written there, the namespaces' labels, each ServiceAccount's grants, the encryption providers per
 * resource and each namespace's Pod Security labels. Nothing of the files' names or order is kept.
 *
 * @param encryption  resources → providers in order ({@code secretbox(key1), identity}); null: no
 *                    EncryptionConfiguration on this side
 * @param podSecurity namespace → its {@code pod-security.kubernetes.io/} labels
 */
public record LayerSnapshot(List<NetworkPolicy> policies, List<Workload> workloads,
                            Map<String, Map<String, String>> namespaces, SortedMap<String, SortedSet<Grant>> grants,
                            SortedMap<String, String> encryption, SortedMap<String, SortedMap<String, String>> podSecurity) {

    public static LayerSnapshot of(List<Manifest> manifests) {
        Topology topology = Topology.of(manifests.stream().map(Manifest::content).toList());
        SortedMap<String, String> encryption = null;
        SortedMap<String, SortedMap<String, String>> podSecurity = new TreeMap<>();
        for (Manifest m : manifests) {
            if ("EncryptionConfiguration".equals(m.kind())) {
                encryption = encryption == null ? new TreeMap<>() : encryption;
                providers(m, encryption);
            } else if ("Namespace".equals(m.kind()) && m.name() != null) {
                SortedMap<String, String> levels = new TreeMap<>();
                RbacGrants.map(m.metadata().get("labels")).forEach((k, v) -> {
                    if (k.startsWith(PodSecurityLevel.LABEL_PREFIX)) {
                        levels.put(k.substring(PodSecurityLevel.LABEL_PREFIX.length()), String.valueOf(v));
                    }
                });
                podSecurity.put(m.name(), levels);
            }
        }
        return new LayerSnapshot(topology.policies(), topology.workloads(), topology.namespaces(),
                RbacGrants.of(manifests), encryption, podSecurity);
    }

    /** Each {@code resources} entry's providers by type, with key or plugin names, never a key's secret. */
    private static void providers(Manifest config, SortedMap<String, String> out) {
        for (Object entry : RbacGrants.list(config.content().get("resources"))) {
            Map<String, Object> e = RbacGrants.map(entry);
            List<String> providers = new ArrayList<>();
            for (Object p : RbacGrants.list(e.get("providers"))) {
                RbacGrants.map(p).forEach((type, settings) -> providers.add(type + names(RbacGrants.map(settings))));
            }
            out.put(String.join(", ", RbacGrants.strings(e.get("resources"))), String.join(", ", providers));
        }
    }

    private static String names(Map<String, Object> settings) {
        List<String> names = new ArrayList<>();
        RbacGrants.list(settings.get("keys")).forEach(k -> names.add(String.valueOf(RbacGrants.map(k).get("name"))));
        if (settings.get("name") != null) {
            names.add(String.valueOf(settings.get("name")));
        }
        return names.isEmpty() ? "" : "(" + String.join(", ", names) + ")";
    }
}
