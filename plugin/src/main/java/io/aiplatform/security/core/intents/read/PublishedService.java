package io.aiplatform.security.core.intents.read;

import io.aiplatform.security.core.descriptor.ServiceDescriptor;
import java.util.List;

/**
 * A service as an intents file publishes it: its descriptor (every field the descriptor has, resolved; no
 * {@code calls}, which are {@link #calls()} here), the module that builds it and its calls with evidence.
 *
 * @param module {@code groupId:artifactId:version} of the module that builds the service
 * @param line   the line of the service's entry in the intents file
 */
public record PublishedService(String name, String module, ServiceDescriptor descriptor, List<PublishedCall> calls,
                               int line) {

    public PublishedService {
        calls = List.copyOf(calls);
    }
}
