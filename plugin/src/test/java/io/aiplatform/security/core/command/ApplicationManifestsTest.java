package io.aiplatform.security.core.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.aiplatform.security.core.validate.Finding;
import io.aiplatform.security.core.validate.Severity;
import io.aiplatform.security.core.validate.ValidationReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** validate-security alone on an ordinary hardened application: no error, and only the warnings it deserves. */
class ApplicationManifestsTest {

    @TempDir
    Path dir;

    @Test
    void aHardenedApplicationFolderHasNoError() throws Exception {
        Path app = Path.of(getClass().getResource("/application/app.yaml").toURI()).getParent();
        ValidationReport r = new ValidateCommand().run(ValidateRequest.builder(dir, Files.createDirectories(dir.resolve("out")))
                .manifestDirectories(List.of(app)).namespace(null).build());
        List<Finding> errors = r.findings().stream().filter(f -> f.severity() == Severity.ERROR).toList();
        assertEquals(List.of(), errors.stream().map(Finding::describe).toList());
        assertFalse(r.failed());
        Set<String> warned = new TreeSet<>();
        r.findings().forEach(f -> warned.add(f.ruleId() + " " + f.object()));
        // every built-in kind of the folder has a bundled schema: nothing is reported
        assertEquals(Set.of(), warned);
    }
}
