package io.aiplatform.security.core.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Compose's interpolation operators, with SET=value, EMPTY set to "" and every other variable unset. */
class ComposeInterpolationTest {

    private static final Map<String, String> VARIABLES = Map.of("SET", "value", "EMPTY", "");

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "${SET}                | value",
        "$SET/x                | value/x",
        "${UNSET}              | ${UNSET}",
        "$UNSET                | ${UNSET}",
        "${UNSET:-postgres}    | postgres",
        "${EMPTY:-postgres}    | postgres",
        "${EMPTY-postgres}     | ''",
        "${UNSET-postgres}     | postgres",
        "${SET:-postgres}      | value",
        "${UNSET:-${SET}}      | value",
        "${UNSET:-${NONE:-d}}  | d",
        "${SET:+alt}           | alt",
        "${EMPTY:+alt}         | ''",
        "${EMPTY+alt}          | alt",
        "$${SET}               | ${SET}",
        "$$SET                 | $SET",
        "cost: 5$              | cost: 5$",
        "a $ b                 | a $ b",
        "${SET/v/w}            | ${SET/v/w}",
    })
    void operatorsAreComposes(String value, String expected) {
        assertEquals(expected, ComposeInterpolation.interpolate(value, VARIABLES).value());
    }

    @Test
    void aRequiredVariableWithoutValueIsReportedByName() {
        ComposeInterpolation.Result r = ComposeInterpolation.interpolate("http://${HOST:?set HOST}:${PORT?}/x", VARIABLES);
        assertEquals("http://${HOST}:${PORT}/x", r.value());
        assertEquals(List.of("HOST", "PORT"), r.required());
        assertEquals("value", ComposeInterpolation.interpolate("${SET:?never}", VARIABLES).value());
        assertEquals(List.of("EMPTY"), ComposeInterpolation.interpolate("${EMPTY:?err}", VARIABLES).required());
        assertEquals(List.of(), ComposeInterpolation.interpolate("${EMPTY?err}", VARIABLES).required());
    }

    @Test
    void nestingPastTheBoundIsReportedNotFollowed() {
        String deep = "${A:-".repeat(50) + "x" + "}".repeat(50);
        ComposeInterpolation.Result r = ComposeInterpolation.interpolate(deep, Map.of());
        assertEquals("interpolation nested more than 10 deep", r.exceeded());
        assertEquals(deep, r.value());
    }
}
