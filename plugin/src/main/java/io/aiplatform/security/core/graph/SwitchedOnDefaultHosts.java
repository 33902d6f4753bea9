package io.aiplatform.security.core.graph;

import io.aiplatform.security.core.derive.ConfigValue;
import io.aiplatform.security.core.derive.HostReference;
import io.aiplatform.security.core.derive.ModuleConfiguration;
import io.aiplatform.security.core.derive.SwitchedOnDefaults;
import java.util.ArrayList;
import java.util.List;

/**
 * A handler that the service's configuration switches on without setting its host sends to its framework's documented
 * default ({@link SwitchedOnDefaults}: Quarkus' GELF log handler to {@code localhost:12201}, a channel of SmallRye's
 * AMQP connector to {@code localhost:5672}): a reference like one the
 * configuration names, so a service run on the host reaches the Compose service publishing that port, and a deployed
 * one its own pod (a loopback warning). Only a switch that something reads counts ({@link ReadKeys}: the handler's
 * library is on the classpath).
 */
final class SwitchedOnDefaultHosts extends NamedSource {

    SwitchedOnDefaultHosts() {
        super("switched-on defaults", ConfiguredHosts::configurationInputs, PomDependencies::dependencyInputs);
    }

    @Override
    public void derive(Service a, Derivation d) {
        ModuleConfiguration configuration = d.configuration(a);
        ReadKeys read = d.readKeys(a);
        List<HostReference> refs = new ArrayList<>();
        for (SwitchedOnDefaults.Handler handler : SwitchedOnDefaults.all()) {
            for (ConfigValue on : handler.switches(configuration)) {
                if (read.read(on)) {
                    handler.defaulted(configuration, on, on.where(d::shown)).filter(r -> !refs.contains(r))
                            .ifPresent(refs::add);
                }
            }
        }
        if (!refs.isEmpty()) {
            d.hostReferences(a).add(refs);
        }
    }
}
