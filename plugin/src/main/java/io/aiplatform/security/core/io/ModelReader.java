package io.aiplatform.security.core.io;

import io.fabric8.kubernetes.api.model.IntOrString;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Kubernetes model objects (fabric8) built from plain maps, as Jackson's {@code convertValue}
 * builds them, for the well-formed case only: every key a property, every value of its field's own
 * type. Anything else (an unknown key, a null, a number where a string goes, a class with its own
 * deserializer) throws {@link ModelClass.Unsupported}, and the caller converts through Jackson,
 * which decides how to coerce, what to reject and with which message.
 */
final class ModelReader {

    private ModelReader() {
    }

    /** {@code plain} as an object of {@code type}, a fabric8 model class. */
    static <T> T read(Object plain, Class<T> type) {
        return type.cast(value(plain, type));
    }

    private static Object value(Object plain, Type type) {
        if (plain == null) {
            throw new ModelClass.Unsupported("null");
        }
        Class<?> raw = type instanceof ParameterizedType p ? (Class<?>) p.getRawType()
                : type instanceof Class<?> c ? c : null;
        if (raw == null) {
            throw new ModelClass.Unsupported(type.getTypeName());
        }
        if (raw == String.class && plain instanceof String) {
            return plain;
        }
        if ((raw == Integer.class || raw == int.class) && plain instanceof Integer) {
            return plain;
        }
        if ((raw == Long.class || raw == long.class) && (plain instanceof Integer || plain instanceof Long)) {
            return ((Number) plain).longValue();
        }
        if ((raw == Boolean.class || raw == boolean.class) && plain instanceof Boolean) {
            return plain;
        }
        if (raw == IntOrString.class && (plain instanceof Integer || plain instanceof String)) {
            return new IntOrString(plain);
        }
        if (raw == List.class && plain instanceof List<?> list && type instanceof ParameterizedType p) {
            List<Object> out = new ArrayList<>(list.size());
            for (Object element : list) {
                out.add(value(element, p.getActualTypeArguments()[0]));
            }
            return out;
        }
        if (raw == Map.class && plain instanceof Map<?, ?> map && type instanceof ParameterizedType p
                && p.getActualTypeArguments()[0] == String.class) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (!(e.getKey() instanceof String key)) {
                    throw new ModelClass.Unsupported("map key " + e.getKey());
                }
                out.put(key, value(e.getValue(), p.getActualTypeArguments()[1]));
            }
            return out;
        }
        if (plain instanceof Map<?, ?> map && ModelClass.isModel(raw)) {
            ModelClass model = ModelClass.of(raw);
            Object bean = model.newInstance();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                ModelClass.Property property = e.getKey() instanceof String key ? model.property(key) : null;
                if (property == null) {
                    throw new ModelClass.Unsupported(raw.getSimpleName() + "." + e.getKey());
                }
                property.write(bean, value(e.getValue(), property.field().getGenericType()));
            }
            return bean;
        }
        throw new ModelClass.Unsupported(plain.getClass().getSimpleName() + " as " + type.getTypeName());
    }
}
