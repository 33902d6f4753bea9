package io.aiplatform.security.core.derive;

import io.aiplatform.security.core.support.FileErrors;
import io.aiplatform.security.core.support.Problem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The configuration files of one program (nginx, Grafana Alloy, Logstash) that a container mounts or its image
 * copies: found by their names at or below the mounted or copied paths, and read within bounds.
 */
public final class ContainerConfigFiles {

    /** The consequence of a file not read, in every warning of this kind. */
    private static final String NOT_DERIVED = "the connections it configures are not derived (add 'calls:')";

    private ContainerConfigFiles() {
    }

    /**
     * The files at or below {@code paths} whose name {@code named} accepts, sorted and each once: a path that is a file
     * always, the files below a folder (to {@code maxDepth}, outside the folders {@code skipped} tells by their path
     * relative to it) only when {@code folders}. A folder that cannot be walked holds nothing read; the inputs are
     * declared from the same walk.
     */
    static List<Path> in(List<Path> paths, boolean folders, int maxDepth, Predicate<String> named,
                         Predicate<Path> skipped) {
        Set<Path> found = new TreeSet<>();
        for (Path p : paths) {
            Path path = p.toAbsolutePath().normalize();
            if (Files.isRegularFile(path)) {
                if (named.test(String.valueOf(path.getFileName()))) {
                    found.add(path);
                }
            } else if (folders && Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path, maxDepth)) {
                    walk.filter(f -> named.test(String.valueOf(f.getFileName())))
                            .filter(f -> !skipped.test(path.relativize(f))).filter(Files::isRegularFile)
                            .forEach(found::add);
                } catch (IOException | UncheckedIOException e) {
                    // nothing read below it
                }
            }
        }
        return List.copyOf(found);
    }

    /**
     * The text of {@code file}, a {@code what} ("nginx configuration"); a file over {@link ConfigFiles#MAX_FILE_BYTES}
     * or unreadable is a warning naming it, and null.
     */
    static String text(Path file, String what, Consumer<Problem> warnings) {
        try {
            if (Files.size(file) > ConfigFiles.MAX_FILE_BYTES) {
                warnings.accept(Problem.at(file, 0, "the " + what + " is larger than 4 MiB; it is not read, so "
                        + NOT_DERIVED));
                return null;
            }
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException | UncheckedIOException e) {
            IOException cause = e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
            warnings.accept(Problem.at(file, 0, "cannot read this " + what + " (" + FileErrors.reason(cause) + "); "
                    + NOT_DERIVED));
            return null;
        }
    }
}
