package io.aiplatform.security.core.diff;

import io.aiplatform.security.core.support.InvalidInputException;
import io.aiplatform.security.core.support.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * Runs a program found on the PATH in a folder, with a time limit, reading its output and error streams
 * apart. A program that is missing, runs too long or fails is an {@link InvalidInputException} saying so.
 */
public final class ProcessRunner {

    /** What the program wrote, and how it ended. */
    public record Output(int exit, byte[] out, String err) {
        public String text() {
            return new String(out, StandardCharsets.UTF_8);
        }
    }

    private final Duration timeout;

    public ProcessRunner(Duration timeout) {
        this.timeout = timeout;
    }

    /** {@code missing}: what to say, after the program's name, when it is not on the PATH. */
    public Output run(List<String> command, Path directory, String missing) throws InvalidInputException {
        Process process;
        try {
            process = new ProcessBuilder(command).directory(directory.toFile()).start();
        } catch (IOException e) {
            throw new InvalidInputException(new Problem(null, 0, null, command.get(0) + " " + missing));
        }
        try {
            process.getOutputStream().close();
            CompletableFuture<byte[]> out = CompletableFuture.supplyAsync(() -> readAll(process.getInputStream()));
            CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> readAll(process.getErrorStream()));
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new InvalidInputException(new Problem(null, 0, null, String.join(" ", command)
                        + " did not finish within " + timeout.toSeconds() + " s; it was stopped"));
            }
            return new Output(process.exitValue(), out.get(), new String(err.get(), StandardCharsets.UTF_8).strip());
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new InvalidInputException(new Problem(null, 0, null, String.join(" ", command) + " was interrupted"));
        } catch (IOException | ExecutionException e) {
            throw new InvalidInputException(new Problem(null, 0, null, "cannot read the output of "
                    + String.join(" ", command) + ": " + e.getMessage()));
        }
    }

    private static byte[] readAll(InputStream in) {
        try (in) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
