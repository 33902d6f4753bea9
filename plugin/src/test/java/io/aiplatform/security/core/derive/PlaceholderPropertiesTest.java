package io.aiplatform.security.core.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Assertions;

/**
 * Properties of the two placeholder resolvers (Spring's {@code ${a:b}} in {@link Placeholders}, Compose's
 * in {@link ComposeInterpolation}) over random configurations: properties that name each other any
 * number of times, in cycles and in doubling chains. Resolution always ends, quickly, within its bounds.
 */
class PlaceholderPropertiesTest {

    private static final List<String> NAMES = List.of("a", "b", "c", "d", "e", "f", "g", "h");

    /** A piece of a value: text, a reference to another property, or one with a default. */
    @Provide
    Arbitrary<String> pieces() {
        Arbitrary<String> name = Arbitraries.of(NAMES);
        Arbitrary<String> text = Arbitraries.strings().withCharRange('a', 'z').withChars(':', '/', '-', '$', '{')
                .ofMaxLength(40);
        return Arbitraries.oneOf(text, name.map(n -> "${" + n + "}"),
                Combinators.combine(name, text).as((n, t) -> "${" + n + ":" + t + "}"),
                Arbitraries.of("${UNSET}", "${UNSET:${a}}", "${" + "x".repeat(5)));
    }

    @Provide
    Arbitrary<Map<String, ConfigValue>> configurations() {
        Arbitrary<String> value = pieces().list().ofMaxSize(20).map(l -> String.join("", l));
        return value.list().ofSize(NAMES.size()).map(values -> {
            Map<String, ConfigValue> props = new LinkedHashMap<>();
            for (int i = 0; i < NAMES.size(); i++) {
                props.put(NAMES.get(i), new ConfigValue(NAMES.get(i), values.get(i), Path.of("application.properties"), i + 1));
            }
            return props;
        });
    }

    @Property(tries = 300)
    void resolutionEndsAndStaysUnderTheBound(@ForAll("configurations") Map<String, ConfigValue> props,
                                             @ForAll("pieces") String start) {
        Placeholders.Result r = Assertions.assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> Placeholders.resolve(start + "${a}${h}", props));
        if (r.bounded()) {
            assertEquals(start + "${a}${h}", r.value(), "a value past a bound is left as written");
            assertTrue(r.unresolved().isEmpty());
        } else {
            assertTrue(r.value().length() <= Placeholders.MAX_LENGTH, r.value().length() + " characters");
            r.unresolved().forEach(name -> assertFalse(props.containsKey(name), name + " is a property"));
        }
    }

    @Property(tries = 200)
    void aDoublingChainIsStoppedByABound(@ForAll @IntRange(min = 2, max = 40) int fanOut,
                                         @ForAll @IntRange(min = 1, max = 9) int levels,
                                         @ForAll @IntRange(min = 1, max = 2000) int leaf) {
        Map<String, ConfigValue> props = new LinkedHashMap<>();
        for (int i = 0; i < levels; i++) {
            props.put("k" + i, new ConfigValue("k" + i, ("${k" + (i + 1) + "}").repeat(fanOut), Path.of("a.properties"), i));
        }
        props.put("k" + levels, new ConfigValue("k" + levels, "x".repeat(leaf), Path.of("a.properties"), levels));
        Placeholders.Result r = Assertions.assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> Placeholders.resolve("${k0}", props));
        double size = Math.pow(fanOut, levels) * leaf;
        double steps = (Math.pow(fanOut, levels + 1) - 1) / (fanOut - 1) - 1;
        if (size <= Placeholders.MAX_LENGTH && steps <= Placeholders.MAX_STEPS) {
            assertEquals((long) size, r.value().length());
        } else {
            assertTrue(r.bounded(), "size " + size + ", steps " + steps);
        }
    }

    @Provide
    Arbitrary<String> composeValues() {
        Arbitrary<String> name = Arbitraries.of("SET", "EMPTY", "UNSET", "OTHER");
        Arbitrary<String> text = Arbitraries.strings().withCharRange('a', 'z').withChars('$', '{', '}', ':', '-', '?', '+')
                .ofMaxLength(10);
        Arbitrary<String> op = Arbitraries.of("", ":-", "-", ":?", "?", ":+", "+");
        return Arbitraries.recursive(() -> Arbitraries.oneOf(text, name.map(n -> "$" + n)),
                inner -> Arbitraries.oneOf(
                        Combinators.combine(name, op, inner).as((n, o, t) -> "${" + n + o + (o.isEmpty() ? "" : t) + "}"),
                        Combinators.combine(inner, inner).as((x, y) -> x + y)),
                0, 8);
    }

    @Property(tries = 1000)
    void composeInterpolationEndsAndStaysUnderItsBound(@ForAll("composeValues") String value) {
        ComposeInterpolation.Result r = Assertions.assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> ComposeInterpolation.interpolate(value, Map.of("SET", "value", "EMPTY", "")));
        assertTrue(r.value().length() <= ComposeInterpolation.MAX_LENGTH);
        assertTrue(r.unresolved().containsAll(r.required()), "a required variable is an unresolved one");
        assertFalse(r.unresolved().contains("SET"), "a set variable is never unresolved");
    }

    @Property(tries = 500)
    void doubleDollarIsALiteralDollar(@ForAll("composeValues") String value) {
        String escaped = value.replace("$", "$$");
        assertEquals(value, ComposeInterpolation.interpolate(escaped, Map.of("SET", "value")).value());
    }
}
