package io.aiplatform.security.core.graph;

import io.aiplatform.security.core.derive.ConfigKeys;
import io.aiplatform.security.core.derive.ConfigReferences;
import io.aiplatform.security.core.derive.ConfigValue;
import io.aiplatform.security.core.derive.HostReference;
import io.aiplatform.security.core.derive.ServiceHosts;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What the other deployments of a service connect to, when the repository deploys it several ways (a quickstart
 * folder and {@code extras/} variants, kustomize bases and overlays, Compose beside Kubernetes): each deployment file's
 * environment over the service's configuration names hosts that the merged environment, where a later file's value of
 * a key replaces an earlier one's, hides. Each is a way the service runs, so what each names is a connection of the
 * service; so is what the service's own configuration names under a key that only another file sets, since this way
 * runs with that value. A loopback host that only an alternative gives is that deployment's own pod (a proxy sidecar such as
 * Cloud SQL's), not a connection and not a warning.
 */
final class AlternativeDeployments {

    private AlternativeDeployments() {
    }

    /**
     * The references that the keys each alternative deployment of {@code a} sets give beyond {@code merged}'s (the
     * references of the merged environment), in file order, each once; {@code read} tells which keys count.
     */
    static List<HostReference> references(Service a, Derivation d, ReadKeys read, ConfigReferences.Result merged) {
        Set<HostReference> seen = new LinkedHashSet<>(merged.references());
        Set<String> deployed = new LinkedHashSet<>();
        d.platform.environments.getOrDefault(a.name(), List.of()).forEach(v -> deployed.add(ConfigKeys.uniform(v.key())));
        List<HostReference> found = new ArrayList<>();
        for (List<ConfigValue> variant : d.platform.environmentVariants(a)) {
            ConfigReferences.Result own = ConfigReferences.of(d.configurationWith(a, variant), d::shown,
                    read::read);
            for (HostReference r : own.references()) {
                // set by this file, or by another only: then this way runs with the service's own configuration's value
                boolean ownValue = r.key() != null && deployed.contains(ConfigKeys.uniform(r.key()));
                if (ownValue && !ServiceHosts.isLoopback(r.host()) && seen.add(r)) {
                    found.add(r);
                }
            }
        }
        return found;
    }
}
