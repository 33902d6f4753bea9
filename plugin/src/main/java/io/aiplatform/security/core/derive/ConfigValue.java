package io.aiplatform.security.core.derive;

import java.nio.file.Path;
import java.util.function.Function;

/**
 * One configuration property as a file sets it: key (an application's configuration: {@linkplain ConfigKeys#canonical
 * canonical}; Compose and Kubernetes files: lower case or as written), value, where.
 * {@code origin}, when set, says what the value comes from in place of the key in evidence (a
 * ConfigMap's or a Secret's key: {@code Secret orders-db key SPRING_DATASOURCE_URL}); {@code secret}
 * marks a value from a Secret, which is never shown, not even by {@link #toString()}.
 */
public record ConfigValue(String key, String value, Path file, int line, String origin, boolean secret) {

    public ConfigValue(String key, String value, Path file, int line) {
        this(key, value, file, line, null, false);
    }

    /** {@code file:line key}, or {@code file:line origin} when the value comes from a ConfigMap or Secret, for evidence. */
    public String where(Function<Path, String> shown) {
        return shown.apply(file) + ":" + line + " " + (origin != null ? origin : key);
    }

    /** The same value, origin and place under another key. */
    public ConfigValue withKey(String other) {
        return new ConfigValue(other, value, file, line, origin, secret);
    }

    @Override
    public String toString() {
        return "ConfigValue[key=" + key + ", value=" + (secret ? "(from a Secret, not shown)" : value) + ", file="
                + file + ", line=" + line + (origin == null ? "" : ", origin=" + origin) + "]";
    }
}
