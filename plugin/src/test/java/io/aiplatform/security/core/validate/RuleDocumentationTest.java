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

/** The validation page names every registered rule; it and the README give their number as the registry has it. */
class RuleDocumentationTest {

    private static final Pattern RULE_ID = Pattern.compile("`([A-Z][A-Z0-9]*(?:-[A-Z0-9]+)+)`");

    private static String readme() throws Exception {
        return Files.readString(Path.of("../README.md"));
    }

    private static String validationPage() throws Exception {
        return Files.readString(Path.of("src/site/markdown/validation.md"));
    }

    @Test
    void theValidationPageListsExactlyTheRegisteredRules() throws Exception {
        String paragraph = validationPage().lines().filter(l -> l.startsWith("3. **Rules**")).findFirst()
                .orElseThrow(() -> new AssertionError("validation.md has no '3. **Rules**' paragraph"));
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
        assertEquals(registered, listed, "the rules of RuleRegistry and those validation.md lists");
    }

    @Test
    void theValidationPageListsExactlyTheDerivationRules() throws Exception {
        String paragraph = validationPage().lines().filter(l -> l.startsWith("0. **Derivation**")).findFirst()
                .orElseThrow(() -> new AssertionError("validation.md has no '0. **Derivation**' paragraph"));
        Set<String> listed = new TreeSet<>();
        Matcher m = RULE_ID.matcher(paragraph);
        while (m.find()) {
            listed.add(m.group(1));
        }
        Set<String> registered = java.util.Arrays.stream(io.aiplatform.security.core.support.DerivationRule.values())
                .map(io.aiplatform.security.core.support.DerivationRule::id).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(registered, listed, "the derivation's rules and those validation.md lists");
    }

    @Test
    void theReadmeAndTheValidationPageGiveTheNumberOfRegisteredRules() throws Exception {
        assertNumberOfRules("README.md's introduction", readme(), "(\\d+) security rules");
        assertNumberOfRules("validation.md's Rules paragraph", validationPage(), "(\\d+) of them, each with id");
    }

    private static void assertNumberOfRules(String where, String text, String pattern) {
        Matcher counts = Pattern.compile(pattern).matcher(text);
        int found = 0;
        while (counts.find()) {
            assertEquals(RuleRegistry.all().size(), Integer.parseInt(counts.group(1)), where + " says " + counts.group());
            found++;
        }
        assertTrue(found >= 1, where + " gives the number of rules");
    }
}
