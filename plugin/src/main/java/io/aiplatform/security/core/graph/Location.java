package io.aiplatform.security.core.graph;

import java.nio.file.Path;
import java.util.Objects;

/** A place in a file (line 0: unknown). */
public record Location(Path file, int line) {

    @Override
    public String toString() {
        return file == null ? "?" : line > 0 ? file + ":" + line : file.toString();
    }

    // equals and hashCode are written out, as the record's own would be: the record's are linked by a
    // bootstrap method on first use, which a fresh JVM (a build) pays for in milliseconds per record class
    @Override
    public boolean equals(Object o) {
        return o instanceof Location l && line == l.line && Objects.equals(file, l.file);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(file) * 31 + line;
    }
}
