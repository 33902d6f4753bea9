package io.aiplatform.security.core.descriptor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.Optional;
import io.aiplatform.security.core.support.YamlBombs;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;

class YamlExpansionTest {

    private static Optional<YamlExpansion.Excess> check(String yaml) {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(YamlExpansion.MAX_ALIASED_NODES);
        return YamlExpansion.check(yaml, options);
    }

    @Test
    void theFortyEightAliasBombIsFoundAtTheAliasThatPassesTheBoundInWellUnderASecond() {
        String bomb = YamlBombs.laughs();
        assertEquals(48, bomb.chars().filter(c -> c == '*').count());
        assertTrue(bomb.length() < 800, bomb.length() + " bytes");
        YamlExpansion.Excess excess = assertTimeoutPreemptively(Duration.ofSeconds(1), () -> check(bomb)).orElseThrow();
        // level k's list stands for 1 + 3 * (size of level k-1): level 10 (line 11) is the first whose aliases pass 200,000
        assertEquals(11, excess.line(), excess.toString());
        assertTrue(excess.problem().contains("stand for more than 200000 values once expanded"), excess.problem());
    }

    @Test
    void manyAliasesThatStandForLittleAreAccepted() {
        StringBuilder yaml = new StringBuilder("defaults: &d {image: app, pullPolicy: IfNotPresent}\nservices:\n");
        for (int i = 0; i < 500; i++) {
            yaml.append("  s").append(i).append(": *d\n"); // 500 aliases: SnakeYAML's old count limit was 50
        }
        assertEquals(Optional.empty(), check(yaml.toString()));
    }

    @Test
    void anAliasInsideWhatItNamesIsAStructureWithoutEnd() {
        YamlExpansion.Excess excess = check("a: &a\n  b: 1\n  c: *a\n").orElseThrow();
        assertEquals(3, excess.line());
        assertTrue(excess.problem().contains("alias *a names a collection it is part of"), excess.problem());
    }

    @Test
    void eachDocumentHasItsOwnAnchorsAndItsOwnBudget() {
        String half = YamlBombs.laughs(9, 3); // 3^9 = 19,683 lists: well within the bound
        String text = (half + "---\n").repeat(20);
        assertEquals(Optional.empty(), check(text), "twenty documents of 30,000 nodes each are each within the bound");
        assertEquals(Optional.empty(), check("a: *undefined\n"), "an unknown alias is the composer's to report");
        assertEquals(Optional.empty(), check("a: [*b\n"), "malformed YAML is the composer's to report");
    }
}
