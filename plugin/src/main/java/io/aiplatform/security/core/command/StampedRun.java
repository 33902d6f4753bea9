package io.aiplatform.security.core.command;

import io.aiplatform.security.core.io.RunStamp;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One run of a goal with its up-to-date stamp ({@link RunStamp}): when the digest of the inputs and
 * the written outputs are as the last successful run left them, that run's lines are replayed
 * instead of doing the work; else the stamp is forgotten, the work is done, and a successful run is
 * recorded with the lines it said. While open, the derivation's inputs are digested once
 * ({@link InputDigests#oncePerRun()}). Knows nothing of the build tool: lines go to a {@link Log}.
 */
public final class StampedRun implements AutoCloseable {

    /** Where the run's lines go. */
    public interface Log {
        /** A line at a level: INFO, WARN or ERROR. */
        void line(String level, String text);

        /** A note for debugging, never replayed. */
        void debug(String text);
    }

    private final InputDigests.Scope scope;
    private final Log log;
    private final List<String> said = new ArrayList<>();
    private RunStamp stamp;
    private String inputs;

    private StampedRun(Log log) {
        this.scope = InputDigests.oncePerRun();
        this.log = log;
    }

    /**
     * A run without a stamp: its work is always done. For a goal that must not be skipped (e.g. a
     * comparison with a checked-in copy) or a build with the up-to-date check turned off.
     */
    public static StampedRun always(Log log) {
        return new StampedRun(log);
    }

    /**
     * A run stamped in {@code file}, whose work writes {@code outputs} and reads what {@code inputs}
     * digests. When an input cannot be read for the digest, the work is done in full (and says what
     * is wrong).
     */
    public static StampedRun stamped(Path file, List<Path> outputs, Supplier<String> inputs, Log log) {
        StampedRun run = new StampedRun(log);
        try {
            run.inputs = inputs.get();
            run.stamp = new RunStamp(file, outputs);
        } catch (UncheckedIOException e) {
            log.debug("ai-security: inputs not readable for the up-to-date check, doing the full work: " + e);
        }
        return run;
    }

    /**
     * True, after replaying the last run's lines and saying {@code upToDate}, when that run still
     * holds; else forgets it, so that a run failing from here on leaves no stamp.
     */
    public boolean replayed(String upToDate) throws IOException {
        if (stamp == null) {
            return false;
        }
        Optional<List<String>> lines = stamp.upToDate(inputs);
        if (lines.isPresent()) {
            lines.get().forEach(this::emit);
            log.line("INFO", upToDate);
            return true;
        }
        stamp.clear();
        return false;
    }

    /** Says a line at a level (INFO, WARN, ERROR) and keeps it, so that an up-to-date run can replay it. */
    public void say(String level, String text) {
        String line = level + " " + text;
        said.add(line);
        emit(line);
    }

    /** Records the run as successful; failing to record only costs the next build the full work. */
    public void succeeded() {
        if (stamp == null) {
            return;
        }
        try {
            stamp.record(inputs, said);
        } catch (IOException e) {
            log.debug("ai-security: could not record the run: " + e.getMessage());
        }
    }

    @Override
    public void close() {
        scope.close();
    }

    private void emit(String line) {
        int space = line.indexOf(' ');
        log.line(space < 0 ? "INFO" : line.substring(0, space), space < 0 ? line : line.substring(space + 1));
    }
}
