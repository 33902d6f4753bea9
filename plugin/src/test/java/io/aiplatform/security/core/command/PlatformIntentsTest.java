package io.aiplatform.security.core.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aiplatform.security.core.descriptor.DescriptorParser;
import io.aiplatform.security.core.descriptor.ServiceDescriptor;
import io.aiplatform.security.core.support.InvalidInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The platform file lists the intents the platform deploys next to the services it describes. */
class PlatformIntentsTest {

    @TempDir
    Path root;

    @Test
    void anEntryThatHoldsOnlyIntentsIsListedAndIsNoServiceOfThePlatformFile() throws Exception {
        Path file = platformFile("services:\n  - name: orders-db\n    ports: [{port: 5432}]\n"
                + "  - intents: com.example.shop:orders:2.4.0\n  - {intents: com.example.pay:payments:1.3.0}\n");
        assertEquals(List.of("com.example.shop:orders:2.4.0", "com.example.pay:payments:1.3.0"),
                PlatformIntents.listed(root));
        assertEquals(List.of("orders-db"), new DescriptorParser().parsePlatform(file).stream()
                .map(ServiceDescriptor::name).toList());
    }

    @Test
    void anEntryWithIntentsAndOtherFieldsOrNoCoordinatesIsRefusedWithItsLine() throws Exception {
        platformFile("services:\n  - intents: com.example.shop:orders:2.4.0\n    ports: [{port: 8080}]\n"
                + "  - intents: orders\n");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> PlatformIntents.listed(root));
        assertEquals(2, e.problems().size(), e.getMessage());
        assertEquals(2, e.problems().get(0).line());
        assertTrue(e.problems().get(0).message().startsWith("an entry of services that names 'intents' holds nothing"
                + " else"), e.getMessage());
        assertEquals(4, e.problems().get(1).line());
        assertTrue(e.problems().get(1).message().startsWith("intents 'orders' is not groupId:artifactId:version"),
                e.getMessage());
    }

    @Test
    void noPlatformFileListsNothing() throws Exception {
        assertEquals(List.of(), PlatformIntents.listed(root));
    }

    private Path platformFile(String yaml) throws IOException {
        Path file = root.resolve(DescriptorParser.PLATFORM_FILE);
        Files.createDirectories(file.getParent());
        Files.writeString(file, yaml);
        return file;
    }
}
