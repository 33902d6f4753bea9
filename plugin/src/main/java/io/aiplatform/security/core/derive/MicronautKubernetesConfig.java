package io.aiplatform.security.core.derive;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Micronaut Kubernetes' configuration client as its guide documents it: with {@code micronaut.config-client.enabled:
 * true} (in {@code bootstrap.yml}) the service reads the ConfigMaps of its namespace through the Kubernetes API as
 * property sources — every one, unless {@code kubernetes.client.config-maps.includes} (names), {@code .excludes}
 * (names) or {@code .labels} (each entry's labels, all of them carried) narrow them; and, only with
 * {@code kubernetes.client.secrets.enabled: true}, the {@code Opaque} Secrets the same {@code secrets.*} filters
 * select. A ConfigMap's entry named {@code *.properties}, {@code *.yml} or {@code *.yaml} is read as that file, any
 * other entry (and every Secret entry) is one property. They stand above the service's files and below its
 * environment. The objects are those of the repository's manifests; a kind narrowed by {@code pod-labels} (the labels of
 * the pod it runs in) or read from mounted {@code paths} instead of the API is not read. A Secret's values are marked
 * secret: never shown.
 */
final class MicronautKubernetesConfig {

    private static final String CLIENT = "kubernetes.client.";

    private MicronautKubernetesConfig() {
    }

    /** {@code local} with the ConfigMaps and Secrets of {@code index} that the configuration client selects over it. */
    static ModuleConfiguration overlay(ModuleConfiguration local, List<String> profiles, ConfigDataIndex index) {
        if (!on(local, "micronaut.config-client.enabled", false)) {
            return local;
        }
        ModuleConfiguration config = local;
        if (on(local, CLIENT + "config-maps.enabled", true) && throughApi(local, "config-maps")) {
            config = layer(config, local, ConfigData.CONFIG_MAP, "config-maps", profiles, index);
        }
        if (on(local, CLIENT + "secrets.enabled", false) && throughApi(local, "secrets")) {
            config = layer(config, local, ConfigData.SECRET, "secrets", profiles, index);
        }
        return config;
    }

    /** The API is used unless mounted {@code paths} are given without {@code use-api: true}. */
    private static boolean throughApi(ModuleConfiguration local, String part) {
        String paths = CLIENT + part + ".paths";
        return local.get(paths).isEmpty() && !listed(local, paths) || on(local, CLIENT + part + ".use-api", false);
    }

    private static ModuleConfiguration layer(ModuleConfiguration config, ModuleConfiguration local, String kind,
                                             String part, List<String> profiles, ConfigDataIndex index) {
        String prefix = CLIENT + part + ".";
        if (local.get(prefix + "pod-labels").isPresent() || listed(local, prefix + "pod-labels")) {
            return config; // selected by the running pod's labels: not judged here
        }
        List<String> includes = names(local, prefix + "includes");
        List<String> excludes = names(local, prefix + "excludes");
        Map<String, String> labels = labels(local, prefix + "labels");
        for (ConfigData data : index.all(kind)) {
            ConfigDataMetadata meta = index.metadata(data);
            boolean selected = (includes.isEmpty() || includes.contains(data.name())) && !excludes.contains(data.name())
                    && meta.carries(labels) && (!data.secret() || meta.type().equals(ConfigDataMetadata.OPAQUE));
            if (selected) {
                config = config.overriddenBy(ModuleConfiguration.documents(documents(data), profiles));
            }
        }
        return config;
    }

    /** A boolean switch, {@code otherwise} when it is not set. */
    private static boolean on(ModuleConfiguration config, String key, boolean otherwise) {
        return config.value(key).map(v -> v.strip().toLowerCase(Locale.ROOT).equals("true")).orElse(otherwise);
    }

    /** Whether {@code key} is set as a YAML list ({@code key[0]}, …). */
    private static boolean listed(ModuleConfiguration config, String key) {
        return config.get(key + "[0]").isPresent();
    }

    /** A list of names: a YAML list, or a comma-separated value. */
    private static List<String> names(ModuleConfiguration config, String key) {
        List<String> names = new ArrayList<>();
        config.value(key).ifPresent(v -> split(v, names));
        for (int i = 0; config.get(key + "[" + i + "]").isPresent(); i++) {
            config.value(key + "[" + i + "]").ifPresent(v -> split(v, names));
        }
        return names;
    }

    private static void split(String value, List<String> into) {
        for (String n : value.split(",")) {
            if (!n.isBlank()) {
                into.add(n.strip());
            }
        }
    }

    /** The labels of {@code key}'s entries ({@code labels: [{app: orders}, {env: prod}]}), all of which must match. */
    private static Map<String, String> labels(ModuleConfiguration config, String key) {
        Map<String, String> labels = new TreeMap<>();
        String uniform = ConfigKeys.uniform(key) + "[";
        for (ConfigValue v : config.all()) {
            String k = ConfigKeys.uniform(v.key());
            int close = k.indexOf("].", uniform.length());
            if (k.startsWith(uniform) && close > 0) {
                String canonical = ConfigKeys.canonical(v.key());
                int at = canonical.indexOf("].", canonical.indexOf('['));
                labels.put(canonical.substring(at + 2), v.value().strip());
            }
        }
        return labels;
    }

    /** The documents an object gives: a ConfigMap's file entries as files, every other entry as one property. */
    private static List<ConfigFiles.Document> documents(ConfigData data) {
        return data.documents("micronaut-kubernetes", key -> !data.secret() && isFile(key));
    }

    private static final Set<String> FILE_EXTENSIONS = Set.of(".properties", ".yml", ".yaml");

    private static boolean isFile(String key) {
        int dot = key.lastIndexOf('.');
        return dot > 0 && FILE_EXTENSIONS.contains(key.substring(dot).toLowerCase(Locale.ROOT));
    }
}
