package io.aiplatform.security.core.diff;

import io.aiplatform.security.core.connectivity.Workload;
import java.util.Set;

/**
 * How the diff names a workload: its name in the platform's namespaces ({@code payments}), else
 * {@code namespace/name} ({@code ingress-nginx/*} for every pod there); a kind other than a Deployment or a
 * selector's stand-in is written after it ({@code redis[StatefulSet]}).
 */
public final class PeerNames {

    private final Set<String> platformNamespaces;

    public PeerNames(Set<String> platformNamespaces) {
        this.platformNamespaces = Set.copyOf(platformNamespaces);
    }

    boolean inPlatform(Workload w) {
        return platformNamespaces.contains(w.namespace());
    }

    String name(Workload w) {
        String kind = "Deployment".equals(w.kind()) || ComparedWorkloads.SELECTED.equals(w.kind()) ? "" : "[" + w.kind() + "]";
        return (inPlatform(w) ? "" : w.namespace() + "/") + w.name() + kind;
    }
}
