package io.aiplatform.security.core.graph;

import io.aiplatform.security.core.derive.ConfigKeys;
import io.aiplatform.security.core.derive.ConfigValue;
import io.aiplatform.security.core.derive.ConnectionUrl;
import io.aiplatform.security.core.derive.HostReference;
import io.aiplatform.security.core.derive.ServiceHosts;
import java.util.List;

/**
 * Whether a service's deployment (Compose, Kubernetes env) overrides the client a configuration key sets: it sets a
 * key of the same client ({@code SPRING_DATA_MONGODB_URI} beside {@code spring.data.mongodb.host: localhost}) to a
 * value that names a service of the platform. A loopback host under such a key is what the developer's machine
 * uses, not what the deployed pod connects to, so it is not warned about.
 */
final class DeploymentOverrides {

    private DeploymentOverrides() {
    }

    static boolean overridden(HostReference ref, List<ConfigValue> environment, ServiceHosts hosts) {
        if (ref.key() == null || environment.isEmpty()) {
            return false;
        }
        String client = parent(ConfigKeys.uniform(ref.key()));
        for (ConfigValue v : environment) {
            if (!v.key().contains(".") || !parent(ConfigKeys.uniform(v.key())).equals(client)) {
                continue;
            }
            List<ConnectionUrl> urls = ConnectionUrl.findAll(v.value());
            List<ConnectionUrl.Endpoint> endpoints = urls.isEmpty() ? ConnectionUrl.hostList(v.value())
                    : urls.stream().flatMap(u -> u.endpoints().stream()).toList();
            if (endpoints.stream().anyMatch(e -> hosts.serviceOf(e.host()).isPresent())) {
                return true;
            }
        }
        return false;
    }

    private static String parent(String key) {
        int dot = key.lastIndexOf('.');
        return dot < 0 ? "" : key.substring(0, dot);
    }
}
