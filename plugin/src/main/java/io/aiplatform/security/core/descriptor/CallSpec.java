package io.aiplatform.security.core.descriptor;

/**
 * A call that no POM shows: a service name and optionally one of its ports; or, with
 * {@code outside} set, pods in another namespace (then {@code service} is the name there).
 */
public record CallSpec(String service, PortRef port, int line, OutsidePeer outside) {

    public CallSpec(String service, PortRef port, int line) {
        this(service, port, line, null);
    }
}
