package io.aiplatform.security.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aiplatform.security.core.support.YamlBombs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.error.YAMLException;

class ManifestReaderTest {

    @TempDir
    Path dir;

    @Test
    void anAliasBombIsRefusedNamingTheFileAndLineAndManyHarmlessAliasesAreRead() throws Exception {
        Path bomb = dir.resolve("keys.yaml");
        Files.writeString(bomb, YamlBombs.laughs());
        YAMLException e = assertTimeoutPreemptively(Duration.ofSeconds(2),
                () -> assertThrows(YAMLException.class, () -> new ManifestReader().read(bomb)));
        assertTrue(e.getMessage().startsWith(bomb + ":11: the YAML aliases up to *l9 stand for more than 200000"),
                e.getMessage());

        StringBuilder many = new StringBuilder("kind: KeyList\nbase: &k {name: a, provider: secretbox}\nkeys:\n");
        for (int i = 0; i < 60; i++) {
            many.append("  - *k\n"); // more than the 50 aliases once refused by count
        }
        Path file = dir.resolve("many.yaml");
        Files.writeString(file, many);
        assertEquals(60, ((List<?>) new ManifestReader().read(file).get(0).get("keys")).size());
    }
}
