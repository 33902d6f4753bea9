package io.aiplatform.security.core.graph;

import io.aiplatform.security.core.support.DerivationRule;
import io.aiplatform.security.core.derive.ConfigValue;
import io.aiplatform.security.core.derive.ConnectionUrl;
import io.aiplatform.security.core.derive.DeploymentEnvironment;
import io.aiplatform.security.core.derive.ServiceHosts;
import io.aiplatform.security.core.support.Problem;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The Kubernetes workloads of the repository that run none of the services although their environment
 * names services of the platform: their connections are not derived (nobody's pods are known to be
 * theirs), so the build states each once, with what would tie it to its service.
 */
final class UnmatchedWorkloads {

    private UnmatchedWorkloads() {
    }

    /** One notice per workload that runs no service and whose variables name services of the platform. */
    static void report(Derivation d) {
        ServiceHosts hosts = d.hosts();
        for (DeploymentEnvironment.UnmatchedWorkload w : d.platform.unmatchedWorkloads) {
            Set<String> named = new TreeSet<>();
            for (ConfigValue v : w.variables()) {
                hosts(v.value()).forEach(host -> hosts.serviceOf(host).ifPresent(named::add));
            }
            if (!named.isEmpty()) {
                d.findings.notices.add(d.project.relative(new Problem(w.file(), w.line(), null, w.workload()
                        + " runs none of the services, so the connections its environment sets (to "
                        + String.join(", ", named) + ") are not derived; to tie it to its service, name the"
                        + " workload, its pods' app.kubernetes.io/name or app label, or its only container after the"
                        + " service, or select its pods with a Service of the service's name")
                        .withRule(DerivationRule.UNMATCHED_WORKLOAD)));
            }
        }
    }

    /**
     * The hosts a variable's value names: its URLs' hosts, or the hosts of a {@code host[:port]} list (which
     * application key it sets is unknown, so every value is read).
     */
    private static List<String> hosts(String value) {
        List<ConnectionUrl> urls = ConnectionUrl.findAll(value);
        List<ConnectionUrl.Endpoint> endpoints = urls.isEmpty() ? ConnectionUrl.hostList(value)
                : urls.stream().flatMap(u -> u.endpoints().stream()).toList();
        return endpoints.stream().map(ConnectionUrl.Endpoint::host).toList();
    }
}
