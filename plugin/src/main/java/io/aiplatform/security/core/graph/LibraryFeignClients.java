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
import java.util.Set;

/**
 * Edges from the {@code @FeignClient} interfaces of the reactor's library modules that a service's
 * {@code @EnableFeignClients} scans ({@link FeignClientScan}): a shared {@code clients} module holds the interfaces,
 * and each service that runs with it (its compile or runtime dependencies, through library modules only) and enables
 * them calls what their {@code url} or {@code name} names, the placeholders resolved from that service's
 * configuration. The {@code @EnableFeignClients} of a library that Spring Boot's auto-configuration loads (a client
 * starter enabling its own interfaces, {@link LibraryAutoConfigurations}) counts as the service's own. A library's
 * interface that no {@code @EnableFeignClients} of the service scans is no client of it
 * (Spring Cloud OpenFeign registers none), so the keys only its annotation reads are read by nothing in that service
 * ({@link #unscannedKeys}).
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
        List<HostReference> references = new ArrayList<>();
        scanned.forEach(c -> c.reference(config).ifPresent(references::add));
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
        List<JavaSourceReferences.Result> libraries = LibraryModuleSources.of(a, d);
        List<Module> modules = LibraryModuleSources.modules(a, d);
        for (int i = 0; i < libraries.size(); i++) {
            enables.addAll(autoConfigured(modules.get(i), libraries.get(i).feign()));
        }
        List<FeignClientScan.Client> found = new ArrayList<>();
        for (JavaSourceReferences.Result library : libraries) {
            for (FeignClientScan.Client c : library.feign().clients()) {
                if (enables.stream().anyMatch(e -> e.covers(c)) == scanned) {
                    found.add(c);
                }
            }
        }
        return found;
    }

    /**
     * The {@code @EnableFeignClients} of a library that Spring Boot's auto-configuration loads into every application
     * running with it ({@link LibraryAutoConfigurations}): a client starter that enables its own interfaces.
     */
    private static List<FeignClientScan.Enable> autoConfigured(Module library, FeignClientScan.Found found) {
        if (found.enables().isEmpty()) {
            return List.of();
        }
        Set<String> loaded = LibraryAutoConfigurations.of(DerivationProject.resources(library), found.imports());
        return found.enables().stream().filter(e -> loaded.contains(e.type())).toList();
    }

    private static String canonical(String key) {
        return ConfigKeys.canonical(key);
    }
}
