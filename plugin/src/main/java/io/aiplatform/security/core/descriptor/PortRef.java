package io.aiplatform.security.core.descriptor;

/** A reference to one of a service's ports, by name or by number (exactly one is set). */
public record PortRef(String name, Integer number) {

    public boolean matches(PortSpec port) {
        return name != null ? name.equals(port.name()) : number == port.port();
    }

    @Override
    public String toString() {
        return name != null ? name : String.valueOf(number);
    }
}
