package io.aiplatform.security.core.command;

import io.aiplatform.security.core.descriptor.DescriptorParser;
import io.aiplatform.security.core.descriptor.PlatformIntentsEntry;
import io.aiplatform.security.core.support.InvalidInputException;
import java.nio.file.Path;
import java.util.List;

/**
 * What the build must resolve before the platform's graph is derived: the intents artifacts its platform file
 * lists ({@code services: [{intents: groupId:artifactId:version}]}). The artifacts its POM lists are the build's to
 * read; both are then handed to the requests as resolved files.
 */
public final class PlatformIntents {

    /** The type of an intents artifact. */
    public static final String TYPE = "yaml";
    /** The classifier of an intents artifact. */
    public static final String CLASSIFIER = "ai-security-intents";

    private PlatformIntents() {
    }

    /** The coordinates ({@code groupId:artifactId:version}) the platform file below {@code root} lists, in its order. */
    public static List<String> listed(Path root) throws InvalidInputException {
        return PlatformIntentsEntry.read(root.resolve(DescriptorParser.PLATFORM_FILE)).stream()
                .map(PlatformIntentsEntry::coordinates).toList();
    }
}
