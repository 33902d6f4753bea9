package io.aiplatform.security.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aiplatform.security.core.generate.LayerObject;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

/**
 * {@link ModelReader} against its oracle, Jackson's {@code convertValue}: the same object for
 * every well-formed input, and for anything else no answer of its own, so that the serializer asks
 * Jackson, which coerces or refuses as it always did.
 */
class ModelReaderTest {

    @TempDir
    Path dir;

    private static void assertSameObject(Object plain, Class<?> type, String what) {
        Object expected = ManifestSerializer.jacksonConvert(plain, type);
        Object actual = ModelReader.read(plain, type);
        assertEquals(expected, actual, what);
        assertEquals(ModelTree.plain(expected).toString(), ModelTree.plain(actual).toString(), what);
    }

    @Test
    void everyObjectOfAGeneratedLayerIsBuiltAsJacksonBuildsIt() throws Exception {
        List<LayerObject> objects = ModelSamples.generatedLayer(dir);
        ManifestSerializer serializer = new ManifestSerializer();
        for (LayerObject o : objects) {
            Object plain = ModelTree.plain(o.object());
            if (o.object() instanceof GenericKubernetesResource) { // all additional properties: Jackson's any-setter
                assertThrows(ModelClass.Unsupported.class, () -> ModelReader.read(plain, GenericKubernetesResource.class));
                assertEquals(o.object(), serializer.convert(plain, GenericKubernetesResource.class), o.path());
            } else {
                assertSameObject(plain, o.object().getClass(), o.path());
            }
        }
        assertTrue(objects.stream().filter(o -> o.object() instanceof NetworkPolicy).count() > 100);
    }

    @Test
    void everyModelClassOfTheKindsIsBuiltAsJacksonBuildsItWhateverItsFieldsHold() {
        for (Class<?> kind : ModelSamples.KINDS) {
            for (ModelSamples.Filling filling : ModelSamples.Filling.values()) {
                Object plain = ModelTree.plain(ModelSamples.of(kind, filling, false));
                assertSameObject(plain, kind, kind.getSimpleName() + " " + filling);
            }
        }
    }

    @Test
    void inputOutsideTheWellFormedCaseIsLeftToJackson() {
        Yaml yaml = new Yaml();
        String[] inputs = {
            "{spec: {podSelector: {matchLabels: {app: 1}}}}", // a number Jackson turns into a string
            "{spec: {podSelector: {}, policyTypes: Ingress}}", // a string where a list goes: Jackson refuses
            "{spec: {podSelector: {}}, status: {x: 1}}", // an unknown key: Jackson keeps it as an additional property
            "{metadata: {name: null}}",
            "{spec: {ingress: [null]}}",
            "{spec: {ingress: [{ports: [{port: 80.5}]}]}}",
        };
        ManifestSerializer serializer = new ManifestSerializer();
        for (String input : inputs) {
            Map<String, Object> plain = yaml.load(input);
            assertThrows(ModelClass.Unsupported.class, () -> ModelReader.read(plain, NetworkPolicy.class), input);
            Object jackson;
            try {
                jackson = ManifestSerializer.jacksonConvert(plain, NetworkPolicy.class);
            } catch (IllegalArgumentException refused) {
                assertThrows(IllegalArgumentException.class, () -> serializer.convert(plain, NetworkPolicy.class), input);
                continue;
            }
            assertEquals(jackson, serializer.convert(plain, NetworkPolicy.class), input);
        }
        assertEquals(ManifestSerializer.jacksonConvert(Map.of("matchLabels", Map.of("app", "db")), LabelSelector.class),
                serializer.convert(Map.of("matchLabels", Map.of("app", "db")), LabelSelector.class));
    }
}
