package io.aiplatform.security.core.catalog;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The catalog page's table (src/site/markdown/catalog.md) is generated from clients.txt: every entry is documented under its product. */
class CatalogDocumentationTest {

    @Test
    void everyCatalogEntryIsOnTheCatalogPage() throws Exception {
        String readme = Files.readString(Path.of("src/site/markdown/catalog.md"));
        int start = readme.indexOf("<!-- catalog:start");
        int end = readme.indexOf("<!-- catalog:end -->");
        assertTrue(start > 0 && end > start, "catalog.md has no catalog table");
        String table = readme.substring(start, end);
        for (Map.Entry<String, String> e : ClientCatalog.builtIn().clients().entrySet()) {
            String row = table.lines().filter(l -> l.startsWith("| `" + e.getValue() + "` |")).findFirst().orElse("");
            assertTrue(row.contains("`" + e.getKey() + "`"), e.getKey() + " (" + e.getValue() + ") is not in the README catalog");
        }
    }
}
