package io.aiplatform.security.core.rotate;

import java.util.List;

/**
 * One step of a rotation: what it does, the configuration to install (null for a step that installs
 * none, such as re-encryption), the commands, how to check it and how to roll it back.
 *
 * @param providers the providers of the configuration this step installs, in order, or null
 */
public record RotationStep(int number, String slug, String title, String why, List<ProviderConfig> providers,
                           List<String> commands, List<String> checks, List<String> rollback) {

    public RotationStep {
        providers = providers == null ? null : List.copyOf(providers);
        commands = List.copyOf(commands);
        checks = List.copyOf(checks);
        rollback = List.copyOf(rollback);
    }

    /** {@code step-02-promote-new-key.yaml}, or null when the step installs no configuration. */
    public String fileName() {
        return providers == null ? null : fileName(number, slug);
    }

    /** The file a configuration step writes: {@code step-NN-<slug>.yaml}. */
    public static String fileName(int number, String slug) {
        return String.format("step-%02d-%s.yaml", number, slug);
    }
}
