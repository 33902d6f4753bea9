package io.aiplatform.security.core.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/** The shortcuts give every value the tag SnakeYAML's own resolver gives it, also when it is remembered. */
class LetterFirstResolverTest {

    private final Resolver snakeyaml = new Resolver();
    private final Resolver shortcut = new LetterFirstResolver();

    @Test
    void everyValueGetsSnakeYamlsTag() {
        List<String> values = new ArrayList<>(List.of("", " ", "~", "null", "Null", "NULL", "nulls", "yes", "Yes", "YES",
                "no", "NO", "on", "Off", "OFF", "true", "True", "TRUE", "false", "False", "FALSE", "falsey", "Falsehood",
                "y", "n", "8080", "0x1F", "1_000", "1:30", ".inf", ".NaN", "-.5", "+12", "2026-11-30", "<<", "=", "!", "&",
                "*", "app.kubernetes.io/name", "networking.k8s.io/v1", "NetworkPolicy", "TCP", "ai-platform", "10.0.0.0/8"));
        Random random = new Random(42);
        String alphabet = "aAnNtTfFoOyYeElLsSuU0123456789.-+:_~<=!&* xZ";
        for (int i = 0; i < 200_000; i++) {
            StringBuilder v = new StringBuilder();
            for (int n = random.nextInt(9); n > 0; n--) {
                v.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            values.add(v.toString());
        }
        for (int pass = 1; pass <= 2; pass++) { // the second pass answers from what the first remembered
            for (String value : values) {
                for (boolean implicit : new boolean[] {true, false}) {
                    Tag expected = snakeyaml.resolve(NodeId.scalar, value, implicit);
                    assertEquals(expected, shortcut.resolve(NodeId.scalar, value, implicit), () -> "'" + value + "'");
                }
            }
        }
        assertEquals(LetterFirstResolver.REMEMBERED_VALUES, ((LetterFirstResolver) shortcut).remembered(),
                "remembers up to its bound, and no more");
        assertEquals(Tag.STR, shortcut.resolve(NodeId.scalar, "namespace", true));
        assertEquals(Tag.BOOL, shortcut.resolve(NodeId.scalar, "false", true));
    }

    @Test
    void aRememberedValueKeepsItsTagWhateverItIsCalledWith() {
        LetterFirstResolver fresh = new LetterFirstResolver();
        assertEquals(Tag.INT, fresh.resolve(NodeId.scalar, "8080", true));
        assertEquals(Tag.STR, fresh.resolve(NodeId.scalar, "8080", false), "a quoted 8080 is a string");
        assertEquals(Tag.MAP, fresh.resolve(NodeId.mapping, "8080", true), "only scalars are remembered");
        assertEquals(Tag.INT, fresh.resolve(NodeId.scalar, "8080", true));
        assertEquals(1, fresh.remembered());
    }
}
