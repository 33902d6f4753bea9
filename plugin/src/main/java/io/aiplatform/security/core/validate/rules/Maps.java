package io.aiplatform.security.core.validate.rules;

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

    /** The elements of a list, null elements ({@code [pods, ~]}) left out; anything else is an empty list. */
    static List<Object> list(Object o) {
        return o instanceof List<?> l ? l.stream().filter(java.util.Objects::nonNull).map(x -> (Object) x).toList()
                : List.of();
    }

    static List<String> strings(Object o) {
        return list(o).stream().map(String::valueOf).toList();
    }

    static Object at(Object root, String... path) {
        Object cur = root;
        for (String p : path) {
            cur = map(cur).get(p);
        }
        return cur;
    }
}
