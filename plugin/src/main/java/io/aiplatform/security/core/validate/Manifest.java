package io.aiplatform.security.core.validate;

import java.nio.file.Path;
import java.util.Map;

/**
 * One YAML document of a manifest file, as plain maps, with where it starts.
 *
 * @param file    the file, as shown in findings (relative to the project where possible)
 * @param line    1-based line the document starts on
 * @param content the parsed object
 */
public record Manifest(Path file, int line, Map<String, Object> content) {

    public String kind() {
        Object k = content.get("kind");
        return k == null ? null : String.valueOf(k);
    }

    public String apiVersion() {
        Object v = content.get("apiVersion");
        return v == null ? null : String.valueOf(v);
    }

    @SuppressWarnings("unchecked")
    public Map<String, Object> metadata() {
        return content.get("metadata") instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    public String name() {
        Object n = metadata().get("name");
        return n == null ? null : String.valueOf(n);
    }

    /** The namespace, or null for none written. */
    public String namespace() {
        Object n = metadata().get("namespace");
        return n == null ? null : String.valueOf(n);
    }

    @SuppressWarnings("unchecked")
    public Map<String, Object> annotations() {
        return metadata().get("annotations") instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    /** {@code Kind/namespace/name} or {@code Kind/name}, for reports. */
    public String objectRef() {
        String ns = namespace();
        String k = kind() == null ? "?" : kind();
        return name() == null ? k : k + "/" + (ns == null ? "" : ns + "/") + name();
    }
}
