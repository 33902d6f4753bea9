package io.aiplatform.security.core.derive;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * What kustomize overlays do to the ConfigMaps and Secrets of the bases they include: a {@code configMapGenerator}
 * or {@code secretGenerator} entry with {@code behavior: replace} swaps the base's object of that name for its own,
 * one with {@code behavior: merge} adds its keys to the base's (its values win). A workload of the base deploys, as
 * built by such an overlay, with the overlay's object; when several overlays include it, the first kustomization in
 * path order is taken.
 */
final class KustomizeOverlays {

    private static final List<String> GENERATORS = List.of("configMapGenerator", "secretGenerator");
    private static final Set<String> OVERRIDING = Set.of("replace", "merge");

    /** Per kustomization file, the resources it includes (resolved paths). */
    private final Map<Path, List<Path>> resources = new TreeMap<>();
    /** Per kustomization file, "kind/name" of its generators that replace or merge: their behavior. */
    private final Map<Path, Map<String, String>> behaviors = new TreeMap<>();

    /** Takes in one kustomization document. */
    void read(Path kustomization, Map<String, ConfigValue> props) {
        Path file = kustomization.toAbsolutePath().normalize();
        List<Path> included = new ArrayList<>();
        for (String list : List.of("resources", "bases")) {
            for (int j = 0; props.containsKey(list + "[" + j + "]"); j++) {
                included.add(file.getParent().resolve(props.get(list + "[" + j + "]").value().strip()).normalize());
            }
        }
        resources.put(file, included);
        Map<String, String> overriding = new LinkedHashMap<>();
        for (String generator : GENERATORS) {
            String kind = generator.equals("secretGenerator") ? ConfigData.SECRET : ConfigData.CONFIG_MAP;
            for (int i = 0; props.containsKey(generator + "[" + i + "].name"); i++) {
                ConfigValue behavior = props.get(generator + "[" + i + "].behavior");
                if (behavior != null && OVERRIDING.contains(behavior.value().strip())) {
                    overriding.put(kind + "/" + props.get(generator + "[" + i + "].name").value(), behavior.value().strip());
                }
            }
        }
        behaviors.put(file, overriding);
    }

    /**
     * The object a workload defined in {@code from} deploys with: {@code chosen} (the base's), or what an overlay that
     * includes {@code from} makes of it from its generator among {@code candidates} (the objects of that kind and name).
     */
    ConfigData deployed(ConfigData chosen, Path from, List<ConfigData> candidates) {
        Path workload = from.toAbsolutePath().normalize();
        String id = chosen.kind() + "/" + chosen.name();
        Optional<ConfigData> overlay = candidates.stream()
                .filter(c -> behaviors.getOrDefault(c.file().toAbsolutePath().normalize(), Map.of()).containsKey(id))
                .filter(c -> includes(c.file().toAbsolutePath().normalize(), workload, new HashSet<>()))
                .min(Comparator.comparing((ConfigData c) -> c.file().toString()).thenComparingInt(ConfigData::line));
        if (overlay.isEmpty() || overlay.get() == chosen) {
            return chosen;
        }
        ConfigData o = overlay.get();
        if (!"merge".equals(behaviors.get(o.file().toAbsolutePath().normalize()).get(id))) {
            return o;
        }
        Map<String, ConfigData.Entry> merged = new LinkedHashMap<>(chosen.entries());
        merged.putAll(o.entries());
        return new ConfigData(o.kind(), o.name(), o.file(), o.line(), merged);
    }

    /** Whether the kustomization {@code file} builds {@code workload}: lists it, or a folder whose kustomization does. */
    private boolean includes(Path kustomization, Path workload, Set<Path> seen) {
        if (!seen.add(kustomization)) {
            return false; // a cycle kustomize itself refuses
        }
        for (Path r : resources.getOrDefault(kustomization, List.of())) {
            if (r.equals(workload)) {
                return true;
            }
            for (Path k : resources.keySet()) {
                if (k.getParent().equals(r) && includes(k, workload, seen)) {
                    return true;
                }
            }
        }
        return false;
    }
}
