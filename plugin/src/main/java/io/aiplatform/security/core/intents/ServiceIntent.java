package io.aiplatform.security.core.intents;

import io.aiplatform.security.core.graph.Service;
import java.util.List;

/**
 * What one service of a repository is and needs: the service as its descriptor and defaults resolve it,
 * the Maven module that builds it ({@code groupId:artifactId:version}) and every call it makes, sorted.
 */
public record ServiceIntent(Service service, String module, List<IntentCall> calls) {

    public ServiceIntent {
        calls = calls.stream().sorted(IntentCall.ORDER).toList();
    }

    public String name() {
        return service.name();
    }
}
