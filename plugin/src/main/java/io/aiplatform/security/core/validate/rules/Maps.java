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

    static List<Object> list(Object o) {
        return o instanceof List<?> l ? List.copyOf(l.stream().map(x -> (Object) x).toList()) : List.of();
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
