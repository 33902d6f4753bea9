package io.aiplatform.security.core.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.aiplatform.security.core.validate.rules.RuleDescription;
import io.aiplatform.security.core.validate.rules.RuleRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The site's rules page ({@code src/site/markdown/rules.md}, {@code rules.html}) has a row per rule id a finding
 * can carry, with the anchor results.sarif's {@code helpUri} links to (the id in lower case), as the registry
 * describes it. When they differ, the page the registry gives is written to {@code target/rules.md}: copy it over.
 */
class RulesPageTest {

    private static final Path PAGE = Path.of("src/site/markdown/rules.md");

    static String render() {
        StringBuilder sb = new StringBuilder("# Rules\n\n"
                + "Every rule id a finding of `validate-security` can carry, in `validation.json`, `junit.xml`,"
                + " `results.sarif` (whose `helpUri` for a rule is its row here) and the build log: the checks of the"
                + " derivation (`DERIVE-*`: what the derivation of the service graph could not decide), of the parse,"
                + " schema and connectivity stages, and the rules of stage 3. `failOn` compares against the severity;"
                + " an annotation `ai-security.io/suppress` on the object, or for a `DERIVE-*` rule the service's"
                + " descriptor (`suppress:`), switches a finding off with its reason. This page is the rule registry's"
                + " (`RulesPageTest` fails when they differ).\n\n"
                + "| id | severity | stage | what | remedy | cites |\n|---|---|---|---|---|---|\n");
        for (RuleDescription d : RuleRegistry.documented()) {
            sb.append("| <a id=\"").append(d.id().toLowerCase(Locale.ROOT)).append("\"></a>`").append(d.id())
                    .append("` | ").append(d.severity().id()).append(" | ").append(d.stage().id()).append(" | ")
                    .append(cell(d.title())).append(" | ").append(cell(d.remediation())).append(" | ")
                    .append(d.reference() == null ? "" : cell(d.reference())).append(" |\n");
        }
        return sb.toString();
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("<", "&lt;").replace(">", "&gt;");
    }

    @Test
    void theRulesPageHasARowAndAnAnchorForEveryRuleTheRegistryDescribes() throws Exception {
        String expected = render();
        String page = Files.exists(PAGE) ? Files.readString(PAGE) : "";
        if (!expected.equals(page)) {
            Files.createDirectories(Path.of("target"));
            Files.writeString(Path.of("target/rules.md"), expected);
        }
        assertEquals(expected, page, "src/site/markdown/rules.md differs from the registry: copy target/rules.md over it");
    }
}
