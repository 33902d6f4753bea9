package io.aiplatform.security.core.graph;

import io.aiplatform.security.core.support.DerivationRule;
import io.aiplatform.security.core.derive.Container;
import io.aiplatform.security.core.derive.MonitoringFile;
import io.aiplatform.security.core.support.Problem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Which service runs each Prometheus configuration and Grafana data source file: the Compose services
 * that bind-mount the file or a folder holding it, or whose Dockerfile copies it into the image; the
 * Kubernetes workloads that mount the ConfigMap holding it; else the services named after the product
 * ({@code prometheus}, {@code grafana}) or running its image. A file no service runs is one warning
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
                    found = named(kind.product(), d, containers);
                }
                if (found.isEmpty()) {
                    d.findings.warnings.add(new Problem(d.rel(f.file()), 0, null, unowned(kind, f, containers, d))
                            .withRule(DerivationRule.UNOWNED_MONITORING));
                }
                owners.add(Map.entry(f, found));
            }
        }
    }

    /** Why no service runs {@code f}: a container outside the platform runs it, or nothing does. */
    private static String unowned(MonitoringFile.Kind kind, MonitoringFile f, ServiceContainers containers, Derivation d) {
        String what = (kind == MonitoringFile.Kind.PROMETHEUS ? "Prometheus configuration" : "Grafana data source file")
                + (f.configMap() == null ? "" : " (ConfigMap " + f.configMap() + ")");
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
    private static List<Service> named(String product, Derivation d, ServiceContainers containers) {
        return d.services().values().stream().filter(s -> s.name().equals(product) || containers.of(s).stream()
                .flatMap(c -> c.imageNames().stream()).anyMatch(product::equals)).toList();
    }
}
