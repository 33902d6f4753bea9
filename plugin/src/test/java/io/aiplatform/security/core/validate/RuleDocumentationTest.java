package io.aiplatform.security.core.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aiplatform.security.core.validate.rules.Rule;
import io.aiplatform.security.core.validate.rules.RuleDescription;
import io.aiplatform.security.core.validate.rules.RuleRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The README names every registered rule and gives their number as the registry has it. */
class RuleDocumentationTest {

    private static final Pattern RULE_ID = Pattern.compile("`([A-Z][A-Z0-9]*(?:-[A-Z0-9]+)+)`");

    private static String readme() throws Exception {
        return Files.readString(Path.of("../README.md"));
    }

    @Test
    void theReadmeListsExactlyTheRegisteredRules() throws Exception {
        String paragraph = readme().lines().filter(l -> l.startsWith("3. **Rules**")).findFirst()
                .orElseThrow(() -> new AssertionError("the README has no '3. **Rules**' paragraph"));
        Set<String> stageChecks = RuleRegistry.documented().stream().filter(d -> d.stage() != Stage.RULES)
                .map(RuleDescription::id).collect(Collectors.toSet());
        Set<String> listed = new TreeSet<>();
        Matcher m = RULE_ID.matcher(paragraph);
        while (m.find()) {
            if (!stageChecks.contains(m.group(1))) {
                listed.add(m.group(1));
            }
        }
        Set<String> registered = RuleRegistry.all().stream().map(Rule::id).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(registered, listed, "the rules of RuleRegistry and those the README lists");
    }

    @Test
    void theReadmeListsExactlyTheDerivationRules() throws Exception {
        String paragraph = readme().lines().filter(l -> l.startsWith("0. **Derivation**")).findFirst()
                .orElseThrow(() -> new AssertionError("the README has no '0. **Derivation**' paragraph"));
        Set<String> listed = new TreeSet<>();
        Matcher m = RULE_ID.matcher(paragraph);
        while (m.find()) {
            listed.add(m.group(1));
        }
        Set<String> registered = java.util.Arrays.stream(io.aiplatform.security.core.support.DerivationRule.values())
                .map(io.aiplatform.security.core.support.DerivationRule::id).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(registered, listed, "the derivation's rules and those the README lists");
    }

    @Test
    void theReadmeGivesTheNumberOfRegisteredRules() throws Exception {
        String readme = readme();
        Matcher counts = Pattern.compile("(\\d+) security rules|(\\d+) of them, each with id").matcher(readme);
        int found = 0;
        while (counts.find()) {
            String n = counts.group(1) != null ? counts.group(1) : counts.group(2);
            assertEquals(RuleRegistry.all().size(), Integer.parseInt(n), "the README says " + counts.group());
            found++;
        }
        assertTrue(found >= 2, "the README's introduction and its Rules paragraph each give the number of rules");
    }
}
