package io.aiplatform.security.core.derive;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The objects of a Kubernetes manifest document: the document itself, or — for a list ({@code kind: List}, or
 * {@code ServiceList}, {@code DeploymentList}, ... whose items may leave out their kind), which {@code kubectl apply}
 * accepts as a container of objects — each of its {@code items}, as if it were a document of its own (its keys without
 * the {@code items[i].} prefix, lines as written).
 */
public final class KubernetesListItems {

    private static final String ITEMS = "items[";

    private KubernetesListItems() {
    }

    /** The objects {@code doc} (flattened keys) stands for, in file order. */
    public static List<Map<String, ConfigValue>> of(Map<String, ConfigValue> doc) {
        ConfigValue kind = doc.get("kind");
        if (kind == null || !kind.value().endsWith("List") || !doc.containsKey("apiversion") && !doc.containsKey("apiVersion")) {
            return List.of(doc);
        }
        String itemKind = kind.value().equals("List") ? null : kind.value().substring(0, kind.value().length() - "List".length());
        Map<Integer, Map<String, ConfigValue>> items = new TreeMap<>();
        doc.forEach((key, v) -> {
            int close = key.indexOf("].");
            if (key.startsWith(ITEMS) && close > ITEMS.length() && key.substring(ITEMS.length(), close).chars().allMatch(Character::isDigit)) {
                String own = key.substring(close + 2);
                items.computeIfAbsent(Integer.parseInt(key.substring(ITEMS.length(), close)), i -> new LinkedHashMap<>())
                        .put(own, v.withKey(own));
            }
        });
        List<Map<String, ConfigValue>> objects = new ArrayList<>();
        for (Map<String, ConfigValue> item : items.values()) {
            if (itemKind != null && !item.containsKey("kind")) {
                item.put("kind", new ConfigValue("kind", itemKind, kind.file(), kind.line()));
            }
            objects.add(item);
        }
        return objects;
    }
}
