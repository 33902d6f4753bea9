package io.aiplatform.security.core.validate.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/** Null-safe navigation of parsed manifests. */
final class Maps {

    private Maps() {
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object o) {
        return o instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    /** The elements of a list, null elements ({@code [pods, ~]}) left out; anything else is an empty list. Read-only. */
    @SuppressWarnings("unchecked")
    static List<Object> list(Object o) {
        if (!(o instanceof List<?> l)) {
            return List.of();
        }
        if (!hasNull(l)) {
            return Collections.unmodifiableList((List<Object>) l); // the common case: no copy
        }
        List<Object> present = new ArrayList<>(l.size());
        for (Object x : l) {
            if (x != null) {
                present.add(x);
            }
        }
        return Collections.unmodifiableList(present);
    }

    /** Whether a list holds null; not {@code contains(null)}, which {@code List.of} lists refuse. */
    private static boolean hasNull(List<?> l) {
        for (Object x : l) {
            if (x == null) {
                return true;
            }
        }
        return false;
    }

    /** {@link #list} with each element as text. Read-only. */
    @SuppressWarnings("unchecked")
    static List<String> strings(Object o) {
        List<Object> present = list(o);
        for (Object x : present) {
            if (!(x instanceof String)) {
                List<String> texts = new ArrayList<>(present.size());
                for (Object y : present) {
                    texts.add(String.valueOf(y));
                }
                return Collections.unmodifiableList(texts);
            }
        }
        return (List<String>) (List<?>) present;
    }

    static Object at(Object root, String... path) {
        Object cur = root;
        for (String p : path) {
            cur = map(cur).get(p);
        }
        return cur;
    }
}
