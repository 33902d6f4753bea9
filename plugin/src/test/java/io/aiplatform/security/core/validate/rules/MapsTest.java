package io.aiplatform.security.core.validate.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Navigation of parsed manifests: nulls left out, anything that is not a list read as empty, never writable. */
class MapsTest {

    @Test
    void listLeavesOutNullsAndKeepsOrder() {
        assertEquals(List.of("pods", "secrets"), Maps.list(new ArrayList<>(Arrays.asList("pods", null, "secrets", null))));
        assertEquals(List.of("pods", 7), Maps.list(new ArrayList<>(Arrays.asList("pods", 7))));
        assertEquals(List.of(), Maps.list(Arrays.asList((Object) null)));
        assertEquals(List.of(), Maps.list("pods"));
        assertEquals(List.of(), Maps.list(Map.of("a", 1)));
        assertEquals(List.of(), Maps.list(null));
        assertEquals(List.of("pods"), Maps.list(List.of("pods")), "lists that refuse contains(null) too");
        assertEquals(List.of("pods"), Maps.strings(List.of("pods")));
    }

    @Test
    void stringsGivesEachElementAsText() {
        assertEquals(List.of("get", "8080", "true"), Maps.strings(new ArrayList<>(Arrays.asList("get", null, 8080, true))));
        assertEquals(List.of("get", "list"), Maps.strings(new ArrayList<>(List.of("get", "list"))));
        assertEquals(List.of(), Maps.strings(7));
    }

    @Test
    void whatComesBackCannotChangeTheManifest() {
        List<Object> parsed = new ArrayList<>(List.of("get", "list"));
        assertThrows(UnsupportedOperationException.class, () -> Maps.list(parsed).add("delete"));
        assertThrows(UnsupportedOperationException.class, () -> Maps.strings(parsed).set(0, "*"));
        List<Object> withNull = new ArrayList<>(Arrays.asList("get", null));
        assertThrows(UnsupportedOperationException.class, () -> Maps.list(withNull).add("delete"));
        List<Object> numbers = new ArrayList<>(List.of(1, 2));
        assertThrows(UnsupportedOperationException.class, () -> Maps.strings(numbers).add("3"));
        assertEquals(List.of("get", "list"), parsed);
    }
}
