package io.aiplatform.security.core.support;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One thing wrong with the input: where it is (file and, where known, line), which service it
 * concerns, what is wrong and what to change, and how loud it is ({@link Level}); a problem of the
 * derivation names its {@link DerivationRule} (null for others: descriptor errors, files of other goals).
 */
public record Problem(Path file, int line, String service, String message, Level level, DerivationRule rule) {

    /** How a problem is logged: a warning, or information the user may act on (its message starts with {@code info:}). */
    public enum Level { WARNING, INFO }

    public Problem {
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(level, "level");
    }

    /** A problem of no derivation rule. */
    public Problem(Path file, int line, String service, String message, Level level) {
        this(file, line, service, message, level, null);
    }

    /** A problem at the level {@link Level#WARNING}. */
    public Problem(Path file, int line, String service, String message) {
        this(file, line, service, message, Level.WARNING);
    }

    /** This problem under {@code rule}, at the rule's level. */
    public Problem withRule(DerivationRule rule) {
        return new Problem(file, line, service, message, rule.level(), rule);
    }

    /** This problem, under {@code rule} when it names none yet. */
    public Problem orRule(DerivationRule rule) {
        return this.rule != null ? this : withRule(rule);
    }

    /** This problem at another place: the same service, message, level and rule. */
    public Problem withFile(Path file) {
        return new Problem(file, line, service, message, level, rule);
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

    /** The line the build log shows: {@link #describe()}, then the rule's id in brackets when it has one. */
    public String logged() {
        return rule == null ? describe() : describe() + " [" + rule.id() + "]";
    }

    @Override
    public String toString() {
        return describe();
    }
}
