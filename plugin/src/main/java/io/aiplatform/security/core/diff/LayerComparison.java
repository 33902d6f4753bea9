package io.aiplatform.security.core.diff;

import io.aiplatform.security.core.connectivity.Workload;
import io.aiplatform.security.core.validate.Manifest;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Compares two sets of manifests for what they allow: both read into a {@link LayerSnapshot}, the
 * connections computed on the same workloads, the grants per ServiceAccount, then encryption and Pod Security.
 */
public final class LayerComparison {

    private final Set<String> platformNamespaces;
    private final List<String> apiServer;
    private final ChangeEvidence evidence;

    /**
     * @param platformNamespaces the platform's namespaces (peers elsewhere are exposure); empty: those the
     *                           Namespace objects of either side name
     * @param apiServer          the API server's addresses (CIDRs)
     * @param evidence           why the new side allows what it adds
     */
    public LayerComparison(Set<String> platformNamespaces, List<String> apiServer, ChangeEvidence evidence) {
        this.platformNamespaces = Set.copyOf(platformNamespaces);
        this.apiServer = List.copyOf(apiServer);
        this.evidence = evidence;
    }

    /**
     * @param base  what the base is, as the report names it
     * @param known workloads both sides are judged on besides those written in them (the graph's services)
     */
    public LayerDiff compare(String base, List<Manifest> baseManifests, List<Manifest> newManifests, List<Workload> known) {
        LayerSnapshot before = LayerSnapshot.of(baseManifests);
        LayerSnapshot after = LayerSnapshot.of(newManifests);
        Set<String> namespaces = new TreeSet<>(platformNamespaces);
        if (namespaces.isEmpty()) {
            namespaces.addAll(before.podSecurity().keySet());
            namespaces.addAll(after.podSecurity().keySet());
        }
        List<Workload> workloads = ComparedWorkloads.of(before, after, known);
        ConnectionDiff.Result connections = new ConnectionDiff(workloads, new PeerNames(namespaces), apiServer, evidence)
                .compare(before.policies(), after.policies());
        GrantDiff.Result grants = GrantDiff.compare(before.grants(), after.grants(), evidence);
        List<String> notes = new ArrayList<>();
        if (before.encryption() == null || after.encryption() == null) {
            notes.add("encryption at rest: " + (before.encryption() == null && after.encryption() == null ? "neither side holds"
                    : before.encryption() == null ? "the base holds no" : "the new layer holds no")
                    + " EncryptionConfiguration");
        }
        return new LayerDiff(base, connections, grants, SettingChanges.encryption(before.encryption(), after.encryption()),
                SettingChanges.podSecurity(before.podSecurity(), after.podSecurity()), notes);
    }
}
