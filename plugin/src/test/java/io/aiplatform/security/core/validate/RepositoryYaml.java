package io.aiplatform.security.core.validate;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The repository's YAML files (test fixtures and integration-test projects), for tests that compare parsing paths on all of them. */
final class RepositoryYaml {

    private RepositoryYaml() {
    }

    /** Every {@code .yaml} and {@code .yml} file below the test resources and {@code it/}, build output left out, sorted. */
    static List<Path> files() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path root : List.of(Path.of("src/test/resources"), Path.of("../it"))) {
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
                        .filter(p -> !p.toString().contains("/target/")).sorted().forEach(files::add);
            }
        }
        return files;
    }

    /** The file's text, or null for a fixture that is not UTF-8 (one of the loader's UTF-8 check). */
    static String text(Path file) throws IOException {
        try {
            return Files.readString(file);
        } catch (CharacterCodingException notUtf8) {
            return null;
        }
    }
}
