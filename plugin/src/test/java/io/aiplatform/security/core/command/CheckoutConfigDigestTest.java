package io.aiplatform.security.core.command;

import static io.aiplatform.security.core.Fixtures.dep;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aiplatform.security.core.Fixtures;
import io.aiplatform.security.core.graph.Module;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The files a config server reads from this checkout (its Git URI names the checkout's remote) are inputs of both
 * up-to-date digests: the checkout's Git configuration, each configuration file of a searched folder, and a file
 * added to one; other files of those folders are not.
 */
class CheckoutConfigDigestTest {

    private static final String HTTP = "role: api\nports: [{name: http, port: 8080}]\n";

    @TempDir
    Path dir;

    private List<Module> modules;

    @BeforeEach
    void platform() throws IOException {
        modules = new Fixtures(dir).service("config", "role: api\nports: [{port: 8888}]\n")
                .service("orders", HTTP, dep("org.springframework.cloud:spring-cloud-starter-config"))
                .service("stock", HTTP).modules();
        write(".git/config", "[remote \"origin\"]\n\turl = git@github.com:shop/platform.git\n");
        write("config/src/main/resources/application.yml", "spring.cloud.config.server.git:\n"
                + "  uri: https://github.com/shop/platform\n  search-paths: 'config-repo/{application}'\n");
        write("config-repo/orders/orders.yml", "orders.timeout: 5s\n");
        write("config-repo/orders/notes.txt", "not configuration\n");
    }

    @Test
    void aSearchedFileAFileAddedToASearchedFolderAndTheRemoteReRunBothGoals() throws Exception {
        assertRerun(() -> write("config-repo/orders/orders.yml", "stock.url: http://stock:8080\n"));
        assertTrue(DerivedGraphs.derive(dir, modules, List.of(), "shop").edges().stream()
                .anyMatch(e -> e.from().equals("orders") && e.to().equals("stock")), "the changed file is read");
        assertRerun(() -> write("config-repo/orders/orders-docker.yml", "x: 1\n"));
        assertRerun(() -> write("config-repo/billing/application.properties", "x=1\n"));
        assertRerun(() -> write("application.yml", "x: 1\n"));
        assertRerun(() -> write(".git/config", "[remote \"origin\"]\n\turl = git@github.com:shop/other.git\n"));
    }

    @Test
    void aSearchPathThatAVariableGivesCountsEveryFolderItMayName() throws Exception {
        write("config/src/main/resources/application.yml", "spring.cloud.config.server.git:\n"
                + "  uri: https://github.com/shop/platform\n  search-paths: ${CONFIG_PATHS:config-data}\n");
        write("config-data/orders.yml", "orders.timeout: 5s\n");
        assertRerun(() -> write("config-data/orders.yml", "stock.url: http://stock:8080\n"));
        assertTrue(DerivedGraphs.derive(dir, modules, List.of(), "shop").edges().stream()
                .anyMatch(e -> e.from().equals("orders") && e.to().equals("stock")), "config-data, the default, is read");
    }

    @Test
    void otherFilesOfASearchedFolderDoNotCount() throws Exception {
        String before = generate();
        write("config-repo/orders/notes.txt", "changed\n");
        assertEquals(before, generate());
    }

    private interface Change {
        void apply() throws Exception;
    }

    private void assertRerun(Change change) throws Exception {
        String generate = generate();
        String validate = validate();
        change.apply();
        assertNotEquals(generate, generate(), "generate-security reruns");
        assertNotEquals(validate, validate(), "validate-security reruns");
    }

    private String generate() {
        return InputDigests.generate(GenerateRequest.builder(dir).modules(modules).build(), "plugin");
    }

    private String validate() {
        return InputDigests.validate(ValidateRequest.builder(dir, dir.resolve("out")).modules(modules).build(), "plugin");
    }

    private void write(String path, String text) throws IOException {
        Path file = dir.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
