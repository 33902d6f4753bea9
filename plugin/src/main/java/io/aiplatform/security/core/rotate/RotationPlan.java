package io.aiplatform.security.core.rotate;

import java.util.List;

/**
 * A staged rotation: from the current providers to the final ones, in steps that keep every
 * Secret readable by every API server at every moment.
 *
 * @param newKey the key that is introduced (null for KMS), by name only in everything but the step files
 */
public record RotationPlan(String fromProvider, String toProvider, int apiServers, List<ProviderConfig> current,
                           EncryptionKeyEntry newKey, List<RotationStep> steps, List<String> notes) {

    public RotationPlan {
        current = List.copyOf(current);
        steps = List.copyOf(steps);
        notes = List.copyOf(notes);
    }
}
