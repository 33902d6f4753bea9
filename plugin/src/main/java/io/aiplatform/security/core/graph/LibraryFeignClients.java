package io.aiplatform.security.core.graph;

import io.aiplatform.security.core.derive.ConfigKeys;
import io.aiplatform.security.core.derive.ConfigValue;
import io.aiplatform.security.core.derive.FeignClientScan;
import io.aiplatform.security.core.derive.HostReference;
import io.aiplatform.security.core.derive.JavaSourceReferences;
import io.aiplatform.security.core.derive.Placeholders;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Edges from the {@code @FeignClient} interfaces of the reactor's library modules that a service's
 * {@code @EnableFeignClients} scans ({@link FeignClientScan}): a shared {@code clients} module holds the interfaces,
 * and each service that runs with it (its compile or runtime dependencies, through library modules only) and enables
 * them calls what their {@code url} or {@code name} names, the placeholders resolved from that service's
 * configuration. A library's interface that no {@code @EnableFeignClients} of the service scans is no client of it
 * (Spring Cloud OpenFeign registers none), so the keys only its annotation reads are read by nothing in that service
 * ({@link #unscannedKeys}). A library's own {@code @EnableFeignClients} on an auto-configuration it registers enables
 * clients in every service running with it ({@link AutoConfiguredFeignClients}), the evidence naming the registration.
 */
final class LibraryFeignClients extends NamedSource {

    LibraryFeignClients() {
        super("library feign clients", JavaSourceHosts::sourceInputs, ConfiguredHosts::configurationInputs);
    }

    @Override
    public void derive(Service a, Derivation d) {
        List<FeignClientScan.Client> scanned = clients(a, d, true);
        if (scanned.isEmpty()) {
            return;
        }
        Map<String, ConfigValue> config = d.configuration(a).properties();
        List<FeignClientScan.Enable> own = d.reading(a).java().feign().enables();
        List<AutoConfiguredFeignClients.Applied> applied = AutoConfiguredFeignClients.of(a, d);
        List<HostReference> references = new ArrayList<>();
        for (FeignClientScan.Client c : scanned) {
            Optional<String> via = own.stream().anyMatch(e -> e.covers(c)) ? Optional.empty()
                    : AutoConfiguredFeignClients.covering(applied, c).map(AutoConfiguredFeignClients.Applied::shown);
            c.reference(config).map(r -> via.map(v -> new HostReference(r.host(), r.port(), r.source() + " " + v,
                    r.key(), r.loadBalanced())).orElse(r)).ifPresent(references::add);
        }
        d.hostReferences(a).add(references);
    }

    /**
     * The placeholder keys (canonical form, once per annotation member that names them) of the library modules'
     * {@code @FeignClient} interfaces that {@code a} does not enable, each with the annotation's place
     * ({@code clients/…/OrdersClient.java:6}): Spring never resolves them in {@code a}.
     */
    static List<Map.Entry<String, String>> unscannedKeys(Service a, Derivation d) {
        List<Map.Entry<String, String>> keys = new ArrayList<>();
        for (FeignClientScan.Client c : clients(a, d, false)) {
            c.url().ifPresent(v -> Placeholders.names(v).forEach(n -> keys.add(Map.entry(canonical(n), c.where()))));
            c.id().ifPresent(v -> Placeholders.names(v).forEach(n -> keys.add(Map.entry(canonical(n), c.where()))));
        }
        return keys;
    }

    /** The library modules' interfaces that {@code a}'s {@code @EnableFeignClients} scan ({@code scanned}) or not. */
    private static List<FeignClientScan.Client> clients(Service a, Derivation d, boolean scanned) {
        if (a.module().directory() == null) {
            return List.of();
        }
        List<FeignClientScan.Enable> enables = new ArrayList<>(d.reading(a).java().feign().enables());
        AutoConfiguredFeignClients.of(a, d).forEach(x -> enables.add(x.enable()));
        List<FeignClientScan.Client> found = new ArrayList<>();
        for (JavaSourceReferences.Result library : LibraryModuleSources.of(a, d)) {
            for (FeignClientScan.Client c : library.feign().clients()) {
                if (enables.stream().anyMatch(e -> e.covers(c)) == scanned) {
                    found.add(c);
                }
            }
        }
        return found;
    }

    private static String canonical(String key) {
        return ConfigKeys.canonical(key);
    }
}
