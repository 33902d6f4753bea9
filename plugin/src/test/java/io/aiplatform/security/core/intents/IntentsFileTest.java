package io.aiplatform.security.core.intents;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IntentsFileTest {

    @TempDir
    Path dir;

    @Test
    void writesTheFileLeavesNoTemporaryAndDoesNotTouchAnUnchangedFile() throws Exception {
        Path out = dir.resolve("target/ai-security");
        ServiceIntents intents = GraphIntents.of(GraphIntentsTest.shop(dir, GraphIntentsTest.at(dir)).graph(),
                GraphIntentsTest.SOURCE, Map.of());
        Path file = IntentsFile.write(out, intents);
        assertEquals(out.resolve("intents.yaml"), file);
        assertEquals(IntentsYaml.text(intents), Files.readString(file));
        FileTime old = FileTime.fromMillis(1_000_000L);
        Files.setLastModifiedTime(file, old);
        IntentsFile.write(out, intents);
        assertEquals(old, Files.getLastModifiedTime(file), "the same intents leave the file as it is");
        Files.writeString(file, "old");
        IntentsFile.write(out, intents);
        assertEquals(IntentsYaml.text(intents), Files.readString(file));
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(List.of("intents.yaml"), files.map(p -> p.getFileName().toString()).toList());
        }
    }
}
