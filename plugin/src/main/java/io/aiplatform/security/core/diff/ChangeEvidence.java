package io.aiplatform.security.core.diff;

import java.util.List;

/** Why the new side allows something: the evidence of the edges or declarations of the graph that cause it. */
public interface ChangeEvidence {

    /** Nothing known: the new side does not come from a graph just derived. */
    ChangeEvidence NONE = new ChangeEvidence() {
    };

    /** Evidence for {@code source} (a workload's name as the diff writes it) reaching {@code destination}. */
    default List<String> connection(String source, String destination) {
        return List.of();
    }

    /** Evidence for {@code source} reaching addresses outside the cluster. */
    default List<String> toAddresses(String source) {
        return List.of();
    }

    /** Evidence for {@code source} reaching the API server. */
    default List<String> toApiServer(String source) {
        return List.of();
    }

    /** Evidence for addresses outside the cluster reaching {@code destination}. */
    default List<String> fromAddresses(String destination) {
        return List.of();
    }

    /** Evidence for the grant. */
    default List<String> grant(Grant grant) {
        return List.of();
    }
}
