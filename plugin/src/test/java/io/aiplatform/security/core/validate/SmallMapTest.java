package io.aiplatform.security.core.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.aiplatform.security.core.io.OutputWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.ConcurrentModificationException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link SmallMap} behaves as a {@link LinkedHashMap} under any sequence of operations. */
class SmallMapTest {

    @Test
    void randomOperationsMatchLinkedHashMap() {
        Random random = new Random(20261130);
        for (int round = 0; round < 500; round++) {
            SmallMap<Object, Object> small = new SmallMap<>(random.nextInt(4));
            Map<Object, Object> reference = new LinkedHashMap<>();
            for (int op = 0; op < 60; op++) {
                Object key = key(random);
                Object value = random.nextInt(5) == 0 ? null : "v" + random.nextInt(4);
                switch (random.nextInt(9)) {
                    case 0, 1, 2 -> assertEquals(reference.put(key, value), small.put(key, value));
                    case 3 -> assertEquals(reference.remove(key), small.remove(key));
                    case 4 -> { // remove through the entry iterator, every other entry
                        Iterator<Map.Entry<Object, Object>> a = reference.entrySet().iterator();
                        Iterator<Map.Entry<Object, Object>> b = small.entrySet().iterator();
                        boolean drop = random.nextBoolean();
                        while (a.hasNext()) {
                            assertEquals(a.next(), b.next());
                            if (drop) {
                                a.remove();
                                b.remove();
                            }
                            drop = !drop;
                        }
                        assertFalse(b.hasNext());
                    }
                    case 5 -> { // write through entries
                        reference.entrySet().forEach(e -> e.setValue(e.getValue() + "!"));
                        small.entrySet().forEach(e -> e.setValue(e.getValue() + "!"));
                    }
                    case 6 -> assertEquals(reference.keySet().remove(key), small.keySet().remove(key));
                    case 7 -> {
                        if (random.nextInt(10) == 0) {
                            reference.clear();
                            small.clear();
                        }
                    }
                    default -> assertEquals(reference.containsKey(key), small.containsKey(key));
                }
                assertEquals(reference, small);
                assertEquals(small, reference);
                assertEquals(reference.hashCode(), small.hashCode());
                assertEquals(reference.toString(), small.toString());
                assertEquals(new ArrayList<>(reference.keySet()), new ArrayList<>(small.keySet()));
                assertEquals(new ArrayList<>(reference.values()), new ArrayList<>(small.values()));
                assertEquals(reference.size(), small.size());
                assertEquals(reference.get(key), small.get(key));
            }
        }
    }

    private static Object key(Random random) {
        return switch (random.nextInt(6)) {
            case 0 -> null;
            case 1 -> random.nextInt(3); // YAML keys may be numbers
            default -> "k" + random.nextInt(10);
        };
    }

    @Test
    void modifyingTheMapWhileIteratingIsRefused() {
        SmallMap<String, Object> map = new SmallMap<>(2);
        map.put("a", 1);
        map.put("b", 2);
        Iterator<String> keys = map.keySet().iterator();
        keys.next();
        map.put("c", 3);
        assertThrows(ConcurrentModificationException.class, keys::next);
    }

    @Test
    void theParserKeepsSmallMappingsCompactAndLargeOnesHashed() throws Exception {
        StringBuilder large = new StringBuilder("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: big}\ndata:\n");
        for (int i = 0; i <= SmallMap.MAX_SCANNED; i++) {
            large.append("  key").append(i).append(": value\n");
        }
        Path dir = Files.createTempDirectory("smallmap");
        try {
            Files.writeString(dir.resolve("cm.yaml"), large);
            List<Manifest> loaded = new ManifestLoader(dir).load(List.of(dir)).manifests();
            Map<String, Object> object = loaded.get(0).content();
            assertInstanceOf(SmallMap.class, object.get("metadata"));
            assertInstanceOf(LinkedHashMap.class, object.get("data"));
            assertEquals("value", ((Map<?, ?>) object.get("data")).get("key" + SmallMap.MAX_SCANNED));
        } finally {
            OutputWriter.deleteRecursively(dir);
        }
    }
}
