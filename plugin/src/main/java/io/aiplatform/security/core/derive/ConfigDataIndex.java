package io.aiplatform.security.core.derive;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The ConfigMaps and Secrets of the repository by kind and name. When several share a name (a base and
 * its overlays), a workload takes the one in its own file, else in its own folder, else the first in
 * the order of the files — unless an overlay that builds the workload replaces or merges it
 * ({@link KustomizeOverlays}).
 */
final class ConfigDataIndex {

    private final Map<String, List<ConfigData>> byName = new HashMap<>();
    private final List<ConfigData> inOrder = new ArrayList<>();
    private final Map<ConfigData, ConfigDataMetadata> metadata = new IdentityHashMap<>();
    private final KustomizeOverlays overlays = new KustomizeOverlays();

    void add(ConfigData data) {
        add(data, ConfigDataMetadata.NONE);
    }

    /** Adds {@code data} with its manifest's labels and type, which a selecting client reads. */
    void add(ConfigData data, ConfigDataMetadata meta) {
        byName.computeIfAbsent(data.kind() + "/" + data.name(), k -> new ArrayList<>()).add(data);
        inOrder.add(data);
        metadata.put(data, meta);
    }

    /** Every object of {@code kind}, by name, then file, then line. */
    List<ConfigData> all(String kind) {
        return inOrder.stream().filter(c -> c.kind().equals(kind))
                .sorted(Comparator.comparing(ConfigData::name).thenComparing(c -> c.file().toString())
                        .thenComparingInt(ConfigData::line))
                .toList();
    }

    /** The labels and type of {@code data}'s manifest (none for a kustomize generator's). */
    ConfigDataMetadata metadata(ConfigData data) {
        return metadata.getOrDefault(data, ConfigDataMetadata.NONE);
    }

    /** The {@code kind} named {@code name} that a workload defined in {@code from} takes. */
    Optional<ConfigData> find(String kind, String name, Path from) {
        List<ConfigData> candidates = byName.getOrDefault(kind + "/" + name, List.of());
        return candidates.stream().min(Comparator.comparingInt(c -> c.file().equals(from) ? 0
                : c.file().getParent().equals(from.getParent()) ? 1 : 2))
                .map(chosen -> overlays.deployed(chosen, from, candidates));
    }

    /** What kustomize overlays replace or merge (read from each kustomization document). */
    KustomizeOverlays overlays() {
        return overlays;
    }
}
