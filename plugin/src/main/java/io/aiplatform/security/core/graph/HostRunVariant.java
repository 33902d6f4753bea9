package io.aiplatform.security.core.graph;

import io.aiplatform.security.core.derive.ConfigReferences;
import io.aiplatform.security.core.derive.HostReference;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The way a module that only Compose services under a profile run ({@link ProfiledComposeRuns}) runs on the host: with
 * its own configuration and no Compose environment, so {@code ${KAFKA_URL:localhost:9092}} is {@code localhost:9092},
 * the port a Compose service publishes there ({@link PublishedPortReferences}), or another module started on the host
 * ({@link HostRunModuleReferences}). What the Compose services' environment names stays the other way's connection.
 */
final class HostRunVariant {

    private HostRunVariant() {
    }

    /**
     * The references of {@code a}'s own configuration beyond {@code merged}'s and {@code others}, in order, each once;
     * none unless only Compose services under a profile run {@code a}.
     */
    static List<HostReference> references(Service a, Derivation d, ReadKeys read, ConfigReferences.Result merged,
                                          List<HostReference> others) {
        if (a.module().directory() == null || ProfiledComposeRuns.onlyProfiled(d, a).isEmpty()) {
            return List.of();
        }
        Set<HostReference> seen = new LinkedHashSet<>(merged.references());
        seen.addAll(others);
        List<HostReference> found = new ArrayList<>();
        for (HostReference r : ConfigReferences.of(d.configurationWith(a, List.of()), d::shown, read::read).references()) {
            if (seen.add(r)) {
                found.add(r);
            }
        }
        return found;
    }
}
