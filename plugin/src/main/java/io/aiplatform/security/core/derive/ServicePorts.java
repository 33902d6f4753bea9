package io.aiplatform.security.core.derive;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The Kubernetes Services of the repository and the pod port each of their ports leads to: a URL names
 * the Service's {@code port} ({@code jsreport:80}), the pods listen on its {@code targetPort} (5488, or a
 * name that the selected pods' containers give a number). Without {@code targetPort} the pods' port is
 * the Service's.
 */
public final class ServicePorts {

    /**
     * Where a Service port leads: {@code targetPort} as a number when known, {@code targetName} when the
     * Service names it (resolved through the selected pods' container ports when they are in the repository).
     */
    public record Mapping(String service, int port, Integer targetPort, String targetName, Path file, int line) {

        /** Whether the port reached on the pods is another than the Service's. */
        public boolean changesPort() {
            return targetPort == null || targetPort != port;
        }

        /** {@code Service jsreport (deploy/k8s/jsreport.yaml:9) maps port 80 to targetPort 5488}. */
        public String describe(Function<Path, String> shown) {
            String target = targetName == null ? String.valueOf(targetPort)
                    : targetPort == null ? targetName : targetName + " (" + targetPort + ")";
            return "Service " + service + " (" + shown.apply(file) + ":" + line + ") maps port " + port
                    + " to targetPort " + target;
        }
    }

    private final Map<String, List<Mapping>> byService = new HashMap<>();
    /** The mappings of the Service ports that have a name, by Service and port name. */
    private final Map<String, Map<String, Mapping>> byPortName = new HashMap<>();

    /** Adds the ports of a Service manifest document, resolving named target ports through {@code workloads}. */
    void add(Map<String, ConfigValue> props, List<Workload> workloads) {
        ConfigValue kind = props.get("kind");
        ConfigValue name = props.get("metadata.name");
        if (kind == null || name == null || !kind.value().equals("Service")) {
            return;
        }
        String service = name.value().toLowerCase(Locale.ROOT);
        for (int i = 0; props.containsKey("spec.ports[" + i + "].port"); i++) {
            ConfigValue port = props.get("spec.ports[" + i + "].port");
            ConfigValue target = props.get("spec.ports[" + i + "].targetPort");
            Integer number = number(port.value());
            if (number == null) {
                continue;
            }
            String targetText = target == null ? port.value() : target.value().strip();
            Integer targetNumber = number(targetText);
            String targetName = targetNumber == null ? targetText : null;
            if (targetName != null) {
                targetNumber = containerPort(targetName, selector(props), workloads);
            }
            Mapping mapping = new Mapping(name.value(), number, targetNumber, targetName, port.file(), port.line());
            byService.computeIfAbsent(service, k -> new ArrayList<>()).add(mapping);
            ConfigValue portName = props.get("spec.ports[" + i + "].name");
            if (portName != null) {
                byPortName.computeIfAbsent(service, k -> new HashMap<>()).putIfAbsent(portName.value().strip(), mapping);
            }
        }
    }

    /**
     * Adds the port mapping of a Service that a build tool generates rather than the repository holds (Quarkus'
     * {@code quarkus-kubernetes} extension), unless the repository has a Service of that name: its own manifest wins.
     */
    public void addGenerated(Mapping mapping) {
        String service = mapping.service().toLowerCase(Locale.ROOT);
        if (!byService.containsKey(service)) {
            byService.put(service, new ArrayList<>(List.of(mapping)));
        }
    }

    /** Where port {@code port} of the Service named {@code service} leads, when the repository has that Service and port. */
    public Optional<Mapping> of(String service, int port) {
        return byService.getOrDefault(service.toLowerCase(Locale.ROOT), List.of()).stream()
                .filter(m -> m.port() == port).findFirst();
    }

    /** Where the port named {@code portName} of the Service named {@code service} leads, when the repository has it. */
    public Optional<Mapping> named(String service, String portName) {
        return Optional.ofNullable(byPortName.getOrDefault(service.toLowerCase(Locale.ROOT), Map.of()).get(portName));
    }

    private static Map<String, String> selector(Map<String, ConfigValue> props) {
        Map<String, String> selector = new HashMap<>();
        props.forEach((k, v) -> {
            if (k.startsWith("spec.selector.")) {
                selector.put(k.substring("spec.selector.".length()), v.value());
            }
        });
        return selector;
    }

    /** The number the containers of the pods {@code selector} selects give the port named {@code name}, or null. */
    private static Integer containerPort(String name, Map<String, String> selector, List<Workload> workloads) {
        if (selector.isEmpty()) {
            return null;
        }
        for (Workload w : workloads) {
            if (!w.labels().entrySet().containsAll(selector.entrySet())) {
                continue;
            }
            for (String container : w.containers()) {
                for (int p = 0; w.has(container + ".ports[" + p + "]."); p++) {
                    Integer number = number(w.value(container + ".ports[" + p + "].containerPort"));
                    if (name.equals(w.value(container + ".ports[" + p + "].name")) && number != null) {
                        return number;
                    }
                }
            }
        }
        return null;
    }

    private static Integer number(String text) {
        return text != null && text.strip().matches("[1-9][0-9]{0,4}") && Integer.parseInt(text.strip()) <= 65535
                ? Integer.valueOf(text.strip()) : null;
    }
}
