package io.aiplatform.security.core.graph;

import io.aiplatform.security.core.support.DerivationRule;
import io.aiplatform.security.core.derive.Container;
import io.aiplatform.security.core.derive.MonitoringFile;
import io.aiplatform.security.core.derive.SecretMonitoringFiles;
import io.aiplatform.security.core.support.Problem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Which service runs each monitoring file ({@link MonitoringFile}: Prometheus, Grafana data sources, Promtail,
 * Grafana Agent, the OpenTelemetry Collector): the Compose services
 * that bind-mount the file or a folder holding it, or whose Dockerfile copies it into the image; the
 * Kubernetes workloads that mount the ConfigMap holding it; else the services named after the product
 * ({@code prometheus}, {@code grafana}, {@code promtail}, {@code agent}, {@code otel-collector}) or running its image
 * ({@link MonitoringFile.Kind#namedBy}). A file a Secret holds
 * ({@link SecretMonitoringFiles}) is run by the first of its runners that is a service (a Prometheus Operator
 * resource's {@code prometheus-<name>} ...; the workloads mounting the Secret), else, unless workloads outside the
 * platform mount it, by the service named after the product. A file no service runs is one warning
 * naming it and what to change. Computed once per run.
 */
final class MonitoringOwners {

    /** The owners of each file, in the order the files were read (the deployment files', sorted). */
    private final List<Map.Entry<MonitoringFile, List<Service>>> owners = new ArrayList<>();

    private MonitoringOwners(Derivation d) {
        ServiceContainers containers = ServiceContainers.of(d);
        for (MonitoringFile.Kind kind : MonitoringFile.Kind.values()) {
            for (MonitoringFile f : containers.monitoring(kind)) {
                List<Service> found = running(f, containers);
                if (found.isEmpty()) {
                    found = named(kind, d, containers);
                }
                if (found.isEmpty()) {
                    d.findings.warnings.add(new Problem(d.rel(f.file()), 0, null, unowned(kind, f, containers, d))
                            .withRule(DerivationRule.UNOWNED_MONITORING));
                }
                owners.add(Map.entry(f, found));
            }
        }
        for (SecretMonitoringFiles.Held held : d.platform.secretMonitoring) {
            MonitoringFile.Kind kind = held.file().kind();
            List<Service> found = runners(held, d);
            if (found.isEmpty() && !held.mounted()) {
                found = named(kind, d, containers);
            }
            if (found.isEmpty()) {
                d.findings.warnings.add(new Problem(d.rel(held.file().file()), 0, null, unowned(held))
                        .withRule(DerivationRule.UNOWNED_MONITORING));
            }
            owners.add(Map.entry(held.file(), found));
        }
    }

    /**
     * The service that runs a file a Secret holds: the first of its runners that is a service of the platform (by
     * name, else by its module's artifactId).
     */
    private static List<Service> runners(SecretMonitoringFiles.Held held, Derivation d) {
        return firstService(held.runners(), d);
    }

    /** The first of {@code names} that is a service of the platform (by name, else by its module's artifactId). */
    static List<Service> firstService(List<String> names, Derivation d) {
        for (String name : names) {
            Service s = d.services().get(name);
            if (s == null) {
                s = d.services().values().stream().filter(x -> x.module().directory() != null
                        && name.equals(x.module().artifactId())).findFirst().orElse(null);
            }
            if (s != null) {
                return List.of(s);
            }
        }
        return List.of();
    }

    /**
     * Why no service runs a file a Secret holds: the workloads mounting the Secret run none, or none of its runners is
     * a service and nothing is named after the product.
     */
    private static String unowned(SecretMonitoringFiles.Held held) {
        String product = held.file().kind().product();
        String what = held.file().kind().description();
        if (held.mounted()) {
            return "this " + what + " (" + held.holder() + ") is run by " + String.join(", ", held.runners())
                    + ", which runs no service of the platform; the connections it configures are not derived (add it"
                    + " to platform.yaml as the " + product + " service, or add 'calls:')";
        }
        return "this " + what + " (" + held.holder() + ") is run by no service of the platform: "
                + (held.runners().isEmpty() ? "no workload mounts the Secret"
                : "no service is named " + String.join(", ", held.runners()))
                + ", and no service is named " + product + "; the connections it configures are not derived (name the "
                + product + " service " + (held.runners().isEmpty() ? product : held.runners().get(0))
                + " in platform.yaml, or add 'calls:')";
    }

    /** Why no service runs {@code f}: a container outside the platform runs it, or nothing does. */
    private static String unowned(MonitoringFile.Kind kind, MonitoringFile f, ServiceContainers containers, Derivation d) {
        String what = kind.description() + (f.configMap() == null ? "" : " (ConfigMap " + f.configMap() + ")");
        List<String> outside = containers.deployment().containers().stream()
                .filter(c -> containers.serviceOf(c) == null && runs(c, f, containers))
                .map(c -> c.name() + " (" + d.rel(c.file()) + ")").distinct().toList();
        if (!outside.isEmpty()) {
            return "this " + what + " is run by " + String.join(", ", outside) + ", which runs no service of the platform;"
                    + " the connections it configures are not derived (add it to platform.yaml as the " + kind.product()
                    + " service, or add 'calls:')";
        }
        return "this " + what + " is run by no service of the platform: no Compose service mounts or copies it, no"
                + " workload mounts its ConfigMap, and no service is named " + kind.product() + "; the connections it"
                + " configures are not derived (mount it into the " + kind.product() + " service, or add 'calls:')";
    }

    static MonitoringOwners of(Derivation d) {
        return d.once(MonitoringOwners.class, () -> new MonitoringOwners(d));
    }

    /** The files of {@code kind} that {@code a} runs, in file order. */
    List<MonitoringFile> runBy(Service a, MonitoringFile.Kind kind) {
        return owners.stream().filter(e -> e.getKey().kind() == kind && e.getValue().contains(a))
                .map(Map.Entry::getKey).toList();
    }

    /** The services whose containers mount or copy {@code f} (or mount its ConfigMap), by name. */
    private static List<Service> running(MonitoringFile f, ServiceContainers containers) {
        Map<String, Service> found = new TreeMap<>();
        for (Container c : containers.matched()) {
            if (runs(c, f, containers)) {
                Service s = containers.serviceOf(c);
                found.put(s.name(), s);
            }
        }
        return List.copyOf(found.values());
    }

    /** Whether container {@code c} mounts or copies {@code f}, or mounts the ConfigMap holding it. */
    private static boolean runs(Container c, MonitoringFile f, ServiceContainers containers) {
        return f.configMap() != null ? c.configMaps().contains(f.configMap())
                : holds(c.mounts(), f.file()) || holds(containers.copied(c), f.file());
    }

    private static boolean holds(List<Path> paths, Path file) {
        Path abs = file.toAbsolutePath().normalize();
        return paths.stream().anyMatch(abs::startsWith);
    }

    /** The services named {@code product}, or running an image of that name ({@code prom/prometheus:v2}). */
    static List<Service> named(String product, Derivation d, ServiceContainers containers) {
        return d.services().values().stream().filter(s -> s.name().equals(product) || containers.of(s).stream()
                .flatMap(c -> c.imageNames().stream()).anyMatch(product::equals)).toList();
    }

    /** The services named after the product of {@code kind}, or running its image ({@link MonitoringFile.Kind#namedBy}). */
    private static List<Service> named(MonitoringFile.Kind kind, Derivation d, ServiceContainers containers) {
        return d.services().values().stream().filter(s -> kind.namedBy(s.name()) || containers.of(s).stream()
                .flatMap(c -> c.imageNames().stream()).anyMatch(kind::namedBy)).toList();
    }
}
