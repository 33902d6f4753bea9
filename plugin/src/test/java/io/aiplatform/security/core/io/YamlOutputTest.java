package io.aiplatform.security.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aiplatform.security.core.generate.LayerObject;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

/**
 * What YamlOutput writes is what SnakeYAML's dumper (the oracle, with the plugin's options) writes,
 * byte for byte; what it declines, the serializer hands to SnakeYAML.
 */
class YamlOutputTest {

    private final Yaml snakeYaml = ManifestSerializer.dumper();

    /** Strings SnakeYAML writes plain, quoted, or in another style; keys too. */
    private static final List<String> STRINGS = List.of("app", "", " ", "a b", " lead", "trail ", "it's", "'q'", "\"dq\"",
            "8080", "0123", "0_", "00", "0", "0_1a", "-1", "0x1F", "0o17", "1_000", "1:20", "1.5", "1e3", ".inf", ".NaN", "-.inf", "true", "True", "yes", "No",
            "on", "OFF", "y", "n", "null", "Null", "~", "2001-12-14", "2001-12-14t21:59:43.10-05:00", "<<", "=", "---", "...",
            "--- x", "-", "- x", "-x", "?", "? x", "?x", ":", ": x", ":x", "a:", "a: b", "a:b", "http://x:80/p", "a #b", "a#b",
            "#c", ",", "a,b", "[x]", "{x}", "x]", "&a", "*a", "!t", "|", ">", "%", "@", "`", "a\tb", "a\nb", "line\n",
            "é", "✓", "\u0085", "a\u00a0b", "x".repeat(99), "k".repeat(100), "app.kubernetes.io/name", "*", "100m",
            "ai-security:allow", "10.0.0.0/8", "::1", "[::1]", "v1.2.3", "$(VAR)", "${x}", "a=b", "a|b", "a>b", "a'b\"c");

    @Test
    void everyObjectOfTheGeneratedLayerIsWrittenAsSnakeYamlWritesIt(@TempDir Path dir) throws Exception {
        ManifestSerializer serializer = new ManifestSerializer();
        int written = 0;
        for (LayerObject o : ModelSamples.generatedLayer(dir)) {
            Object plain = serializer.toPlain(o.object());
            String own = YamlOutput.of(plain);
            assertNotNull(own, o.path() + " is written without SnakeYAML's emitter");
            assertEquals(snakeYaml.dump(plain), own, o.path());
            assertEquals(o.yaml(), own, o.path());
            written++;
        }
        assertTrue(written > 500, "objects: " + written);
    }

    @Test
    void everyStringAsKeyAndAsValueIsWrittenAsSnakeYamlWritesItOrDeclined() {
        int written = 0;
        for (String s : STRINGS) {
            for (Map<String, Object> document : List.<Map<String, Object>>of(Map.of("k", s), Map.of(s, "v"), Map.of("k", List.of(s)),
                    Map.of("k", List.of(Map.of(s, s))))) {
                String own = YamlOutput.of(new LinkedHashMap<>(document));
                if (own != null) {
                    assertEquals(snakeYaml.dump(document), own, "string " + s);
                    written++;
                }
            }
        }
        assertTrue(written > 300, "written: " + written);
        assertNotNull(YamlOutput.of(Map.of("k", "a: b")), "quoted strings are written");
        assertNotNull(YamlOutput.of(Map.of("k", "8080")), "strings that read as numbers are written quoted");
        assertNull(YamlOutput.of(Map.of("k", "a\nb")), "a literal block is left to SnakeYAML");
    }

    /** Seeded; more with {@code -DargLine="-Dyaml.seed=N -Dyaml.documents=M"}. */
    @Test
    void randomDocumentsAreWrittenAsSnakeYamlWritesThemOrDeclined() {
        Random random = new Random(Long.getLong("yaml.seed", 20261130L));
        int written = 0;
        int declined = 0;
        for (int i = 0; i < Integer.getInteger("yaml.documents", 20_000); i++) {
            Object document = map(random, 0);
            String own = YamlOutput.of(document);
            if (own == null) {
                declined++;
            } else {
                assertEquals(snakeYaml.dump(document), own, "document " + i);
                written++;
            }
        }
        assertTrue(written > 5_000, "written: " + written);
        assertTrue(declined > 1_000, "declined: " + declined);
    }

    @Test
    void shapesSnakeYamlWritesDifferentlyAreDeclined() {
        List<Object> shared = new ArrayList<>(List.of("x"));
        assertNull(YamlOutput.of(Map.of("a", shared, "b", List.of(shared))), "a collection twice: an anchor");
        assertNull(YamlOutput.of(List.of("root sequence")));
        assertNull(YamlOutput.of(Map.of("k", List.of(List.of("x")))), "a sequence in a sequence");
        assertNull(YamlOutput.of(Map.of("k", 1.5)), "a float");
        assertNull(YamlOutput.of(Map.of(1, "numeric key")));
        assertNull(YamlOutput.of(Map.of("k".repeat(130), "v")), "an explicit key");
        assertEquals("{}\n", YamlOutput.of(Map.of()));
        assertEquals(snakeYaml.dump(Map.of()), YamlOutput.of(Map.of()));
    }

    private static Object map(Random random, int depth) {
        boolean sorted = random.nextInt(4) == 0;
        Map<Object, Object> map = sorted ? new TreeMap<>() : new LinkedHashMap<>();
        int size = depth > 3 ? random.nextInt(3) : random.nextInt(5);
        for (int i = 0; i < size; i++) {
            map.put(!sorted && random.nextInt(30) == 0 ? (Object) random.nextInt(5) : string(random), value(random, depth + 1));
        }
        return map;
    }

    private static Object value(Random random, int depth) {
        int pick = random.nextInt(depth > 4 ? 6 : 9);
        return switch (pick) {
            case 0 -> null;
            case 1 -> random.nextBoolean();
            case 2 -> random.nextInt(3) == 0 ? (Object) (5_000_000_000L + random.nextInt(9)) : (Object) (random.nextInt(200_001) - 100_000);
            case 3 -> random.nextInt(40) == 0 ? (Object) 2.5 : (Object) new BigInteger("123456789012345678901234567890");
            case 4, 5 -> string(random);
            case 6 -> map(random, depth);
            default -> {
                List<Object> list = new ArrayList<>();
                int size = random.nextInt(4);
                for (int i = 0; i < size; i++) {
                    list.add(random.nextInt(12) == 0 ? List.of() : value(random, depth + 1));
                }
                yield list;
            }
        };
    }

    private static String string(Random random) {
        if (random.nextInt(3) == 0) {
            return STRINGS.get(random.nextInt(STRINGS.size()));
        }
        String alphabet = "abcXYZ019 -_.:/#'\"@=,*&!?[]{}~";
        StringBuilder s = new StringBuilder();
        int length = random.nextInt(8);
        for (int i = 0; i < length; i++) {
            s.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return s.toString();
    }
}
