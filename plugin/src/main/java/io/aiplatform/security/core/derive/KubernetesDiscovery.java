package io.aiplatform.security.core.derive;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Spring Cloud Kubernetes' discovery client (catalog data {@code kubernetes-discovery.txt}): which libraries bring
 * it, and which Kubernetes Services it lists as its configuration says ({@code spring.cloud.kubernetes.discovery.*}:
 * {@code enabled}, {@code all-namespaces}, {@code namespaces}, {@code service-labels}).
 */
public final class KubernetesDiscovery {

    private static final String PREFIX = "spring.cloud.kubernetes.discovery.";
    private static final Set<String> CLIENTS = CatalogData.lines("kubernetes-discovery.txt").stream()
            .map(parts -> parts[0]).collect(Collectors.toUnmodifiableSet());

    private KubernetesDiscovery() {
    }

    /** Whether {@code groupId:artifactId} brings Spring Cloud Kubernetes' discovery client. */
    public static boolean isClient(String coordinates) {
        return CLIENTS.contains(coordinates);
    }

    /** Whether the configuration switches the discovery client off. */
    public static boolean disabled(ModuleConfiguration config) {
        return isFalse(config, PREFIX + "enabled") || isFalse(config, "spring.cloud.discovery.enabled")
                || isFalse(config, "spring.cloud.kubernetes.enabled");
    }

    /**
     * The labels a Service must carry to be listed ({@code service-labels}, keys in their canonical form), each with
     * the property that sets it.
     */
    public static Map<String, ConfigValue> serviceLabels(ModuleConfiguration config) {
        Map<String, ConfigValue> labels = new TreeMap<>();
        String prefix = PREFIX + "service-labels";
        for (ConfigValue v : config.all()) {
            String key = ConfigKeys.canonical(v.key());
            if (key.startsWith(prefix + ".") || key.startsWith(prefix + "[")) {
                String label = key.substring(prefix.length() + (key.charAt(prefix.length()) == '.' ? 1 : 0));
                labels.put(label.startsWith("[") && label.endsWith("]") ? label.substring(1, label.length() - 1) : label,
                        v);
            }
        }
        return labels;
    }

    /**
     * The namespaces listed besides the service's own: empty for its own only, {@code ["*"]} for all
     * ({@code all-namespaces: true}), else the {@code namespaces} set.
     */
    public static List<String> namespaces(ModuleConfiguration config) {
        if (config.value(PREFIX + "all-namespaces").map(v -> v.strip().equalsIgnoreCase("true")).orElse(false)) {
            return List.of("*");
        }
        List<String> namespaces = new ArrayList<>();
        config.value(PREFIX + "namespaces").ifPresent(v -> namespaces.addAll(List.of(v.split(","))));
        for (int i = 0; config.get(PREFIX + "namespaces[" + i + "]").isPresent(); i++) {
            config.value(PREFIX + "namespaces[" + i + "]").ifPresent(namespaces::add);
        }
        return namespaces.stream().map(String::strip).filter(n -> !n.isEmpty()).toList();
    }

    /** The property that sets the namespaces, for evidence. */
    public static Optional<ConfigValue> namespacesSource(ModuleConfiguration config) {
        return config.source(PREFIX + "all-namespaces", PREFIX + "namespaces", PREFIX + "namespaces[0]");
    }

    private static boolean isFalse(ModuleConfiguration config, String key) {
        return config.value(key).map(v -> v.strip().equalsIgnoreCase("false")).orElse(false);
    }
}
