package io.aiplatform.security.core.graph;

import io.aiplatform.security.core.intents.read.PublishedService;
import io.aiplatform.security.core.support.ArtifactFile;

/** Where a service of the graph comes from when a service repository published it: the artifact and its entry. */
record IntentsOrigin(ArtifactFile artifact, PublishedService service) {

    /** How evidence starts for what this artifact publishes: {@code com.example.shop:orders:2.4.0}. */
    String prefix() {
        return artifact.coordinates();
    }
}
