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
import java.util.stream.Stream;

/**
 * The Logstash pipeline files a container runs: it runs Logstash's image ({@code docker.elastic.co/logstash/logstash},
 * {@code elastic/logstash}, {@code bitnami/logstash}), and each {@code *.conf} file it bind-mounts, or that lies below
 * a folder it mounts (its pipeline folder, within a bounded depth), is a pipeline configuration.
 */
public final class LogstashFiles {

    /** How deep below a mounted folder pipeline files are looked for. */
    static final int MAX_DEPTH = 4;

    private LogstashFiles() {
    }

    /** Whether container {@code c} runs Logstash's image. */
    public static boolean runsLogstash(Container c) {
        return c.imageNames().stream().anyMatch(name -> name.equals("logstash") || name.endsWith("-logstash"));
    }

    /** Whether a file or ConfigMap key of this name is a pipeline file. */
    public static boolean pipelineName(String name) {
        return name.endsWith(".conf");
    }

    /** The pipeline files at or below the mounted {@code paths}, sorted and each once. */
    public static List<Path> in(List<Path> paths) {
        Set<Path> found = new TreeSet<>();
        for (Path p : paths) {
            Path path = p.toAbsolutePath().normalize();
            if (Files.isRegularFile(path)) {
                if (pipelineName(String.valueOf(path.getFileName()))) {
                    found.add(path);
                }
            } else if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path, MAX_DEPTH)) {
                    walk.filter(f -> pipelineName(String.valueOf(f.getFileName()))).filter(Files::isRegularFile)
                            .forEach(found::add);
                } catch (IOException | UncheckedIOException e) {
                    // a folder that cannot be walked holds nothing read
                }
            }
        }
        return List.copyOf(found);
    }

    /** The text of {@code file}; a file over 4 MiB or unreadable is a warning naming it, and null. */
    public static String text(Path file, Consumer<Problem> warnings) {
        try {
            if (Files.size(file) > ConfigFiles.MAX_FILE_BYTES) {
                warnings.accept(Problem.at(file, 0, "the Logstash pipeline is larger than 4 MiB; it is not read, so the"
                        + " connections it configures are not derived (add 'calls:')"));
                return null;
            }
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException | UncheckedIOException e) {
            IOException cause = e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
            warnings.accept(Problem.at(file, 0, "cannot read this Logstash pipeline (" + FileErrors.reason(cause)
                    + "); the connections it configures are not derived (add 'calls:')"));
            return null;
        }
    }
}
