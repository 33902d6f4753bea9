package io.aiplatform.security.core.graph;

import static io.aiplatform.security.core.Fixtures.dep;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aiplatform.security.core.Fixtures;
import io.aiplatform.security.core.catalog.ClientCatalog;
import io.aiplatform.security.core.support.Problem;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A Git-backed config server's repository, checked out outside the code and named by configDirectories. */
class ConfigDirectoriesTest {

    private static final String HTTP = "ports: [{name: http, port: 8080}]\n";
    private static final String CONFIG_CLIENT = "org.springframework.cloud:spring-cloud-starter-config";
    /** A Git URI with a password: it must never be shown. */
    private static final String GIT_URI = "https://bot:planted-git-secret@git.example.org/shop/config.git";

    @TempDir
    Path dir;

    private Fixtures platform;

    @BeforeEach
    void platform() throws Exception {
        SourceRun.write(dir, "config/src/main/resources/application.yml", "server.port: 8888\nspring:\n  cloud:\n"
                + "    config:\n      server:\n        git:\n          uri: " + GIT_URI + "\n"
                + "          search-paths: '{application}'\n");
        SourceRun.write(dir, "config-repo/application.yml", "shared.audit.url: http://audit:8080\n");
        SourceRun.write(dir, "config-repo/orders/orders.yml", "stock.url: http://stock:8080/api\n");
        platform = new Fixtures(dir).service("config", "ports: [{port: 8888}]\n")
                .service("orders", HTTP, dep(CONFIG_CLIENT)).service("stock", HTTP).service("audit", HTTP)
                .service("batch", HTTP);
    }

    @Test
    void theFoldersAreReadLikeANativeRepositoryForEachConfigClientWithTheServersSearchPaths() throws Exception {
        ServiceGraph g = graph(List.of(Path.of("config-repo")));
        assertEquals(Set.of("orders->audit", "orders->stock"), edges(g), "batch is no config client: nothing");
        assertEquals(List.of("config-repo/orders/orders.yml:1 stock.url names stock"), reasons(g, "orders", "stock"));
        assertEquals(List.of("config-repo/application.yml:1 shared.audit.url names audit"), reasons(g, "orders", "audit"));
        assertTrue(g.warnings().stream().noneMatch(w -> w.message().contains("configDirectories")), g.warnings().toString());
    }

    @Test
    void withoutTheFoldersOneNoteNamesTheParameterAndNeverTheUri() throws Exception {
        ServiceGraph g = graph(List.of());
        assertEquals(Set.of(), edges(g));
        List<String> notes = g.warnings().stream().map(Problem::describe).filter(w -> w.contains("configDirectories"))
                .toList();
        assertEquals(List.of("info: configuration kept outside this repository is not read: config's Git repository"
                + " (config/src/main/resources/application.yml:7 spring.cloud.config.server.git.uri); the connections"
                + " its settings make are not derived. Check it out and name its folders with "
                + OutsideConfigStores.PARAMETER), notes);
        assertTrue(g.warnings().stream().filter(w -> w.message().contains("configDirectories"))
                .allMatch(w -> w.level() == Problem.Level.INFO), "information, logged at INFO: " + g.warnings());
        assertTrue(g.warnings().stream().noneMatch(w -> w.describe().contains("planted-git-secret")), g.warnings().toString());
    }

    @Test
    void aNativeConfigServerNeedsNoFoldersAndGetsNoNote() throws Exception {
        SourceRun.write(dir, "config/src/main/resources/application.yml",
                "spring.cloud.config.server.native.search-locations: classpath:/shared\n");
        ServiceGraph g = graph(List.of());
        assertTrue(g.warnings().stream().noneMatch(w -> w.message().contains("configDirectories")), g.warnings().toString());
    }

    private ServiceGraph graph(List<Path> folders) throws Exception {
        return new ServiceGraphBuilder(ClientCatalog.builtIn(), dir).configuration(List.of(), "shop")
                .configDirectories(folders).build(platform.modules());
    }

    private static Set<String> edges(ServiceGraph g) {
        return g.edges().stream().map(e -> e.from() + "->" + e.to()).collect(Collectors.toCollection(TreeSet::new));
    }

    private static List<String> reasons(ServiceGraph g, String from, String to) {
        return g.edges().stream().filter(e -> e.from().equals(from) && e.to().equals(to)).findFirst().orElseThrow()
                .reasons();
    }
}
