package io.aiplatform.security.core.derive;

import java.nio.file.Path;
import java.util.function.Function;

/**
 * One configuration property as a file sets it: key (an application's configuration: {@linkplain ConfigKeys#canonical
 * canonical}; Compose and Kubernetes files: lower case), value, where.
 */
public record ConfigValue(String key, String value, Path file, int line) {

    /** {@code file:line key}, for evidence. */
    public String where(Function<Path, String> shown) {
        return shown.apply(file) + ":" + line + " " + key;
    }
}
