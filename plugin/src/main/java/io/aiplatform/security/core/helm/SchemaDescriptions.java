package io.aiplatform.security.core.helm;

import java.util.List;
import java.util.Map;

/**
 * What each value of the chart sets, as {@code values.schema.json} describes it: the one text behind
 * the comments of {@code values.yaml}, the chart's README and Helm's own schema check.
 */
final class SchemaDescriptions {

    private final Map<String, Object> schema;

    SchemaDescriptions(Map<String, Object> schema) {
        this.schema = schema;
    }

    /** The description of the value at {@code path} (keys from the root), or null when the schema has none. */
    String of(List<String> path) {
        return node(path) instanceof Map<?, ?> object && object.get("description") instanceof String text ? text : null;
    }

    /** Whether the value at {@code path} is a map of free keys (e.g. annotations), not a group of named values. */
    boolean isFreeMap(List<String> path) {
        return node(path) instanceof Map<?, ?> object && !object.containsKey("properties")
                && object.get("additionalProperties") instanceof Map<?, ?>;
    }

    private Object node(List<String> path) {
        Object node = schema;
        for (String key : path) {
            if (!(node instanceof Map<?, ?> object) || !(object.get("properties") instanceof Map<?, ?> properties)) {
                return null;
            }
            node = properties.get(key);
        }
        return node;
    }
}
