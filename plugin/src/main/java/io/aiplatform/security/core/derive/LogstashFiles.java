package io.aiplatform.security.core.derive;

import io.aiplatform.security.core.support.Problem;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

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
        return ContainerConfigFiles.in(paths, true, MAX_DEPTH, LogstashFiles::pipelineName, relative -> false);
    }

    /** The text of {@code file}; a file over 4 MiB or unreadable is a warning naming it, and null. */
    public static String text(Path file, Consumer<Problem> warnings) {
        return ContainerConfigFiles.text(file, "Logstash pipeline", warnings);
    }
}
