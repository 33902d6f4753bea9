package io.aiplatform.security.core.graph;

import io.aiplatform.security.core.support.InvalidInputException;
import io.aiplatform.security.core.support.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The {@code helmValues} files the charts are rendered with: each must be a file, or the derivation stops. */
final class HelmValuesFiles {

    private HelmValuesFiles() {
    }

    /** Nothing when every file is there; else an error naming each one that is not. */
    static void check(DerivationProject project) throws InvalidInputException {
        List<Problem> errors = new ArrayList<>();
        for (Path file : project.helmValues()) {
            if (!Files.isRegularFile(file)) {
                errors.add(new Problem(null, 0, null, "helmValues names " + project.shown(file) + ", which "
                        + (Files.exists(file) ? "is not a file" : "does not exist") + " (the files are relative to"
                        + " the reactor root " + project.root() + "); correct the path in the plugin's helmValues"
                        + " parameter or -Dai-security.helmValues"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
