package io.aiplatform.security.core.validate.schema;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A quick proof that an object satisfies a JSON Schema, for the keywords Kubernetes' standalone-strict
 * schemas use: {@code type}, {@code properties}, {@code additionalProperties}, {@code required},
 * {@code items}, {@code enum}, {@code oneOf} and {@code format}, besides annotations
 * ({@code description}, {@code x-kubernetes-*} …). It answers "valid" only where draft 4 leaves no
 * doubt; every object it cannot prove valid — an error, a format it does not check, a scalar it does not
 * know — goes to the full validator, which decides and words the messages. A schema with any other
 * keyword is not {@link #covers covered} and always goes there. So a valid layer is checked without
 * starting the full validator, and its verdicts stay the full validator's.
 */
final class SchemaProof {

    /** Keywords that assert nothing. */
    private static final Set<String> ANNOTATIONS = Set.of("description", "title", "default", "$schema");

    /** Formats the full validator does not know, and so does not assert (OpenAPI's numeric and base64 formats). */
    private static final Set<String> UNASSERTED_FORMATS = Set.of("int32", "int64", "byte", "float", "double");

    private static final Set<String> TYPES = Set.of("string", "integer", "number", "boolean", "object", "array", "null");

    private enum Verdict { VALID, UNSURE, INVALID }

    private SchemaProof() {
    }

    /** Whether {@code schema} uses only keywords this class checks, in the shapes it checks. */
    static boolean covers(Object schema) {
        if (!(schema instanceof Map<?, ?> map)) {
            return false;
        }
        for (Map.Entry<?, ?> e : map.entrySet()) {
            if (!(e.getKey() instanceof String keyword) || !covers(keyword, e.getValue())) {
                return false;
            }
        }
        return true;
    }

    private static boolean covers(String keyword, Object value) {
        switch (keyword) {
            case "type" -> {
                return value instanceof String t ? TYPES.contains(t)
                        : value instanceof List<?> types && !types.isEmpty() && types.stream().allMatch(TYPES::contains);
            }
            case "properties" -> {
                return value instanceof Map<?, ?> properties && properties.values().stream().allMatch(SchemaProof::covers);
            }
            case "additionalProperties" -> {
                return value instanceof Boolean || covers(value);
            }
            case "required" -> {
                return value instanceof List<?> names && names.stream().allMatch(String.class::isInstance);
            }
            case "items" -> {
                return covers(value); // one schema for every item; the tuple form is not covered
            }
            case "enum" -> {
                return value instanceof List<?> values && !values.isEmpty();
            }
            case "oneOf" -> {
                return value instanceof List<?> schemas && !schemas.isEmpty() && schemas.stream().allMatch(SchemaProof::covers);
            }
            case "format" -> {
                return value instanceof String;
            }
            default -> {
                return ANNOTATIONS.contains(keyword) || keyword.startsWith("x-");
            }
        }
    }

    /** Whether {@code value} (plain maps, lists and scalars) surely satisfies {@code schema}, which {@link #covers} must cover. */
    static boolean proves(Map<?, ?> schema, Object value) {
        return check(schema, value) == Verdict.VALID;
    }

    private static Verdict check(Map<?, ?> schema, Object value) {
        String type = typeOf(value);
        if (type == null) {
            return Verdict.UNSURE; // a timestamp, binary, a map with keys that are not strings: the full validator's
        }
        Verdict verdict = Verdict.VALID;
        for (Map.Entry<?, ?> e : schema.entrySet()) {
            verdict = worse(verdict, check((String) e.getKey(), e.getValue(), schema, type, value));
            if (verdict == Verdict.INVALID) {
                return verdict;
            }
        }
        return verdict;
    }

    /** Whether a {@code type} keyword's argument (one name, or a list of them) names {@code type}. */
    private static boolean names(Object types, String type) {
        return types instanceof List<?> list ? list.contains(type) : type.equals(types);
    }

    private static Verdict check(String keyword, Object argument, Map<?, ?> schema, String type, Object value) {
        return switch (keyword) {
            case "type" -> type(argument, type, value);
            case "enum" -> value instanceof String && ((List<?>) argument).contains(value) ? Verdict.VALID : Verdict.UNSURE;
            case "format" -> value == null || UNASSERTED_FORMATS.contains(argument) ? Verdict.VALID : Verdict.UNSURE;
            case "properties" -> properties(argument, value);
            case "additionalProperties" -> additionalProperties(argument, schema, value);
            case "required" -> required(argument, value);
            case "items" -> items(argument, value);
            case "oneOf" -> oneOf((List<?>) argument, value);
            default -> Verdict.VALID; // an annotation
        };
    }

    private static Verdict type(Object argument, String type, Object value) {
        if (names(argument, type) || type.equals("integer") && names(argument, "number")) {
            return Verdict.VALID;
        }
        return value instanceof Double && names(argument, "integer") ? Verdict.UNSURE : Verdict.INVALID;
    }

    private static Verdict properties(Object argument, Object value) {
        Verdict verdict = Verdict.VALID;
        if (value instanceof Map<?, ?> object) {
            Map<?, ?> declared = (Map<?, ?>) argument;
            // by the object's fields, which are few, looked up among the declared, which can be many
            for (Map.Entry<?, ?> field : object.entrySet()) {
                Object property = declared.get(field.getKey());
                if (property != null) {
                    verdict = worse(verdict, check((Map<?, ?>) property, field.getValue()));
                }
            }
        }
        return verdict;
    }

    private static Verdict additionalProperties(Object argument, Map<?, ?> schema, Object value) {
        Verdict verdict = Verdict.VALID;
        if (value instanceof Map<?, ?> object) {
            Map<?, ?> declared = schema.get("properties") instanceof Map<?, ?> p ? p : Map.of();
            for (Map.Entry<?, ?> field : object.entrySet()) {
                if (declared.containsKey(field.getKey())) {
                    continue;
                }
                if (Boolean.FALSE.equals(argument)) {
                    return Verdict.INVALID;
                }
                if (argument instanceof Map<?, ?> additional) {
                    verdict = worse(verdict, check(additional, field.getValue()));
                }
            }
        }
        return verdict;
    }

    private static Verdict required(Object names, Object value) {
        if (value instanceof Map<?, ?> object) {
            for (Object name : (List<?>) names) {
                if (!object.containsKey(name)) {
                    return Verdict.INVALID;
                }
            }
        }
        return Verdict.VALID;
    }

    private static Verdict items(Object item, Object value) {
        Verdict verdict = Verdict.VALID;
        if (value instanceof List<?> items) {
            for (Object element : items) {
                verdict = worse(verdict, check((Map<?, ?>) item, element));
            }
        }
        return verdict;
    }

    private static Verdict oneOf(List<?> alternatives, Object value) {
        int valid = 0;
        for (Object alternative : alternatives) {
            Verdict v = check((Map<?, ?>) alternative, value);
            if (v == Verdict.UNSURE) {
                return Verdict.UNSURE;
            }
            if (v == Verdict.VALID) {
                valid++;
            }
        }
        return valid == 1 ? Verdict.VALID : Verdict.INVALID;
    }

    private static Verdict worse(Verdict a, Verdict b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    /** The JSON type of a plain value, or null for anything else. */
    private static String typeOf(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof String) {
            return "string";
        }
        if (value instanceof Boolean) {
            return "boolean";
        }
        if (value instanceof Integer || value instanceof Long || value instanceof BigInteger) {
            return "integer";
        }
        if (value instanceof Double d) {
            return Double.isFinite(d) ? "number" : null;
        }
        if (value instanceof List<?>) {
            return "array";
        }
        if (value instanceof Map<?, ?> map) {
            for (Object key : map.keySet()) {
                if (!(key instanceof String)) {
                    return null;
                }
            }
            return "object";
        }
        return null;
    }
}
