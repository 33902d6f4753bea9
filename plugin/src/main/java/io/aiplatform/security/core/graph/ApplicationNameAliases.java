package io.aiplatform.security.core.graph;

import io.aiplatform.security.core.derive.ConfigValue;
import io.aiplatform.security.core.derive.ModuleConfiguration;
import io.aiplatform.security.core.derive.ServiceHosts;
import io.aiplatform.security.core.support.DerivationRule;
import io.aiplatform.security.core.support.Names;
import io.aiplatform.security.core.support.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The application name of a service whose descriptor names it otherwise ({@code spring.application.name: ORDER-SERVICE}
 * for the service {@code order-service-app}) is the service's id in a registry: Spring Cloud registers the application
 * under it with Eureka or Consul, and {@code lb://ORDER-SERVICE}, a Feign client's {@code name} and
 * {@code http://ORDER-SERVICE/} through a load-balanced client name the service by it. Registries compare ids
 * without case (Eureka upper-cases them), so the id is a host name of the service, after its own name, Compose's and
 * Kubernetes' names; an id two services share names neither (one warning).
 */
final class ApplicationNameAliases {

    private static final String[] KEYS = {"spring.application.name", "quarkus.application.name",
            "micronaut.application.name"};

    private ApplicationNameAliases() {
    }

    /** The property giving the service's application name, when it is a host name other than {@code service}. */
    static Optional<ConfigValue> otherName(ModuleConfiguration config, String service) {
        return config.source(KEYS).filter(v -> v.value() != null && !v.secret()).filter(v -> {
            String id = v.value().strip().toLowerCase(Locale.ROOT);
            return Names.isDns1123Label(id) && !id.equals(service.toLowerCase(Locale.ROOT));
        });
    }

    /** Adds the application names of {@code d}'s services to {@code aliases}, unless a service or another alias has them. */
    static void add(Derivation d, Map<String, ServiceHosts.Alias> aliases) {
        Map<String, List<String>> owners = new TreeMap<>();
        d.platform.applicationNames.forEach((service, v) -> owners.computeIfAbsent(
                v.value().strip().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(service));
        owners.forEach((id, services) -> {
            if (d.services().containsKey(id) || aliases.containsKey(id)) {
                return;
            }
            ConfigValue v = d.platform.applicationNames.get(services.get(0));
            if (services.size() == 1) {
                aliases.put(id, new ServiceHosts.Alias(services.get(0), d.project.shown(v.file()) + ":" + v.line() + " "
                        + v.key() + " " + v.value().strip() + " is the application name of " + services.get(0)));
            } else {
                d.findings.warnings.add(d.project.relative(new Problem(v.file(), v.line(), null, "the application name "
                        + v.value().strip() + " belongs to services " + String.join(", ", services) + ", so a URL"
                        + " naming it (lb://" + v.value().strip() + ") names neither; give each its own "
                        + v.key() + ", or add 'calls:'").withRule(DerivationRule.SHARED_HOST_NAME)));
            }
        });
    }
}
