package io.aiplatform.security.core.graph;

import io.aiplatform.security.core.derive.ModuleConfiguration;
import java.util.Locale;
import java.util.Optional;

/** Turbine's {@code turbine.app-config}: the aggregator calls each service it lists for its Hystrix stream. */
final class TurbineAggregation extends NamedSource {

    TurbineAggregation() {
        super("turbine", ConfiguredHosts::configurationInputs);
    }

    @Override
    public void derive(Service s, Derivation d) {
        ModuleConfiguration config = d.platform.localConfiguration(s);
        Optional<String> turbine = config.value("turbine.app-config");
        if (turbine.isEmpty()) {
            return;
        }
        String where = config.source("turbine.app-config").orElseThrow().where(d::shown);
        for (String app : turbine.get().split(",")) {
            Service t = d.services().get(app.strip().toLowerCase(Locale.ROOT));
            if (t != null && t != s) {
                d.edge(s, t, t.callPorts(), where + " aggregates the Hystrix stream of " + t.name());
            }
        }
    }
}
