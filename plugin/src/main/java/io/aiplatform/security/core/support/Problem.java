package io.aiplatform.security.core.support;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One thing wrong with the input: where it is (file and, where known, line), which service it
 * concerns, what is wrong and what to change, and how loud it is ({@link Level}).
 */
public record Problem(Path file, int line, String service, String message, Level level) {

    /** How a problem is logged: a warning, or information the user may act on (its message starts with {@code info:}). */
    public enum Level { WARNING, INFO }

    public Problem {
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(level, "level");
    }

    /** A problem at the level {@link Level#WARNING}. */
    public Problem(Path file, int line, String service, String message) {
        this(file, line, service, message, Level.WARNING);
    }

    public static Problem at(Path file, int line, String message) {
        return new Problem(file, line, null, message);
    }

    /** {@code "file:line: "}, {@code "file: "} without a line, or nothing without a file: how messages start. */
    public static String where(Path file, int line) {
        if (file == null) {
            return "";
        }
        return line > 0 ? file + ":" + line + ": " : file + ": ";
    }

    /** The one-line form shown to users: {@code file:line: [service] message}. */
    public String describe() {
        StringBuilder sb = new StringBuilder(where(file, line));
        if (service != null) {
            sb.append("service '").append(service).append("': ");
        }
        sb.append(message);
        return sb.toString();
    }

    @Override
    public String toString() {
        return describe();
    }
}
