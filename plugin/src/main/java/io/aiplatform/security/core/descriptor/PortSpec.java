package io.aiplatform.security.core.descriptor;

/** A port a service listens on. {@code name} may be null; protocol is TCP, UDP or SCTP. */
public record PortSpec(String name, int port, String protocol) {
}
