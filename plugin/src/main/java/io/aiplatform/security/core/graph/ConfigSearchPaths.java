package io.aiplatform.security.core.graph;

import io.aiplatform.security.core.derive.ModuleConfiguration;
import io.aiplatform.security.core.support.Parallel;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The folders within a checked-out Git repository that a config server searches
 * ({@code spring.cloud.config.server.git.search-paths}: the root, then each path, where
 * {@code {application}} is the client's name and {@code *} matches folder names), as Spring Cloud Config
 * documents them.
 */
final class ConfigSearchPaths {

    /** The key, in any of its relaxed forms ({@code searchPaths}, {@code search-paths}). */
    static final String KEY = "spring.cloud.config.server.git.search-paths";

    private final List<String> paths;

    private ConfigSearchPaths(List<String> paths) {
        this.paths = paths;
    }

    /** The search paths every Git-backed config server of the platform names, in service order. */
    static ConfigSearchPaths of(ResolvedServices platform) {
        // each service's configuration is read on its own (in parallel on a large platform), the paths taken in order
        List<List<String>> named = Parallel.stream(List.copyOf(platform.services.values()))
                .map(s -> named(platform.localConfiguration(s)))
                .toList();
        List<String> paths = new ArrayList<>();
        named.forEach(list -> list.forEach(p -> {
            if (!paths.contains(p)) {
                paths.add(p);
            }
        }));
        return new ConfigSearchPaths(List.copyOf(paths));
    }

    /** The search paths one Git-backed config server names in its configuration {@code server}. */
    static ConfigSearchPaths of(ModuleConfiguration server) {
        return new ConfigSearchPaths(named(server));
    }

    /**
     * The paths {@code config} names under {@code search-paths} (or {@code searchPaths}): comma-separated, or a YAML
     * list ({@code search-paths[0]}, …), in order.
     */
    static List<String> named(ModuleConfiguration config) {
        List<String> paths = new ArrayList<>();
        Optional<String> joined = config.value(KEY);
        if (joined.isPresent()) {
            add(joined.get(), paths);
        }
        for (int i = 0; joined.isEmpty() && config.get(KEY + "[" + i + "]").isPresent(); i++) {
            config.value(KEY + "[" + i + "]").ifPresent(v -> add(v, paths));
        }
        return List.copyOf(paths);
    }

    private static void add(String all, List<String> paths) {
        for (String p : all.split(",")) {
            if (!p.isBlank() && !paths.contains(p.strip())) {
                paths.add(p.strip());
            }
        }
    }

    /** The paths this server's repository is searched at, in order (the root before them is always searched). */
    List<String> paths() {
        return paths;
    }

    /** The folders of {@code repository} searched for {@code application}: the root first, then each search path. */
    List<Path> within(Path repository, String application) {
        List<Path> folders = new ArrayList<>();
        folders.add(repository);
        for (String p : paths) {
            String path = p.replace("{application}", application).replaceAll("^/+", "");
            if (!path.contains("*")) {
                folders.add(repository.resolve(path).normalize());
                continue;
            }
            int slash = path.lastIndexOf('/');
            Path parent = slash < 0 ? repository : repository.resolve(path.substring(0, slash));
            folders.addAll(matching(parent, path.substring(slash + 1)));
        }
        return folders;
    }

    /** The sub-folders of {@code parent} whose names match {@code glob}, sorted. */
    private static List<Path> matching(Path parent, String glob) {
        TreeSet<Path> found = new TreeSet<>();
        if (Files.isDirectory(parent)) {
            try (DirectoryStream<Path> children = Files.newDirectoryStream(parent, glob)) {
                children.forEach(c -> {
                    if (Files.isDirectory(c)) {
                        found.add(c);
                    }
                });
            } catch (IOException | RuntimeException e) {
                return List.of(); // an unreadable folder holds nothing to read; the digest's walk reports it
            }
        }
        return List.copyOf(found);
    }
}
