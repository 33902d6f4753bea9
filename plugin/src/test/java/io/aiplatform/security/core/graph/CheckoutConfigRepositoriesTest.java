package io.aiplatform.security.core.graph;

import static io.aiplatform.security.core.Fixtures.dep;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aiplatform.security.core.Fixtures;
import io.aiplatform.security.core.catalog.ClientCatalog;
import io.aiplatform.security.core.support.DerivationRule;
import io.aiplatform.security.core.support.Problem;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A Git-backed config server whose repository is the one the project is checked out from reads the checkout. */
class CheckoutConfigRepositoriesTest {

    private static final String HTTP = "ports: [{name: http, port: 8080}]\n";
    private static final String CONFIG_CLIENT = "org.springframework.cloud:spring-cloud-starter-config";
    /** The server's URI, with a password that must never be shown. */
    private static final String GIT_URI = "https://bot:planted-git-secret@github.com/shop/platform.git";

    @TempDir
    Path dir;

    private Fixtures platform;

    @BeforeEach
    void platform() throws Exception {
        server(GIT_URI, "config-repo");
        SourceRun.write(dir, "config-repo/application.yml", "shared.audit.url: http://audit:8080\n");
        SourceRun.write(dir, "config-repo/orders.yml", "stock.url: http://stock:8080/api\n");
        platform = new Fixtures(dir).service("config", "ports: [{port: 8888}]\n")
                .service("orders", HTTP, dep(CONFIG_CLIENT)).service("stock", HTTP).service("audit", HTTP)
                .service("batch", HTTP);
    }

    private void server(String uri, String searchPaths) throws Exception {
        SourceRun.write(dir, "config/src/main/resources/application.yml", "server.port: 8888\nspring:\n  cloud:\n"
                + "    config:\n      server:\n        git:\n          uri: " + uri + "\n"
                + "          searchPaths: " + searchPaths + "\n          default-label: main\n");
    }

    private void remote(String url) throws Exception {
        SourceRun.write(dir, ".git/config", "[core]\n\tbare = false\n[remote \"origin\"]\n\turl = " + url + "\n");
    }

    @Test
    void aUriThatNamesTheCheckoutsRemoteReadsTheSearchPathsInTheCheckoutWithEvidenceNamingUriAndFolder() throws Exception {
        remote("git@GitHub.com:shop/platform.git");
        ServiceGraph g = graph();
        assertEquals(Set.of("orders->audit", "orders->stock"), edges(g), "batch is no config client: nothing");
        assertEquals(List.of("config-repo/orders.yml:1 stock.url (served by config from"
                + " https://github.com/shop/platform.git, read from this checkout's folder config-repo) names stock"),
                reasons(g, "orders", "stock"));
        assertEquals(List.of("config-repo/application.yml:1 shared.audit.url (served by config from"
                + " https://github.com/shop/platform.git, read from this checkout's folder config-repo) names audit"),
                reasons(g, "orders", "audit"));
        List<String> notices = g.notices().stream().filter(n -> n.rule() == DerivationRule.CONFIG_CHECKOUT)
                .map(Problem::describe).toList();
        assertEquals(List.of("config/src/main/resources/application.yml:7: service 'config': its Git repository"
                + " (spring.cloud.config.server.git.uri https://github.com/shop/platform.git) is the one this project"
                + " is checked out from (the checkout's remote origin): its clients' files are read from the"
                + " checkout's top folder and search-paths config-repo, for every config client"), notices);
        assertTrue(g.warnings().stream().noneMatch(w -> w.rule() == DerivationRule.CONFIG_OUTSIDE), g.warnings().toString());
        assertTrue((g.warnings() + " " + g.notices() + " " + g.edges()).indexOf("planted-git-secret") < 0,
                "the URI's password is never shown");
    }

    @Test
    void aUriThatNamesAnotherRepositoryChangesNothing() throws Exception {
        remote("https://github.com/shop/platform-code.git");
        ServiceGraph g = graph();
        assertEquals(Set.of(), edges(g));
        assertTrue(g.notices().stream().noneMatch(n -> n.rule() == DerivationRule.CONFIG_CHECKOUT), g.notices().toString());
        assertEquals(1, g.warnings().stream().filter(w -> w.rule() == DerivationRule.CONFIG_OUTSIDE).count(),
                "the repository is still kept outside: " + g.warnings());
    }

    @Test
    void withoutACheckoutTheRootPomsScmNamesTheRepositoryAndTheReactorRootIsItsTop() throws Exception {
        SourceRun.write(dir, "pom.xml", "<project xmlns=\"http://maven.apache.org/POM/4.0.0\"><modelVersion>4.0.0"
                + "</modelVersion><scm><connection>scm:git:git@github.com:shop/platform.git</connection>"
                + "<url>https://github.com/shop/platform/tree/main</url></scm></project>\n");
        ServiceGraph g = graph();
        assertEquals(Set.of("orders->audit", "orders->stock"), edges(g));
        assertTrue(g.notices().stream().anyMatch(n -> n.message().contains("(the root POM's <scm> connection)")),
                g.notices().toString());
    }

    @Test
    void theApplicationPlaceholderOfASearchPathIsTheClientsNameAsForAFolderGivenByConfigDirectories() throws Exception {
        remote("https://github.com/shop/platform");
        server("https://github.com/shop/platform.git", "'config-repo/{application}'");
        SourceRun.write(dir, "config-repo/orders.yml", "x: 1\n");
        SourceRun.write(dir, "config-repo/orders/orders.yml", "stock.url: http://stock:8080/api\n");
        ServiceGraph g = graph();
        assertEquals(Set.of("orders->stock"), edges(g), "config-repo itself is not searched, only config-repo/orders");
        assertEquals(List.of("config-repo/orders/orders.yml:1 stock.url (served by config from"
                + " https://github.com/shop/platform.git, read from this checkout's folder config-repo/orders) names"
                + " stock"), reasons(g, "orders", "stock"));
    }

    @Test
    void aUriGivenByAPlaceholdersDefaultAndSearchPathsGivenAsAListAreReadAsTheServerReadsThem() throws Exception {
        remote("https://github.com/shop/platform.git");
        SourceRun.write(dir, "config/src/main/resources/application.yml", "spring.cloud.config.server.git:\n"
                + "  uri: ${CONFIG_REPO:https://github.com/shop/platform}\n  search-paths:\n    - shared\n"
                + "    - config-repo\n");
        SourceRun.write(dir, "shared/application.yml", "shared.audit.url: http://audit:8080\n");
        SourceRun.write(dir, "config-repo/application.yml", "x: 1\n");
        ServiceGraph g = graph();
        assertEquals(Set.of("orders->audit", "orders->stock"), edges(g), "shared/ and config-repo/ are both searched");
        assertEquals(List.of("shared/application.yml:1 shared.audit.url (served by config from"
                + " https://github.com/shop/platform, read from this checkout's folder shared) names audit"),
                reasons(g, "orders", "audit"));
    }

    @Test
    void theDeploymentsEnvironmentDecidesWhichRepositoryTheServerReads() throws Exception {
        remote("https://github.com/shop/platform.git");
        server("https://github.com/shop/other-config.git", "config-repo");
        SourceRun.write(dir, "docker-compose.yml", "services:\n  config:\n    build: ./config\n    environment:\n"
                + "      SPRING_CLOUD_CONFIG_SERVER_GIT_URI: git@github.com:shop/platform.git\n");
        ServiceGraph g = graph();
        assertEquals(Set.of("orders->audit", "orders->stock"), edges(g));
        assertTrue(reasons(g, "orders", "stock").get(0).contains("(served by config from git@github.com:shop/platform.git,"),
                reasons(g, "orders", "stock").toString());
    }

    @Test
    void theSearchPathsAreTakenFromTheRepositorysTopAboveTheReactorRoot() throws Exception {
        Path reactor = dir.resolve("backend");
        SourceRun.write(dir, ".git/config", "[remote \"origin\"]\n\turl = https://github.com/shop/platform.git\n");
        SourceRun.write(reactor, "config/src/main/resources/application.yml",
                "spring.cloud.config.server.git.uri: https://github.com/shop/platform.git\n"
                + "spring.cloud.config.server.git.search-paths: config-repo\n");
        Fixtures nested = new Fixtures(reactor).service("config", "ports: [{port: 8888}]\n")
                .service("orders", HTTP, dep(CONFIG_CLIENT)).service("stock", HTTP).service("audit", HTTP);
        ServiceGraph g = new ServiceGraphBuilder(ClientCatalog.builtIn(), reactor).configuration(List.of(), "shop")
                .build(nested.modules());
        assertEquals(Set.of("orders->audit", "orders->stock"), edges(g), "dir/config-repo, beside backend/");
    }

    private ServiceGraph graph() throws Exception {
        return new ServiceGraphBuilder(ClientCatalog.builtIn(), dir).configuration(List.of(), "shop")
                .build(platform.modules());
    }

    private static Set<String> edges(ServiceGraph g) {
        return g.edges().stream().map(e -> e.from() + "->" + e.to()).collect(Collectors.toCollection(TreeSet::new));
    }

    private static List<String> reasons(ServiceGraph g, String from, String to) {
        return g.edges().stream().filter(e -> e.from().equals(from) && e.to().equals(to)).findFirst().orElseThrow()
                .reasons();
    }
}
