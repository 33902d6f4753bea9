package io.aiplatform.security.core.derive;

import java.util.Map;

/**
 * Kubernetes' dependent environment variables: in an {@code env[].value}, {@code $(VAR)} is the value of a
 * variable defined before it in the same container ({@code envFrom}, then the {@code env} entries above);
 * a reference to an undefined variable stays as written, and {@code $$} is a literal {@code $}.
 */
final class KubernetesVariableReferences {

    /** The expanded value, and whether a Secret's value went into it. */
    record Expanded(String value, boolean secret) {

        @Override
        public String toString() {
            return "Expanded[secret=" + secret + "]"; // never the value: it may hold a Secret's
        }
    }

    private KubernetesVariableReferences() {
    }

    static Expanded expand(String value, Map<String, ConfigValue> defined) {
        if (!value.contains("$")) {
            return new Expanded(value, false);
        }
        StringBuilder out = new StringBuilder(value.length());
        boolean secret = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c != '$' || i + 1 >= value.length()) {
                out.append(c);
            } else if (value.charAt(i + 1) == '$') {
                out.append('$');
                i++;
            } else if (value.charAt(i + 1) == '(' && value.indexOf(')', i + 2) > 0) {
                int close = value.indexOf(')', i + 2);
                ConfigValue v = defined.get(value.substring(i + 2, close));
                out.append(v == null ? value.substring(i, close + 1) : v.value());
                secret |= v != null && v.secret();
                i = close;
            } else {
                out.append(c);
            }
        }
        return new Expanded(out.toString(), secret);
    }
}
