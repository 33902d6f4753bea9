package io.aiplatform.security.core.descriptor;

import java.util.List;

/** An external destination: an IP block (with exceptions) and the ports allowed to it. */
public record EgressSpec(String cidr, List<String> except, List<PortSpec> ports, int line) {

    public EgressSpec {
        except = List.copyOf(except);
        ports = List.copyOf(ports);
    }
}
