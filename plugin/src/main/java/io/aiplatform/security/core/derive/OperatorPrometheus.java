package io.aiplatform.security.core.derive;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A Prometheus Operator {@code Prometheus} resource ({@code apiVersion: monitoring.coreos.com/v1}) with
 * {@code spec.additionalScrapeConfigs}, and the names under which the operator runs it: the StatefulSet
 * {@code prometheus-<name>} (its pods {@code prometheus-<name>-0}), the repository's Services whose selector
 * matches the pods' labels (the operator's {@code prometheus}, {@code app.kubernetes.io/name},
 * {@code app.kubernetes.io/instance} and {@code operator.prometheus.io/name}, and {@code spec.podMetadata.labels}),
 * the governing Service {@code prometheus-operated}, and the resource's own name.
 *
 * @param name   the resource's {@code metadata.name}
 * @param secret {@code spec.additionalScrapeConfigs.name}; null for a resource read only for its runners
 *               ({@link MonitorResources})
 * @param key    {@code spec.additionalScrapeConfigs.key}; null likewise
 * @param podLabels the labels of the pods the operator runs for it
 */
record OperatorPrometheus(String name, ConfigValue secret, ConfigValue key, Map<String, String> podLabels) {

    static final String API_GROUP = "monitoring.coreos.com/";
    /** The Service the operator creates for every Prometheus it runs. */
    static final String GOVERNING_SERVICE = "prometheus-operated";

    OperatorPrometheus {
        podLabels = Map.copyOf(podLabels);
    }

    /** The resource {@code object} (keys as written) is, when it is a Prometheus with additional scrape configs. */
    static Optional<OperatorPrometheus> of(Map<String, ConfigValue> object) {
        ConfigValue api = object.get("apiVersion");
        ConfigValue kind = object.get("kind");
        ConfigValue name = object.get("metadata.name");
        ConfigValue secret = object.get("spec.additionalScrapeConfigs.name");
        ConfigValue key = object.get("spec.additionalScrapeConfigs.key");
        if (api == null || !api.value().startsWith(API_GROUP) || kind == null || !kind.value().equals("Prometheus")
                || name == null || secret == null || key == null || secret.value().isBlank() || key.value().isBlank()) {
            return Optional.empty();
        }
        return Optional.of(running(name.value(), SecretMonitoringFiles.prefixed(object, "spec.podMetadata.labels."))
                .withScrapeConfigs(secret, key));
    }

    /**
     * The Prometheus resource {@code name} as the operator runs it, its pods labelled with {@code podMetadataLabels}
     * and the operator's own labels (without additional scrape configs).
     */
    static OperatorPrometheus running(String name, Map<String, String> podMetadataLabels) {
        Map<String, String> labels = new TreeMap<>(podMetadataLabels);
        labels.put("prometheus", name);
        labels.put("app.kubernetes.io/name", "prometheus");
        labels.put("app.kubernetes.io/instance", name);
        labels.put("operator.prometheus.io/name", name);
        return new OperatorPrometheus(name, null, null, labels);
    }

    private OperatorPrometheus withScrapeConfigs(ConfigValue secret, ConfigValue key) {
        return new OperatorPrometheus(name, secret, key, podLabels);
    }

    /**
     * The service names that run it, most likely first: {@code prometheus-<name>}, the Services of {@code selectors}
     * (by name) that select its pods, {@code prometheus-operated}, {@code <name>}.
     */
    List<String> runners(Map<String, Map<String, String>> selectors) {
        List<String> names = new ArrayList<>();
        names.add("prometheus-" + name);
        selectors.forEach((service, selector) -> {
            if (!selector.isEmpty() && selector.entrySet().stream()
                    .allMatch(e -> e.getValue().equals(podLabels.get(e.getKey())))) {
                names.add(service);
            }
        });
        names.add(GOVERNING_SERVICE);
        names.add(name);
        return names.stream().distinct().toList();
    }
}
