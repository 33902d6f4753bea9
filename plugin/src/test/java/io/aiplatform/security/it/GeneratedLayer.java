package io.aiplatform.security.it;

import io.aiplatform.security.core.io.ManifestReader;
import io.aiplatform.security.core.io.ManifestSerializer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The objects of a generated {@code manifests/} folder, read the way kustomize would: through kustomization.yaml. */
public final class GeneratedLayer {

    private final List<Map<String, Object>> objects = new ArrayList<>();

    public GeneratedLayer(Path manifests) throws IOException {
        ManifestReader reader = new ManifestReader();
        Map<String, Object> kustomization = reader.read(manifests.resolve("kustomization.yaml")).get(0);
        @SuppressWarnings("unchecked")
        List<String> resources = (List<String>) kustomization.get("resources");
        for (String resource : resources) {
            Path file = manifests.resolve(resource);
            if (!Files.isRegularFile(file)) {
                throw new AssertionError("kustomization.yaml lists " + resource + ", which does not exist");
            }
            objects.addAll(reader.read(file));
        }
    }

    /** Objects rendered some other way, e.g. by {@code helm template}. */
    public GeneratedLayer(List<Map<String, Object>> objects) {
        this.objects.addAll(objects);
    }

    public List<Map<String, Object>> objects() {
        return objects;
    }

    public <T> List<T> all(String kind, Class<T> type) {
        ManifestSerializer serializer = new ManifestSerializer();
        return objects.stream().filter(o -> kind.equals(o.get("kind"))).map(o -> serializer.convert(o, type)).toList();
    }
}
