package io.aiplatform.security.core.graph;

import java.nio.file.Path;

/** A place in a file (line 0: unknown). */
public record Location(Path file, int line) {

    @Override
    public String toString() {
        return file == null ? "?" : line > 0 ? file + ":" + line : file.toString();
    }
}
