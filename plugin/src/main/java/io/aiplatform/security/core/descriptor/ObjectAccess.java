package io.aiplatform.security.core.descriptor;

/** A Secret or ConfigMap a service reads, by name; {@code watch} adds the watch verb. */
public record ObjectAccess(String name, boolean watch, int line) {
}
