package io.aiplatform.security.core.derive;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A Kubernetes workload of the repository (Deployment, StatefulSet, DaemonSet, Job, CronJob) as a
 * manifest document gives it: its kind and name, its pod template's labels and its containers (init
 * containers included), each by the key prefix of its fields.
 */
record Workload(String kind, ConfigValue name, Map<String, ConfigValue> props, String template,
                Map<String, String> labels) {

    /** The pod template of each workload kind: a CronJob's lies in its job template. */
    private static final Map<String, String> TEMPLATES = Map.of("Deployment", "spec.template",
            "StatefulSet", "spec.template", "DaemonSet", "spec.template", "Job", "spec.template",
            "CronJob", "spec.jobTemplate.spec.template");

    /** The workload a manifest document defines, if it is one. */
    static Optional<Workload> of(Map<String, ConfigValue> props) {
        ConfigValue kind = props.get("kind");
        ConfigValue name = props.get("metadata.name");
        if (kind == null || name == null || !TEMPLATES.containsKey(kind.value())) {
            return Optional.empty();
        }
        String template = TEMPLATES.get(kind.value());
        return Optional.of(new Workload(kind.value(), name, props, template, labels(props, template)));
    }

    /** {@code Deployment orders}, for messages. */
    String describe() {
        return kind + " " + name.value();
    }

    /** The key prefixes of the containers, then of the init containers ({@code spec.template.spec.containers[0]}). */
    List<String> containers() {
        List<String> prefixes = new ArrayList<>();
        for (String list : List.of("containers", "initContainers")) {
            String at = template + ".spec." + list;
            for (int c = 0; has(at + "[" + c + "]."); c++) {
                prefixes.add(at + "[" + c + "]");
            }
        }
        return prefixes;
    }

    /** The pod template's labels. */
    private static Map<String, String> labels(Map<String, ConfigValue> props, String template) {
        String at = template + ".metadata.labels.";
        Map<String, String> labels = new LinkedHashMap<>();
        props.forEach((k, v) -> {
            if (k.startsWith(at)) {
                labels.put(k.substring(at.length()), v.value());
            }
        });
        return labels;
    }

    /** Whether any field lies below {@code prefix} (which ends in '.'). */
    boolean has(String prefix) {
        return props.keySet().stream().anyMatch(k -> k.startsWith(prefix));
    }

    /** The value at {@code key}, or null. */
    String value(String key) {
        ConfigValue v = props.get(key);
        return v == null ? null : v.value();
    }
}
