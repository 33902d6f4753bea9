package io.aiplatform.security.core.derive;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The variables each deployment file gives a Compose service or workload of a name. A repository often deploys the
 * same workload several ways (a quickstart folder, {@code extras/} variants such as a Cloud SQL proxy sidecar, kustomize
 * bases and overlays, a Compose file beside the manifests): each file is one way the service runs, and what each of them
 * connects to is a connection of the service. {@link DeploymentEnvironment} merges them into one environment, where a
 * later file's value of a key replaces an earlier one; these lists keep every file's own values.
 */
final class DeploymentVariants {

    /** By lower-case name, then by deployment file (sorted), the variables in the order they were read. */
    private final Map<String, Map<Path, List<ConfigValue>>> byName = new TreeMap<>();

    /** {@code variable} (already in the form the environment keeps it) as {@code file} gives it to {@code service}. */
    void add(Path file, String service, ConfigValue variable) {
        byName.computeIfAbsent(service.toLowerCase(Locale.ROOT), k -> new TreeMap<>())
                .computeIfAbsent(file, k -> new ArrayList<>()).add(variable);
    }

    /** The variables of {@code name} by deployment file, however many files deploy it (each file's list as read). */
    Map<Path, List<ConfigValue>> all(String name) {
        return new LinkedHashMap<>(byName.getOrDefault(name.toLowerCase(Locale.ROOT), Map.of()));
    }

    /**
     * The variables of {@code name} by deployment file, when more than one file deploys it (each file's list in the
     * order it was read); empty when one file or none does.
     */
    Map<Path, List<ConfigValue>> of(String name) {
        Map<Path, List<ConfigValue>> files = byName.getOrDefault(name.toLowerCase(Locale.ROOT), Map.of());
        return files.size() < 2 ? Map.of() : new LinkedHashMap<>(files);
    }
}
