package io.aiplatform.security.core.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import io.aiplatform.security.core.Fixtures;
import io.aiplatform.security.core.catalog.ClientCatalog;
import io.aiplatform.security.core.support.DeepFolders;
import io.aiplatform.security.core.support.Problem;
import io.aiplatform.security.core.support.YamlBombs;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile inputs of the derivation (YAML bombs, deeply nested Java, oversize, unreadable and non-UTF-8
 * files, folders too deep for the system): the derivation finishes, the rest of the platform is still
 * derived, and each input not read is a warning naming the file (and the line or limit).
 */
class BoundedReadersTest {

    @TempDir
    Path dir;
    private Path deep;

    @AfterEach
    void removeDeepFolders() throws Exception {
        DeepFolders.remove(deep);
    }

    private void write(String path, String text) throws Exception {
        write(path, text.getBytes(StandardCharsets.UTF_8));
    }

    private void write(String path, byte[] bytes) throws Exception {
        Path f = dir.resolve(path);
        Files.createDirectories(f.getParent());
        Files.write(f, bytes);
    }

    private ServiceGraph graph() throws Exception {
        Fixtures f = new Fixtures(dir).service("billing", "role: api\nports: [{name: http, port: 8080}]\n")
                .service("orders", "role: api\nports: [{name: http, port: 8081}]\n")
                .service("shop", "role: api\nports: [{name: http, port: 8082}]\n");
        return assertTimeoutPreemptively(Duration.ofSeconds(20), () ->
                new ServiceGraphBuilder(ClientCatalog.builtIn(), dir).configuration(List.of(), "shop").build(f.modules()));
    }

    private static Set<String> edges(ServiceGraph g) {
        return g.edges().stream().map(e -> e.from() + "->" + e.to()).collect(Collectors.toCollection(TreeSet::new));
    }

    private static String warning(ServiceGraph g, String start) {
        return g.warnings().stream().map(Problem::describe).filter(w -> w.startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no warning starting " + start + " in " + g.warnings()));
    }

    @Test
    void yamlBombsInConfigurationAndComposeFilesAreWarningsAndTheRestIsDerived() throws Exception {
        write("orders/src/main/resources/application.yml", YamlBombs.laughs());
        write("docker-compose.yml", YamlBombs.laughs());
        write("shop/src/main/resources/application.properties", "billing.url=http://billing:8080/api\n");
        ServiceGraph g = graph();
        assertEquals(Set.of("shop->billing"), edges(g));
        String config = warning(g, "orders/src/main/resources/application.yml:11: ");
        assertTrue(config.contains("stand for more than 200000 values once expanded"), config);
        assertTrue(config.contains("the file is not read"), config);
        warning(g, "docker-compose.yml:11: the YAML aliases up to *l9 stand for more than 200000 values");
    }

    @Test
    void deeplyNestedJavaIsAWarningNamingTheFileAndTheOtherSourcesAreRead() throws Exception {
        write("shop/src/main/java/a/Parentheses.java", "class Parentheses {\n  int x = " + "(".repeat(30_000) + "1"
                + ")".repeat(30_000) + ";\n  String u = \"http://orders:8081\";\n}\n");
        write("shop/src/main/java/a/Casts.java", "class Casts {\n  Object x = " + "(Object) ".repeat(1_500)
                + "\"http://orders:8081\";\n}\n");
        // within the pre-check's bounds, but beyond the parser's stack: the overflow is caught
        write("shop/src/main/java/a/Negations.java", "class Negations {\n  boolean x = " + "!".repeat(400_000)
                + "true;\n  String u = \"http://orders:8081\";\n}\n");
        write("shop/src/main/java/a/Billing.java", "class Billing {\n  String u = \"http://billing:8080/api\";\n}\n");
        ServiceGraph g = graph();
        assertEquals(Set.of("shop->billing"), edges(g), "the file after the deep ones is still read");
        assertTrue(warning(g, "shop/src/main/java/a/Parentheses.java:2: ").contains("nested more than 500 deep"));
        assertTrue(warning(g, "shop/src/main/java/a/Casts.java:2: ").contains("more than 100 parenthesised groups"));
        assertTrue(warning(g, "shop/src/main/java/a/Negations.java: ").contains("nests too deep for the Java parser"));
    }

    @Test
    void oversizeFilesAreWarningsNamingTheFileAndTheLimit() throws Exception {
        write("orders/src/main/resources/application.properties", "billing.url=http://billing:8080\n"
                + "#".repeat(4 * 1024 * 1024) + "\n");
        String big = "class Big {\n  String u = \"http://billing:8080\";\n}\n" + "//".repeat(600_000) + "\n";
        write("shop/src/main/java/a/Big.java", big);
        ServiceGraph g = graph();
        assertEquals(Set.of(), edges(g));
        String config = warning(g, "orders/src/main/resources/application.properties: the file is 4194337 bytes");
        assertTrue(config.contains("more than the 4194304 (4 MiB)"), config);
        String java = warning(g, "shop/src/main/java/a/Big.java: the file is " + big.length() + " bytes");
        assertTrue(java.contains("more than the 1048576 (1 MiB) parsed"), java);
    }

    @Test
    void yamlThatIsNotUtf8IsAWarningAndPropertiesAreReadAsIso88591() throws Exception {
        write("orders/src/main/resources/application.yml", "billing.url: http://billing:8080\n# caf\u00e9\n"
                .getBytes(StandardCharsets.ISO_8859_1));
        write("shop/src/main/resources/application.properties", "# caf\u00e9\nbilling.url=http://billing:8080\n"
                .getBytes(StandardCharsets.ISO_8859_1));
        ServiceGraph g = graph();
        assertEquals(Set.of("shop->billing"), edges(g), "Spring Boot reads .properties as ISO-8859-1");
        warning(g, "orders/src/main/resources/application.yml: the file is not valid UTF-8");
    }

    @Test
    void aSourceFolderDeeperThanTheSystemAllowsIsAWarningNamingThePath() throws Exception {
        write("shop/src/main/java/a/Billing.java", "class Billing {\n  String u = \"http://billing:8080/api\";\n}\n");
        deep = DeepFolders.make(dir.resolve("shop/src/main/java"), "deep", "Deep.java");
        ServiceGraph g = graph();
        assertEquals(Set.of("shop->billing"), edges(g));
        String w = warning(g, "shop/src/main/java/deep/" + DeepFolders.FOLDER + "/");
        assertTrue(w.contains("File name too long") && w.contains("cannot read this path of the Java sources"), w);
    }

    @Test
    void anUnreadableFolderIsAWarningNamingIt() throws Exception {
        assumeFalse("root".equals(System.getProperty("user.name")), "runs as root: folder permissions do not apply");
        write("shop/src/main/java/a/Billing.java", "class Billing {\n  String u = \"http://billing:8080/api\";\n}\n");
        Path closed = dir.resolve("shop/src/main/java/closed");
        Files.createDirectories(closed);
        Files.writeString(closed.resolve("Orders.java"), "class Orders { String u = \"http://orders:8081\"; }\n");
        closed.toFile().setReadable(false);
        closed.toFile().setExecutable(false);
        try {
            ServiceGraph g = graph();
            assertEquals(Set.of("shop->billing"), edges(g));
            assertTrue(warning(g, "shop/src/main/java/closed: ").contains("permission denied"));
        } finally {
            closed.toFile().setReadable(true);
            closed.toFile().setExecutable(true);
        }
    }
}
