package io.aiplatform.security.core.descriptor;

import java.util.Objects;

/** A port a service listens on. {@code name} may be null; protocol is TCP, UDP or SCTP. */
public record PortSpec(String name, int port, String protocol) {

    // equals and hashCode are written out, as the record's own would be: the record's are linked by a
    // bootstrap method on first use, which a fresh JVM (a build) pays for in milliseconds per record class
    @Override
    public boolean equals(Object o) {
        return o instanceof PortSpec p && port == p.port && Objects.equals(name, p.name)
                && Objects.equals(protocol, p.protocol);
    }

    @Override
    public int hashCode() {
        return (Objects.hashCode(name) * 31 + port) * 31 + Objects.hashCode(protocol);
    }
}
