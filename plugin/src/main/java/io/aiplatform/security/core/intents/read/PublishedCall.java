package io.aiplatform.security.core.intents.read;

import java.util.List;
import java.util.Map;

/**
 * A call an intents file publishes: to a service by name ({@code service}, in another namespace when
 * {@code namespace} is set), or to whatever provides a product ({@code product}); on {@code ports} (empty: the
 * callee's call ports), with the publishing repository's evidence.
 *
 * @param line the call's line in the intents file
 */
public record PublishedCall(String service, String product, String namespace, Map<String, String> labels,
                            List<Integer> ports, List<String> evidence, int line) {

    public PublishedCall {
        labels = Map.copyOf(labels);
        ports = List.copyOf(ports);
        evidence = List.copyOf(evidence);
    }

    /** What the call names, for messages: {@code payments}, {@code audit (namespace compliance)} or {@code product postgresql}. */
    public String target() {
        if (product != null) {
            return "product " + product;
        }
        return namespace == null ? service : service + " (namespace " + namespace + ")";
    }
}
