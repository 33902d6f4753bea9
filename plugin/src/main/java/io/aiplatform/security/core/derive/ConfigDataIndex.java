package io.aiplatform.security.core.derive;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The ConfigMaps and Secrets of the repository by kind and name. When several share a name (a base and
 * its overlays), a workload takes the one in its own file, else in its own folder, else the first in
 * the order of the files.
 */
final class ConfigDataIndex {

    private final Map<String, List<ConfigData>> byName = new HashMap<>();

    void add(ConfigData data) {
        byName.computeIfAbsent(data.kind() + "/" + data.name(), k -> new ArrayList<>()).add(data);
    }

    /** The {@code kind} named {@code name} that a workload defined in {@code from} takes. */
    Optional<ConfigData> find(String kind, String name, Path from) {
        List<ConfigData> candidates = byName.getOrDefault(kind + "/" + name, List.of());
        return candidates.stream().min(Comparator.comparingInt(c -> c.file().equals(from) ? 0
                : c.file().getParent().equals(from.getParent()) ? 1 : 2));
    }
}
