package io.aiplatform.security.core.derive;

import io.aiplatform.security.core.support.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * The Grafana Alloy configurations ({@link AlloyConfig#candidateName}: {@code *.alloy}, {@code *.river}) among the host
 * paths a container mounts or its Dockerfile copies: a path that is such a file, and such files below a folder (within
 * a bounded depth, outside build output, dependencies and VCS) when the container runs Alloy or Grafana Agent.
 */
public final class AlloyFiles {

    /** How deep below a mounted or copied folder configurations are looked for. */
    static final int MAX_DEPTH = 4;

    private static final Set<String> SKIPPED = Set.of("target", "node_modules", ".git", "build", "dist");
    private static final Set<String> IMAGES = Set.of("alloy", "agent");

    private AlloyFiles() {
    }

    /**
     * The configurations at or below {@code paths}, sorted and each once; below a folder only when {@code runsAlloy}.
     * A file an Alloy container mounts or copies by name is its configuration whatever the file is called, as
     * {@code alloy run <path>} takes a file of any name (only a folder's {@code *.alloy} files are picked by name):
     * {@code ./alloy/local-config.yaml:/etc/alloy/config.alloy}.
     */
    public static List<Path> in(List<Path> paths, boolean runsAlloy) {
        Set<Path> found = new TreeSet<>(ContainerConfigFiles.in(paths, runsAlloy, MAX_DEPTH, AlloyConfig::candidateName,
                AlloyFiles::skipped));
        if (runsAlloy) {
            paths.stream().map(p -> p.toAbsolutePath().normalize()).filter(Files::isRegularFile).forEach(found::add);
        }
        return List.copyOf(found);
    }

    /** Whether container {@code c} runs Alloy or Grafana Agent: an image {@code grafana/alloy}, {@code grafana/agent}. */
    public static boolean runsAlloy(Container c) {
        return c.images().stream().map(image -> image.split("@")[0].toLowerCase(Locale.ROOT))
                .map(repository -> repository.lastIndexOf(':') > repository.lastIndexOf('/')
                        ? repository.substring(0, repository.lastIndexOf(':')) : repository)
                .anyMatch(repository -> IMAGES.stream().anyMatch(name -> repository.endsWith("grafana/" + name)));
    }

    /** The text of {@code file}; a file over {@link ConfigFiles#MAX_FILE_BYTES} or unreadable is a warning and null. */
    public static String text(Path file, Consumer<Problem> warnings) {
        return ContainerConfigFiles.text(file, "Alloy configuration", warnings);
    }

    private static boolean skipped(Path relative) {
        for (Path part : relative) {
            if (SKIPPED.contains(part.toString())) {
                return true;
            }
        }
        return false;
    }
}
