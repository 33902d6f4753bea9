package io.aiplatform.security.core.intents.read;

import io.aiplatform.security.core.support.ArtifactFile;
import java.util.List;

/**
 * An intents file as the platform reads it: the artifact it was resolved as, the project that published it
 * ({@code source}, groupId:artifactId:version) and its services.
 */
public record IntentsDocument(ArtifactFile artifact, String source, List<PublishedService> services) {

    public IntentsDocument {
        services = List.copyOf(services);
    }
}
