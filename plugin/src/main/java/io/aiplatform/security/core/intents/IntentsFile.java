package io.aiplatform.security.core.intents;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes {@code intents.yaml} so that a reader sees the old file or the new one, never half of one: the text
 * goes to a temporary file beside it, which is then renamed over it. An unchanged file is not touched.
 */
public final class IntentsFile {

    private IntentsFile() {
    }

    /** Writes {@code intents} to {@code outputDirectory/intents.yaml}; the path written. */
    public static Path write(Path outputDirectory, ServiceIntents intents) throws IOException {
        Path target = outputDirectory.resolve(ServiceIntents.FILE);
        byte[] bytes = IntentsYaml.text(intents).getBytes(StandardCharsets.UTF_8);
        if (Files.isRegularFile(target) && java.util.Arrays.equals(Files.readAllBytes(target), bytes)) {
            return target;
        }
        Files.createDirectories(outputDirectory);
        Path temporary = Files.createTempFile(outputDirectory, ".intents-", ".tmp");
        try {
            Files.write(temporary, bytes);
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
        return target;
    }
}
