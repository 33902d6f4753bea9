package io.aiplatform.security.core.descriptor;

/**
 * A Secret or ConfigMap a service reads, by name; {@code watch} adds the watch verb; {@code immutable}
 * says its value never changes (the external-secrets output makes such a Secret immutable).
 */
public record ObjectAccess(String name, boolean watch, int line, boolean immutable) {

    public ObjectAccess(String name, boolean watch, int line) {
        this(name, watch, line, false);
    }
}
