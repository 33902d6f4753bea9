package io.aiplatform.security.core.graph;

import io.aiplatform.security.core.derive.ConfigFiles;
import io.aiplatform.security.core.derive.ConfigKeys;
import io.aiplatform.security.core.derive.ConfigValue;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * What {@link CheckoutConfigRepositories} reads, for the up-to-date digest: the files that give the repository's
 * addresses ({@link ThisRepository#read}) and, when it has one, the configuration files of every folder of the
 * checkout a Git-backed server may search — the top folder and each {@code search-paths} entry that a module's own
 * files name (any profile), with {@code {application}}, the other placeholders and {@code ${…}} standing for any folder
 * name — each
 * folder's list of configuration files a fact, so that a file added counts too. Search paths set only by a
 * deployment's environment are not among them.
 */
final class CheckoutConfigInputs {

    private static final int MAX_FOLDERS = 1000;
    private static final List<String> EXTENSIONS = List.of(".properties", ".yml", ".yaml");

    private CheckoutConfigInputs() {
    }

    /** Declares the repository's addresses and the checkout's folders a config server may serve from. */
    static void declare(DerivationProject project, DeclaredInputs inputs) {
        ThisRepository here = ThisRepository.of(project.root());
        here.read().forEach(file -> inputs.file("repository address", file));
        if (!here.addressed()) {
            return;
        }
        List<Path> folders = new ArrayList<>(List.of(here.top()));
        for (String path : searchPaths(project)) {
            // a placeholder, Spring's ${…} or Spring Cloud Config's {application}, stands for any folder name
            expand(here.top(), path.replaceAll("\\$\\{[^}]*}", "*").replaceAll("\\{[^}]*}", "*").replaceAll("^/+", ""),
                    folders);
        }
        for (Path folder : folders) {
            List<Path> files = configurationFiles(folder);
            inputs.fact("configuration files of " + folder, files.stream().map(f -> f.getFileName().toString()).toList());
            files.forEach(f -> inputs.file("config server search location", f));
        }
    }

    /** Every {@code search-paths} entry the service modules' own configuration files name, in any document. */
    private static List<String> searchPaths(DerivationProject project) {
        String key = ConfigKeys.uniform(ConfigSearchPaths.KEY);
        TreeSet<String> paths = new TreeSet<>();
        for (Module m : project.serviceModules()) {
            for (Path file : configurationFiles(DerivationProject.resources(m))) {
                String name = file.getFileName().toString();
                if (!name.startsWith("application") && !name.startsWith("bootstrap") || !mayNameSearchPaths(file)) {
                    continue;
                }
                for (ConfigFiles.Document doc : ConfigFiles.readConfiguration(file, problem -> { })) {
                    for (Map.Entry<String, ConfigValue> e : doc.properties().entrySet()) {
                        String k = ConfigKeys.uniform(e.getKey());
                        if (k.equals(key) || k.startsWith(key + "[")) {
                            for (String p : e.getValue().value().split(",")) {
                                paths.add(p.strip());
                            }
                        }
                    }
                }
            }
        }
        paths.remove("");
        return List.copyOf(paths);
    }

    /**
     * Whether {@code file}'s text holds the key's last element in some relaxed form ({@code search-paths},
     * {@code searchPaths}, {@code SEARCH_PATHS}): most files do not, and are not parsed here a second time.
     */
    private static boolean mayNameSearchPaths(Path file) {
        try {
            if (Files.size(file) > ConfigFiles.MAX_FILE_BYTES) {
                return false; // not read by the derivation either (a warning names it)
            }
            String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
            return text.replace("-", "").replace("_", "").contains("searchpaths");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Adds the folders below {@code top} that {@code pattern} ({@code a/*}{@code /b}) matches to {@code into}. */
    private static void expand(Path top, String pattern, List<Path> into) {
        List<Path> current = List.of(top);
        for (String segment : pattern.split("/")) {
            if (segment.isEmpty() || segment.equals(".")) {
                continue;
            }
            List<Path> next = new ArrayList<>();
            for (Path folder : current) {
                if (!segment.contains("*")) {
                    next.add(folder.resolve(segment).normalize());
                } else if (Files.isDirectory(folder)) {
                    try (DirectoryStream<Path> children = Files.newDirectoryStream(folder, segment)) {
                        children.forEach(c -> {
                            if (Files.isDirectory(c) && next.size() < MAX_FOLDERS) {
                                next.add(c);
                            }
                        });
                    } catch (IOException | RuntimeException e) {
                        // an unreadable folder is searched for nothing; its name is still declared below
                    }
                }
            }
            current = next.stream().sorted().toList();
        }
        current.stream().filter(f -> !into.contains(f) && into.size() < MAX_FOLDERS).forEach(into::add);
    }

    /** The configuration files directly in {@code folder}, sorted; none when it is absent or unreadable. */
    private static List<Path> configurationFiles(Path folder) {
        if (folder == null || !Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> EXTENSIONS.stream().anyMatch(f.getFileName().toString()::endsWith))
                    .filter(Files::isRegularFile).sorted().toList();
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }
}
