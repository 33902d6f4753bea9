package io.aiplatform.security.core.rotate;

import java.util.List;

/**
 * A staged rotation: from the current providers to the final ones, in steps that keep every
 * Secret readable by every API server at every moment.
 *
 * @param newKey the key that is introduced (null for KMS), by name only in everything but the step files
 * @param document the configuration the plan starts from; {@code current} are the providers of its rotated block
 */
public record RotationPlan(String fromProvider, String toProvider, int apiServers, List<ProviderConfig> current,
                           EncryptionKeyEntry newKey, List<RotationStep> steps, List<String> notes,
                           EncryptionConfigDocument document) {

    /** The whole configuration a step installs: its providers for the rotated block, every other block unchanged. */
    public EncryptionConfigDocument configurationOf(RotationStep step) {
        return step.providers() == null ? null : document.withRotated(step.providers());
    }


    public RotationPlan {
        current = List.copyOf(current);
        steps = List.copyOf(steps);
        notes = List.copyOf(notes);
    }
}
