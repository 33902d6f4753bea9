package io.aiplatform.security.core.io;

import io.fabric8.kubernetes.api.model.AnyType;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Kubernetes model objects (fabric8) as plain maps, lists and scalars: the tree Jackson would
 * serialize with {@code NON_NULL} inclusion, read through {@link ModelClass} without building
 * Jackson's bean serializers, which are most of a cold {@code generate-security}. Throws
 * {@link ModelClass.Unsupported} for what it does not know; the caller then asks Jackson.
 */
final class ModelTree {

    private ModelTree() {
    }

    /** The value as Jackson's tree of it would read back: maps keep order, integers that fit are ints. */
    static Object plain(Object value) {
        if (value == null || value instanceof String || value instanceof Boolean || value instanceof Integer) {
            return value;
        }
        if (value instanceof Long || value instanceof Short || value instanceof Byte) {
            long n = ((Number) value).longValue();
            return n == (int) n ? (Object) (int) n : (Object) n;
        }
        if (value instanceof Map<?, ?> map) {
            return putEntries(map, new LinkedHashMap<>());
        }
        if (value instanceof Collection<?> collection) {
            List<Object> out = new ArrayList<>(collection.size());
            for (Object element : collection) {
                out.add(plain(element));
            }
            return out;
        }
        if (value instanceof AnyType any && ModelClass.isModel(value.getClass())) {
            return plain(any.getValue()); // IntOrString and its kind: serialized as the value they hold
        }
        return bean(value, ModelClass.of(value.getClass()));
    }

    private static Map<String, Object> bean(Object bean, ModelClass model) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (ModelClass.Property p : model.properties()) {
            Object value = p.read(bean);
            if (!p.omits(value)) {
                out.put(p.name(), plain(value));
            }
        }
        Method anyGetter = model.anyGetter();
        if (anyGetter != null) {
            Object extra;
            try {
                extra = anyGetter.invoke(bean);
            } catch (ReflectiveOperationException e) {
                throw new ModelClass.Unsupported(anyGetter.toString());
            }
            if (extra instanceof Map<?, ?> map) {
                putEntries(map, out);
            } else if (extra != null) {
                throw new ModelClass.Unsupported(anyGetter.toString());
            }
        }
        return out;
    }

    /**
     * Adds the entries of {@code map} to {@code out} as plain values, leaving out null values as the
     * NON_NULL mapper does; a key that is not a string, or one {@code out} already holds (an additional
     * property named like a property), is Jackson's call.
     */
    private static Map<String, Object> putEntries(Map<?, ?> map, Map<String, Object> out) {
        for (Map.Entry<?, ?> e : map.entrySet()) {
            if (!(e.getKey() instanceof String key) || out.containsKey(key)) {
                throw new ModelClass.Unsupported("map key " + e.getKey());
            }
            if (e.getValue() != null) {
                out.put(key, plain(e.getValue()));
            }
        }
        return out;
    }
}
