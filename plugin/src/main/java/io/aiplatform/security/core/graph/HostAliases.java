package io.aiplatform.security.core.graph;

import io.aiplatform.security.core.support.DerivationRule;
import io.aiplatform.security.core.derive.ComposeHostName;
import io.aiplatform.security.core.derive.ServiceHosts;
import io.aiplatform.security.core.support.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The host names the deployment gives services besides their names (Compose network aliases, hostnames,
 * container names; the names of Compose services that run services named otherwise, {@link ComposeServiceAliases}),
 * as {@link ServiceHosts} takes them: a service's own name wins over another's alias,
 * and a host name two services share names neither (one warning).
 */
final class HostAliases {

    private HostAliases() {
    }

    static Map<String, ServiceHosts.Alias> of(Derivation d) {
        Map<String, List<String>> services = new TreeMap<>();
        Map<String, ComposeHostName> first = new TreeMap<>();
        d.platform.composeHostNames.forEach((service, names) -> names.forEach(n -> {
            if (!d.services().containsKey(n.host())) {
                List<String> owners = services.computeIfAbsent(n.host(), k -> new ArrayList<>());
                if (!owners.contains(service)) {
                    owners.add(service);
                }
                first.putIfAbsent(n.host(), n);
            }
        }));
        Map<String, ServiceHosts.Alias> aliases = new TreeMap<>();
        services.forEach((host, owners) -> {
            ComposeHostName n = first.get(host);
            if (owners.size() == 1) {
                aliases.put(host.toLowerCase(Locale.ROOT), new ServiceHosts.Alias(owners.get(0),
                        n.describe(d::shown)));
            } else {
                d.findings.warnings.add(d.project.relative(new Problem(n.file(), n.line(), null, "the Compose host name "
                        + host + " belongs to services " + String.join(", ", owners) + ", so a URL naming it names"
                        + " neither; give each its own host name, or add 'calls:'").withRule(DerivationRule.SHARED_HOST_NAME)));
            }
        });
        kubernetesAliases(d, aliases);
        ApplicationNameAliases.add(d, aliases);
        ComposeServiceAliases.add(d, aliases);
        return aliases;
    }

    /**
     * The Kubernetes Services that select the pods of a service's workloads, unless a service or Compose name has them;
     * a Service selecting the pods of several services names none of them (one warning).
     */
    private static void kubernetesAliases(Derivation d, Map<String, ServiceHosts.Alias> aliases) {
        Map<String, List<String>> owners = new TreeMap<>();
        Map<String, io.aiplatform.security.core.derive.KubernetesHostName> first = new TreeMap<>();
        d.platform.kubernetesHostNames.forEach((service, names) -> names.forEach(n -> {
            if (!d.services().containsKey(n.host()) && !aliases.containsKey(n.host())) {
                List<String> services = owners.computeIfAbsent(n.host(), k -> new ArrayList<>());
                if (!services.contains(service)) {
                    services.add(service);
                }
                first.putIfAbsent(n.host(), n);
            }
        }));
        owners.forEach((host, services) -> {
            io.aiplatform.security.core.derive.KubernetesHostName n = first.get(host);
            if (services.size() == 1) {
                aliases.put(host, new ServiceHosts.Alias(services.get(0), n.describe(d::shown)));
            } else {
                d.findings.warnings.add(d.project.relative(new Problem(n.file(), n.line(), null, "the Kubernetes Service "
                        + host + " selects the pods of services " + String.join(", ", services) + ", so a URL naming it"
                        + " names neither; give it a selector of one service's pods, or add 'calls:'")
                        .withRule(DerivationRule.SHARED_HOST_NAME)));
            }
        });
    }
}
