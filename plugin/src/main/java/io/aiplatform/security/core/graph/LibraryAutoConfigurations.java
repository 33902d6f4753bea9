package io.aiplatform.security.core.graph;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * The classes of a library module that Spring Boot's auto-configuration loads into every application running with
 * the library: the candidates the library declares — one class name a line in
 * {@code META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports} (Spring Boot 2.7 and later,
 * {@code #} comments), the {@code org.springframework.boot.autoconfigure.EnableAutoConfiguration} entry of
 * {@code META-INF/spring.factories} (earlier versions) — and the classes they {@code @Import}, transitively, as
 * Spring Framework processes {@code @Import} on a configuration class. Their conditions ({@code @ConditionalOn…}) are
 * not evaluated: a starter library is taken to apply.
 */
final class LibraryAutoConfigurations {

    static final String IMPORTS = "META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports";
    static final String FACTORIES = "META-INF/spring.factories";
    private static final String ENABLE = "org.springframework.boot.autoconfigure.EnableAutoConfiguration";

    private LibraryAutoConfigurations() {
    }

    /**
     * The qualified names of the classes auto-configuration loads from the library whose resources folder is
     * {@code resources} (null: none), given what its classes {@code @Import}.
     */
    static Set<String> of(Path resources, Map<String, List<String>> imports) {
        Set<String> loaded = new LinkedHashSet<>();
        if (resources == null) {
            return loaded;
        }
        Deque<String> queue = new ArrayDeque<>(declared(resources));
        while (!queue.isEmpty()) {
            String next = queue.poll();
            if (loaded.add(next)) {
                queue.addAll(imports.getOrDefault(next, List.of()));
            }
        }
        return loaded;
    }

    /** The auto-configuration candidates the library declares, in file order. */
    static Set<String> declared(Path resources) {
        Set<String> names = new LinkedHashSet<>();
        Path imports = resources.resolve(IMPORTS);
        for (String line : lines(imports)) {
            String name = line.contains("#") ? line.substring(0, line.indexOf('#')).strip() : line.strip();
            if (!name.isEmpty()) {
                names.add(name);
            }
        }
        Path factories = resources.resolve(FACTORIES);
        if (Files.isRegularFile(factories)) {
            Properties p = new Properties();
            try (var reader = Files.newBufferedReader(factories, StandardCharsets.UTF_8)) {
                p.load(reader); // backslash continuations and comments as java.util.Properties reads them, as Spring does
            } catch (IOException | RuntimeException e) {
                return names; // an unreadable file declares nothing; the digest's walk reports it
            }
            for (String name : p.getProperty(ENABLE, "").split(",")) {
                if (!name.isBlank()) {
                    names.add(name.strip());
                }
            }
        }
        return names;
    }

    private static List<String> lines(Path file) {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return List.of(); // an unreadable file declares nothing; the digest's walk reports it
        }
    }
}
