package io.aiplatform.security.core.derive;

import java.util.Map;
import java.util.TreeMap;

/**
 * The labels and type of a ConfigMap or Secret manifest ({@code metadata.labels}, a Secret's {@code type}), for the
 * clients that select them by label ({@link MicronautKubernetesConfig}).
 *
 * @param labels its {@code metadata.labels}, sorted
 * @param type   a Secret's {@code type}; {@code Opaque} when the manifest sets none, as the API server defaults it
 */
record ConfigDataMetadata(Map<String, String> labels, String type) {

    static final String OPAQUE = "Opaque";

    /** A kustomize generator's object: no labels read. */
    static final ConfigDataMetadata NONE = new ConfigDataMetadata(Map.of(), OPAQUE);

    ConfigDataMetadata {
        labels = Map.copyOf(labels);
    }

    /** The labels and type of a manifest document's object. */
    static ConfigDataMetadata of(Map<String, ConfigValue> props) {
        Map<String, String> labels = new TreeMap<>();
        String prefix = "metadata.labels.";
        props.values().stream().filter(v -> v.key().startsWith(prefix))
                .forEach(v -> labels.put(v.key().substring(prefix.length()), v.value().strip()));
        ConfigValue type = props.get("type");
        return new ConfigDataMetadata(labels, type == null ? OPAQUE : type.value().strip());
    }

    /** True when the object carries every label of {@code selector} with its value. */
    boolean carries(Map<String, String> selector) {
        return selector.entrySet().stream().allMatch(e -> e.getValue().equals(labels.get(e.getKey())));
    }
}
