package io.aiplatform.security.core.catalog;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The README's catalog table is generated from clients.txt: every entry is documented under its product. */
class CatalogDocumentationTest {

    @Test
    void everyCatalogEntryIsInTheReadme() throws Exception {
        String readme = Files.readString(Path.of("../README.md"));
        int start = readme.indexOf("<!-- catalog:start");
        int end = readme.indexOf("<!-- catalog:end -->");
        assertTrue(start > 0 && end > start, "the README has no catalog section");
        String table = readme.substring(start, end);
        for (Map.Entry<String, String> e : ClientCatalog.builtIn().clients().entrySet()) {
            String row = table.lines().filter(l -> l.startsWith("| `" + e.getValue() + "` |")).findFirst().orElse("");
            assertTrue(row.contains("`" + e.getKey() + "`"), e.getKey() + " (" + e.getValue() + ") is not in the README catalog");
        }
    }
}
