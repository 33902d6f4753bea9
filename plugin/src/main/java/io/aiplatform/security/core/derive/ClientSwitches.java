package io.aiplatform.security.core.derive;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The settings that switch a framework's client of a product off (catalog data: {@code client-switches.txt}):
 * Spring Boot's {@code management.tracing.enabled: false} stops its Zipkin exporter.
 */
public final class ClientSwitches {

    private static final Map<String, List<String>> SWITCHES = load();

    private ClientSwitches() {
    }

    /**
     * The setting of {@code config} that switches {@code framework}'s client of {@code product} off (a switch key
     * whose value, placeholders resolved, is {@code false}, or the value a {@code key=value} entry gives, such as
     * {@code otel.sdk.disabled=true}); empty when the client is on.
     */
    public static Optional<ConfigValue> off(String framework, String product, ModuleConfiguration config) {
        for (String entry : SWITCHES.getOrDefault(framework + " " + product, List.of())) {
            int eq = entry.indexOf('=');
            String key = eq < 0 ? entry : entry.substring(0, eq);
            String offValue = eq < 0 ? "false" : entry.substring(eq + 1);
            if (config.value(key).map(v -> v.strip().equalsIgnoreCase(offValue)).orElse(false)) {
                return config.source(key);
            }
        }
        return Optional.empty();
    }

    /** How a switch's value reads in a message: {@code false} or {@code true} (the value that matched; never more). */
    public static String shown(ConfigValue setting) {
        return setting.value().strip().toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * The setting that switches off the client every product that {@code key} locates belongs to
     * ({@code management.zipkin.tracing.endpoint} while tracing is off); empty when the key still configures one.
     */
    public static Optional<ConfigValue> offFor(String key, String framework, ModuleConfiguration config) {
        List<String> products = ProductKeys.productsOf(key);
        Optional<ConfigValue> off = Optional.empty();
        for (String product : products) {
            off = off(framework, product, config);
            if (off.isEmpty()) {
                return Optional.empty();
            }
        }
        return off;
    }

    private static Map<String, List<String>> load() {
        Map<String, List<String>> switches = new TreeMap<>();
        for (String[] parts : CatalogData.lines("client-switches.txt")) {
            if (parts.length < 3) {
                throw new IllegalStateException(CatalogData.shown("client-switches.txt")
                        + ": expected framework, product and keys: " + String.join(" ", parts));
            }
            switches.computeIfAbsent(parts[0] + " " + parts[1], k -> new ArrayList<>())
                    .addAll(Arrays.asList(parts).subList(2, parts.length));
        }
        Map<String, List<String>> frozen = new TreeMap<>();
        switches.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        return Map.copyOf(frozen);
    }
}
