package io.aiplatform.security.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aiplatform.security.core.generate.LayerObject;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.rbac.Role;
import io.fabric8.kubernetes.api.model.rbac.RoleBinding;
import java.io.File;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link ModelTree} against its oracle, Jackson's own tree of the same object: the same keys in
 * the same order and the same values, for every object a generated layer holds and for every model
 * class those objects are made of, filled in every field.
 */
class ModelTreeTest {

    @TempDir
    Path dir;

    /** LinkedHashMap.equals ignores order; the string form keeps it. */
    private static void assertSameTree(Object expected, Object actual, String what) {
        assertEquals(expected, actual, what);
        assertEquals(String.valueOf(expected), String.valueOf(actual), what + " (order)");
    }

    @Test
    void everyObjectOfAGeneratedLayerReadsAsJacksonReadsIt() throws Exception {
        List<LayerObject> objects = ModelSamples.generatedLayer(dir);
        Set<Class<?>> kinds = new LinkedHashSet<>();
        for (LayerObject o : objects) {
            kinds.add(o.object().getClass());
            assertSameTree(ManifestSerializer.jacksonPlain(o.object()), ModelTree.plain(o.object()), o.path());
        }
        assertTrue(objects.size() > 400, "the platform is large enough to hold every shape: " + objects.size());
        assertTrue(kinds.containsAll(List.of(NetworkPolicy.class, ServiceAccount.class, Role.class, RoleBinding.class,
                GenericKubernetesResource.class, Namespace.class)), kinds.toString());
    }

    @Test
    void everyModelClassOfTheGeneratedKindsReadsAsJacksonReadsItWhateverItsFieldsHold() {
        for (Class<?> kind : ModelSamples.KINDS) {
            for (ModelSamples.Filling filling : ModelSamples.Filling.values()) {
                Object object = ModelSamples.of(kind, filling, true);
                assertSameTree(ManifestSerializer.jacksonPlain(object), ModelTree.plain(object),
                        kind.getSimpleName() + " " + filling);
            }
        }
    }

    @Test
    void plainValuesKeepTheirShape() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("b", 1L);
        map.put("a", null);
        map.put("big", 1L << 40);
        map.put("list", List.of("x", true, new IntOrString("http"), new IntOrString(8080)));
        assertSameTree(ManifestSerializer.jacksonPlain(map), ModelTree.plain(map), "map");
        assertEquals(1, ((Map<?, ?>) ModelTree.plain(map)).get("b"), "a long that fits is an int, as in Jackson's tree");
    }

    @Test
    void shapesItDoesNotKnowAreLeftToJackson() {
        assertThrows(ModelClass.Unsupported.class, () -> ModelTree.plain(new Quantity("1Gi")), "own serializer");
        assertThrows(ModelClass.Unsupported.class, () -> ModelTree.plain(1.5d));
        assertThrows(ModelClass.Unsupported.class, () -> ModelTree.plain(Map.of(1, "x")));
        assertThrows(ModelClass.Unsupported.class, () -> ModelTree.plain(new File("x")));
        ManifestSerializer serializer = new ManifestSerializer();
        assertEquals("1Gi", serializer.toPlain(new Quantity("1Gi")), "the serializer falls back to Jackson");
        assertEquals("q: 500m\n", serializer.toYaml(Map.of("q", new Quantity("500m"))), "a known map around an unknown value");
    }
}
