package io.aiplatform.security.core.graph;

import io.aiplatform.security.core.derive.Container;
import io.aiplatform.security.core.derive.DeploymentContainers;
import io.aiplatform.security.core.derive.ServiceHosts;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The name of a Compose service that runs a service of another name is a host name of that service: Compose gives
 * each service its name on the network, so {@code order_db} reaches the Compose service {@code order_db}, which runs
 * the platform's {@code order-db} (as {@link ServiceContainers} matches them: Compose's underscore for the
 * Kubernetes name's dash, as kompose names it). A name that is a service's own or already another's host name, or
 * that Compose services running different services share, is none.
 */
final class ComposeServiceAliases {

    private ComposeServiceAliases() {
    }

    /** Adds the names of the Compose services that run services named otherwise, unless taken. */
    static void add(Derivation d, Map<String, ServiceHosts.Alias> aliases) {
        ServiceContainers containers = ServiceContainers.of(d);
        Map<String, ServiceHosts.Alias> found = new TreeMap<>();
        Set<String> shared = new TreeSet<>();
        for (Container c : containers.matched()) {
            String service = containers.serviceOf(c).name();
            if (!DeploymentContainers.composeFile(c.file()) || c.name().equals(service)
                    || d.services().containsKey(c.name()) || aliases.containsKey(c.name())) {
                continue;
            }
            ServiceHosts.Alias before = found.putIfAbsent(c.name(), new ServiceHosts.Alias(service, "Compose service "
                    + c.name() + " of " + d.shown(c.file()) + " runs " + service));
            if (before != null && !before.service().equals(service)) {
                shared.add(c.name());
            }
        }
        found.forEach((host, alias) -> {
            if (!shared.contains(host)) {
                aliases.put(host, alias);
            }
        });
    }
}
