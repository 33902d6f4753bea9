package io.aiplatform.security.core.validate.schema;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A CRD's {@code openAPIV3Schema} as a strict JSON Schema, the way the API server reads it under strict field
 * validation: objects with properties reject unknown fields unless {@code x-kubernetes-preserve-unknown-fields};
 * {@code x-kubernetes-int-or-string} accepts an integer or a string; {@code nullable} accepts null;
 * {@code x-kubernetes-embedded-resource} objects carry {@code apiVersion}, {@code kind} and {@code metadata}; a
 * required field with a {@code default} is not required (the API server fills it in); the top level's
 * {@code metadata} is any ObjectMeta, and {@code apiVersion} and {@code kind} must name the resource.
 */
final class CrdSchemaConversion {

    private static final String PRESERVE = "x-kubernetes-preserve-unknown-fields";

    private CrdSchemaConversion() {
    }

    static Map<String, Object> strict(Map<?, ?> openApi, String apiVersion, String kind) {
        Map<String, Object> schema = node(openApi);
        Map<String, Object> properties = properties(schema);
        properties.put("apiVersion", Map.of("type", "string", "enum", List.of(apiVersion)));
        properties.put("kind", Map.of("type", "string", "enum", List.of(kind)));
        properties.put("metadata", Map.of("type", "object"));
        schema.put("properties", properties);
        schema.put("type", "object");
        if (!Boolean.TRUE.equals(openApi.get(PRESERVE))) {
            schema.put("additionalProperties", false);
        }
        return schema;
    }

    private static Map<String, Object> node(Map<?, ?> in) {
        Map<String, Object> out = new LinkedHashMap<>();
        in.forEach((k, v) -> out.put(String.valueOf(k), v));
        if (in.get("properties") instanceof Map<?, ?> props) {
            Map<String, Object> converted = new LinkedHashMap<>();
            props.forEach((name, sub) -> converted.put(String.valueOf(name), sub instanceof Map<?, ?> m ? node(m) : sub));
            out.put("properties", converted);
            out.put("required", required(in.get("required"), props));
            if (out.get("required") == null) {
                out.remove("required");
            }
        }
        for (String key : List.of("items", "additionalProperties", "not")) {
            if (in.get(key) instanceof Map<?, ?> m) {
                out.put(key, node(m));
            }
        }
        for (String key : List.of("allOf", "anyOf", "oneOf")) {
            if (in.get(key) instanceof List<?> list) {
                out.put(key, list.stream().map(x -> x instanceof Map<?, ?> m ? (Object) node(m) : x).toList());
            }
        }
        types(in, out);
        if (Boolean.TRUE.equals(in.get("x-kubernetes-embedded-resource"))) {
            Map<String, Object> properties = properties(out);
            properties.putIfAbsent("apiVersion", Map.of("type", "string"));
            properties.putIfAbsent("kind", Map.of("type", "string"));
            properties.putIfAbsent("metadata", Map.of("type", "object"));
            out.put("properties", properties);
        }
        boolean closable = in.get("properties") instanceof Map<?, ?> && !in.containsKey("additionalProperties");
        if (closable && !Boolean.TRUE.equals(in.get(PRESERVE))) {
            out.put("additionalProperties", false);
        }
        return out;
    }

    /** int-or-string and nullable as JSON Schema types. */
    private static void types(Map<?, ?> in, Map<String, Object> out) {
        if (Boolean.TRUE.equals(in.get("x-kubernetes-int-or-string"))) {
            out.put("type", new ArrayList<>(List.of("integer", "string")));
        }
        if (Boolean.TRUE.equals(in.get("nullable")) && out.get("type") != null) {
            List<Object> types = new ArrayList<>();
            if (out.get("type") instanceof List<?> list) {
                types.addAll(list);
            } else {
                types.add(out.get("type"));
            }
            types.add("null");
            out.put("type", types);
        }
    }

    private static List<Object> required(Object required, Map<?, ?> props) {
        if (!(required instanceof List<?> names)) {
            return null;
        }
        List<Object> kept = new ArrayList<>();
        for (Object name : names) {
            boolean defaulted = props.get(name) instanceof Map<?, ?> p && p.containsKey("default");
            if (!defaulted) {
                kept.add(name);
            }
        }
        return kept.isEmpty() ? null : kept;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> properties(Map<String, Object> schema) {
        return schema.get("properties") instanceof Map<?, ?> p ? new LinkedHashMap<>((Map<String, Object>) p)
                : new LinkedHashMap<>();
    }
}
