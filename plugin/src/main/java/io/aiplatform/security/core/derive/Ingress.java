package io.aiplatform.security.core.derive;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A Kubernetes Ingress of the repository's manifests: its class ({@code spec.ingressClassName}, else the
 * {@code kubernetes.io/ingress.class} annotation; null when it names none) and the Services its rules and default
 * backend send to ({@code backend.service.name} and {@code port.number}/{@code port.name} of
 * {@code networking.k8s.io/v1}, {@code backend.serviceName}/{@code servicePort} of the older API versions).
 */
public record Ingress(String name, Path file, int line, String ingressClass, List<Backend> backends) {

    /** A Service an Ingress sends to: its port as a number, or by name ({@code port} null), and where it is said. */
    public record Backend(String service, Integer port, String portName, Path file, int line) {
    }

    public Ingress {
        backends = List.copyOf(backends);
    }

    /** The Ingress of one manifest document (keys in lower case). */
    static Ingress of(Path file, Map<String, ConfigValue> props) {
        ConfigValue name = props.get("metadata.name");
        ConfigValue cls = props.get("spec.ingressclassname");
        if (cls == null) {
            cls = props.get("metadata.annotations.kubernetes.io/ingress.class");
        }
        List<Backend> backends = new ArrayList<>();
        props.forEach((key, v) -> {
            String at = key.endsWith("backend.service.name") ? key.substring(0, key.length() - "name".length())
                    : key.endsWith("backend.servicename") ? key.substring(0, key.length() - "servicename".length()) : null;
            if (at != null) {
                ConfigValue port = first(props, at + "port.number", at + "serviceport", at + "port.name");
                String text = port == null ? null : port.value().strip();
                boolean number = text != null && text.matches("[1-9][0-9]{0,4}") && Integer.parseInt(text) <= 65535;
                backends.add(new Backend(v.value().strip(), number ? Integer.valueOf(text) : null,
                        number ? null : text, v.file(), v.line()));
            }
        });
        return new Ingress(name.value(), file, name.line(), cls == null ? null : cls.value().strip(), backends);
    }

    private static ConfigValue first(Map<String, ConfigValue> props, String... keys) {
        for (String key : keys) {
            if (props.containsKey(key)) {
                return props.get(key);
            }
        }
        return null;
    }
}
