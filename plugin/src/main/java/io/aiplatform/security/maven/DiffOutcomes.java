package io.aiplatform.security.maven;

import io.aiplatform.security.core.command.LayerDiffStep;
import io.aiplatform.security.core.command.StampedRun;
import java.util.Optional;
import org.apache.maven.plugin.MojoFailureException;

/** What both goals say of the connectivity diff, and the failOnWidening gate. */
final class DiffOutcomes {

    private DiffOutcomes() {
    }

    static void say(Optional<LayerDiffStep.Outcome> outcome, StampedRun run) {
        outcome.ifPresent(o -> run.say("INFO", "ai-security: " + (o.changed() ? "what the layer allows changed ("
                + o.widenings().size() + " widening(s)): see " : "no change in what is allowed: ") + o.report()));
    }

    /** A MojoFailureException naming each widening when {@code failOnWidening} is set and the diff opens something. */
    static void gate(Optional<LayerDiffStep.Outcome> outcome, boolean failOnWidening) throws MojoFailureException {
        if (!failOnWidening || outcome.isEmpty() || outcome.get().widenings().isEmpty()) {
            return;
        }
        StringBuilder sb = new StringBuilder("ai-security: the change opens " + outcome.get().widenings().size()
                + " connection(s), exposure(s) or grant(s), and failOnWidening is set:");
        outcome.get().widenings().forEach(w -> sb.append(System.lineSeparator()).append("  ").append(w));
        sb.append(System.lineSeparator()).append("Review them in ").append(outcome.get().report())
                .append("; approve the widening by building without -Dai-security.failOnWidening.");
        throw new MojoFailureException(sb.toString());
    }
}
