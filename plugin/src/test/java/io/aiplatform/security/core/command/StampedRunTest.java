package io.aiplatform.security.core.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StampedRunTest {

    @TempDir
    Path dir;

    /** The lines a run logged, as "LEVEL text", and its debug notes. */
    private static final class Lines implements StampedRun.Log {
        final List<String> lines = new ArrayList<>();
        final List<String> debug = new ArrayList<>();

        @Override
        public void line(String level, String text) {
            lines.add(level + " " + text);
        }

        @Override
        public void debug(String text) {
            debug.add(text);
        }
    }

    /** One run of a goal that writes out/layer.yaml and says two lines; true when it did the work. */
    private boolean run(String inputs, Lines log) throws Exception {
        Path out = dir.resolve("out");
        try (StampedRun run = StampedRun.stamped(dir.resolve("stamp"), List.of(out), () -> inputs, log)) {
            if (run.replayed("up to date")) {
                return false;
            }
            Files.createDirectories(out);
            Files.writeString(out.resolve("layer.yaml"), "kind: NetworkPolicy");
            run.say("WARN", "a warning");
            run.say("INFO", "3 services");
            run.succeeded();
            return true;
        }
    }

    @Test
    void aRunWithUnchangedInputsAndOutputsReplaysTheLastRunsLinesInsteadOfWorking() throws Exception {
        Lines first = new Lines();
        assertTrue(run("inputs-1", first));
        assertEquals(List.of("WARN a warning", "INFO 3 services"), first.lines);

        Lines second = new Lines();
        assertFalse(run("inputs-1", second), "unchanged: the work is skipped");
        assertEquals(List.of("WARN a warning", "INFO 3 services", "INFO up to date"), second.lines);
    }

    @Test
    void changedInputsOrATouchedOutputRedoTheWork() throws Exception {
        assertTrue(run("inputs-1", new Lines()));
        assertTrue(run("inputs-2", new Lines()), "inputs changed");
        Files.writeString(dir.resolve("out/layer.yaml"), "edited by hand");
        assertTrue(run("inputs-2", new Lines()), "an output changed");
        assertFalse(run("inputs-2", new Lines()));
    }

    @Test
    void aFailedRunLeavesNoStampSoTheNextRunWorksAgain() throws Exception {
        assertTrue(run("inputs-1", new Lines()));
        try (StampedRun run = StampedRun.stamped(dir.resolve("stamp"), List.of(dir.resolve("out")),
                () -> "inputs-2", new Lines())) {
            assertFalse(run.replayed("up to date"));
            run.say("ERROR", "failed"); // and no succeeded()
        }
        assertFalse(Files.exists(dir.resolve("stamp")), "forgotten before the work");
        assertTrue(run("inputs-1", new Lines()), "the old run no longer holds");
    }

    @Test
    void aRunWithoutAStampAlwaysWorksAndRecordsNothing() throws Exception {
        Lines log = new Lines();
        try (StampedRun run = StampedRun.always(log)) {
            assertFalse(run.replayed("up to date"));
            run.say("INFO", "done");
            run.succeeded();
        }
        assertEquals(List.of("INFO done"), log.lines);
        try (var files = Files.list(dir)) {
            assertEquals(0, files.count(), "no stamp written");
        }
    }

    @Test
    void inputsThatCannotBeDigestedMeanTheFullWorkWithADebugNote() throws Exception {
        assertTrue(run("inputs-1", new Lines()));
        Lines log = new Lines();
        try (StampedRun run = StampedRun.stamped(dir.resolve("stamp"), List.of(dir.resolve("out")), () -> {
            throw new UncheckedIOException(new NoSuchFileException("pom.xml"));
        }, log)) {
            assertFalse(run.replayed("up to date"));
            run.succeeded();
        }
        assertTrue(log.lines.isEmpty());
        assertEquals(1, log.debug.size());
        assertTrue(log.debug.get(0).contains("doing the full work"), log.debug.toString());
    }
}
