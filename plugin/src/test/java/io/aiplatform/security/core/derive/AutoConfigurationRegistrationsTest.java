package io.aiplatform.security.core.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aiplatform.security.core.support.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The auto-configurations a module registers: one class a line of the imports file (comments and blank lines left
 * out), the comma-separated value of {@code EnableAutoConfiguration} in {@code spring.factories} over continued lines
 * (other keys left out), each applied by the Spring Boot versions that read its file.
 */
class AutoConfigurationRegistrationsTest {

    @TempDir
    Path dir;

    @Test
    void theImportsFileNamesOneClassALine() throws Exception {
        write(AutoConfigurationRegistrations.IMPORTS, "# clients\n\nx.a.OrdersAutoConfiguration\n  x.b.Other # too\n");
        List<AutoConfigurationRegistrations.Registration> found = read();
        assertEquals(List.of("x.a.OrdersAutoConfiguration", "x.b.Other"),
                found.stream().map(AutoConfigurationRegistrations.Registration::className).toList());
        assertEquals("res/" + AutoConfigurationRegistrations.IMPORTS + ":3", found.get(0).where());
        assertEquals("res/" + AutoConfigurationRegistrations.IMPORTS + ":4", found.get(1).where());
    }

    @Test
    void theFactoriesFileRegistersOnlyUnderItsKey() throws Exception {
        write(AutoConfigurationRegistrations.FACTORIES, """
                # other factories register no auto-configuration
                org.springframework.context.ApplicationListener=x.Listener
                org.springframework.boot.autoconfigure.EnableAutoConfiguration=\\
                  x.a.OrdersAutoConfiguration,\\
                  x.b.Other
                ! org.springframework.boot.autoconfigure.EnableAutoConfiguration=x.Commented
                """);
        List<AutoConfigurationRegistrations.Registration> found = read();
        assertEquals(List.of("x.a.OrdersAutoConfiguration", "x.b.Other"),
                found.stream().map(AutoConfigurationRegistrations.Registration::className).toList());
        assertEquals("res/META-INF/spring.factories:3", found.get(1).where());
        assertTrue(found.get(0).factories());
    }

    @Test
    void eachFileIsReadByTheSpringBootVersionsThatReadIt() {
        var imports = new AutoConfigurationRegistrations.Registration("x.A", "f:1", false);
        var factories = new AutoConfigurationRegistrations.Registration("x.A", "f:1", true);
        assertFalse(imports.appliedBy("2.6.3"));
        assertTrue(imports.appliedBy("2.7.0"));
        assertTrue(imports.appliedBy("3.2.1"));
        assertTrue(factories.appliedBy("2.7.18"));
        assertFalse(factories.appliedBy("3.0.0"));
        assertTrue(imports.appliedBy(null) && factories.appliedBy(""), "an unknown version reads both");
    }

    @Test
    void aModuleWithoutTheFilesRegistersNothing() {
        assertEquals(List.of(), read());
    }

    private List<AutoConfigurationRegistrations.Registration> read() {
        List<Problem> problems = new ArrayList<>();
        List<AutoConfigurationRegistrations.Registration> found = AutoConfigurationRegistrations.of(dir,
                p -> "res/" + dir.relativize(p).toString().replace('\\', '/'), problems::add);
        assertEquals(List.of(), problems);
        return found;
    }

    private void write(String path, String text) throws Exception {
        Path file = dir.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
