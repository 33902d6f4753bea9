package io.aiplatform.security.core.derive;

import io.aiplatform.security.core.support.Problem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The nginx configuration files among the host paths a container mounts or its Dockerfile copies: a path that is a
 * {@link NginxConfig#candidateName candidate} file, and the candidate files below a path that is a folder (within a
 * bounded depth, outside build output, dependencies and VCS).
 */
public final class NginxFiles {

    /** How deep below a mounted or copied folder nginx files are looked for ({@code nginx/templates/default.conf.template}). */
    static final int MAX_DEPTH = 4;

    /** A Dockerfile larger than this is not looked at for its base image. */
    private static final long MAX_DOCKERFILE = 1024 * 1024;

    private static final Set<String> SKIPPED = Set.of("target", "node_modules", ".git", "build", "dist");

    private NginxFiles() {
    }

    /**
     * The candidate files at or below {@code paths}, sorted and each once: a path that is a file always, the files below
     * a folder only when {@code folders} (the container runs nginx: a folder of a container that does not, such as a
     * build stage's {@code COPY . .}, may hold nginx files that some other container runs).
     */
    public static List<Path> in(List<Path> paths, boolean folders) {
        return ContainerConfigFiles.in(paths, folders, MAX_DEPTH, NginxConfig::candidateName, NginxFiles::skipped);
    }

    /**
     * Whether container {@code c} runs nginx: its image is nginx's or OpenResty's ({@code nginx:1.27},
     * {@code nginxinc/nginx-unprivileged}, {@code bitnami/openresty}), or its Dockerfile builds from one.
     */
    public static boolean runsNginx(Container c) {
        if (c.imageNames().stream().anyMatch(NginxFiles::nginxImage)) {
            return true;
        }
        if (c.dockerfile() == null) {
            return false;
        }
        try {
            if (Files.size(c.dockerfile()) > MAX_DOCKERFILE) {
                return false;
            }
            for (String line : Files.readAllLines(c.dockerfile())) {
                String[] words = line.strip().split("\\s+");
                if (words.length > 1 && words[0].equalsIgnoreCase("FROM")) {
                    String image = words[1].startsWith("--") && words.length > 2 ? words[2] : words[1];
                    String repository = image.split("@")[0];
                    String last = repository.substring(repository.lastIndexOf('/') + 1).split(":")[0];
                    if (nginxImage(last.toLowerCase(Locale.ROOT))) {
                        return true;
                    }
                }
            }
        } catch (IOException | UncheckedIOException e) {
            return false; // an unreadable Dockerfile is reported by the Dockerfile readers
        }
        return false;
    }

    private static boolean nginxImage(String name) {
        return name.contains("nginx") || name.contains("openresty");
    }

    private static boolean skipped(Path relative) {
        for (Path part : relative) {
            if (SKIPPED.contains(part.toString())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The text of {@code file} when it may name addresses ({@link NginxConfig#mentionsAddresses}), else null; a file
     * larger than {@link ConfigFiles#MAX_FILE_BYTES} or unreadable is a warning naming it and null.
     */
    public static String text(Path file, Consumer<Problem> warnings) {
        String text = ContainerConfigFiles.text(file, "nginx configuration", warnings);
        return text != null && NginxConfig.mentionsAddresses(text) ? text : null;
    }
}
