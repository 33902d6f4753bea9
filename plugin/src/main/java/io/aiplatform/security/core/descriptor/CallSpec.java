package io.aiplatform.security.core.descriptor;

/** A call that no POM shows: a service name and optionally one of its ports. */
public record CallSpec(String service, PortRef port, int line) {
}
