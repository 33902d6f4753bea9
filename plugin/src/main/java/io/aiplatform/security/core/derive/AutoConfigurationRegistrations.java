package io.aiplatform.security.core.derive;

import io.aiplatform.security.core.support.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The auto-configuration classes a module registers, which Spring Boot applies in every application that runs with
 * the module's jar (reference, "Creating Your Own Auto-configuration": "Spring Boot checks for the presence of a
 * META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports file within your published jar"):
 * that file holds one fully qualified class name a line, {@code #} starting a comment, and is read from Spring Boot
 * 2.7 on; before it, the comma-separated value of the key
 * {@code org.springframework.boot.autoconfigure.EnableAutoConfiguration} in {@code META-INF/spring.factories} (a
 * properties file) registered them, which 2.7 still honours and 3.0 no longer reads (Spring Boot 2.7 release notes,
 * "New @AutoConfiguration annotation"; 3.0 migration guide, "Auto-configuration files").
 */
public final class AutoConfigurationRegistrations {

    /** The imports file, below a module's resources. */
    public static final String IMPORTS = "META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports";
    /** The factories file, below a module's resources. */
    public static final String FACTORIES = "META-INF/spring.factories";
    /** The key of {@link #FACTORIES} that registers auto-configurations. */
    static final String FACTORIES_KEY = "org.springframework.boot.autoconfigure.EnableAutoConfiguration";
    /** The first version that reads {@link #IMPORTS}, and the first that no longer reads {@link #FACTORIES}' key. */
    static final String IMPORTS_SINCE = "2.7";
    static final String FACTORIES_UNTIL = "3.0";

    /** One registered auto-configuration: its class, where ({@code lib/…/AutoConfiguration.imports:1}), which file. */
    public record Registration(String className, String where, boolean factories) {

        /** Whether Spring Boot {@code version} applies it; a version unknown (null or blank) reads both files. */
        public boolean appliedBy(String version) {
            if (version == null || version.isBlank()) {
                return true;
            }
            return factories ? VersionedKeys.compare(version, FACTORIES_UNTIL) < 0
                    : VersionedKeys.compare(version, IMPORTS_SINCE) >= 0;
        }
    }

    private AutoConfigurationRegistrations() {
    }

    /**
     * The registrations of the module whose resources folder is {@code resources} (files shown by {@code shown}); a
     * file that cannot be read is a warning to {@code warnings}, and registers nothing.
     */
    public static List<Registration> of(Path resources, Function<Path, String> shown, Consumer<Problem> warnings) {
        List<Registration> found = new ArrayList<>();
        if (resources == null) {
            return found;
        }
        Path imports = resources.resolve(IMPORTS);
        lines(imports, warnings).ifPresent(lines -> imports(lines, shown.apply(imports), found));
        Path factories = resources.resolve(FACTORIES);
        lines(factories, warnings).ifPresent(lines -> factories(lines, shown.apply(factories), found));
        return found;
    }

    private static Optional<List<String>> lines(Path file, Consumer<Problem> warnings) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readAllLines(file, StandardCharsets.ISO_8859_1));
        } catch (IOException e) {
            warnings.accept(Problem.at(file, 0, "not read (" + e.getClass().getSimpleName()
                    + "): the auto-configurations it registers are not known"));
            return Optional.empty();
        }
    }

    static void imports(List<String> lines, String shown, List<Registration> into) {
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int hash = line.indexOf('#');
            String name = (hash < 0 ? line : line.substring(0, hash)).strip();
            if (!name.isEmpty()) {
                into.add(new Registration(name, shown + ":" + (i + 1), false));
            }
        }
    }

    /** The key's classes of a properties file: logical lines joined over a trailing backslash, '#' and '!' comments. */
    static void factories(List<String> lines, String shown, List<Registration> into) {
        for (int i = 0; i < lines.size(); i++) {
            int first = i;
            StringBuilder logical = new StringBuilder(lines.get(i).stripLeading());
            if (logical.length() > 0 && (logical.charAt(0) == '#' || logical.charAt(0) == '!')) {
                continue;
            }
            while (continued(logical) && i + 1 < lines.size()) {
                logical.setLength(logical.length() - 1);
                logical.append(lines.get(++i).stripLeading());
            }
            String text = logical.toString();
            int separator = separator(text);
            if (separator < 0 || !text.substring(0, separator).strip().equals(FACTORIES_KEY)) {
                continue;
            }
            String value = text.substring(separator).stripLeading();
            if (value.startsWith("=") || value.startsWith(":")) {
                value = value.substring(1);
            }
            for (String name : value.split(",")) {
                if (!name.isBlank()) {
                    into.add(new Registration(name.strip(), shown + ":" + (first + 1), true));
                }
            }
        }
    }

    /** Whether a line goes on: it ends with an odd number of backslashes. */
    private static boolean continued(CharSequence line) {
        int n = 0;
        for (int j = line.length() - 1; j >= 0 && line.charAt(j) == '\\'; j--) {
            n++;
        }
        return n % 2 == 1;
    }

    private static int separator(String text) {
        for (int j = 0; j < text.length(); j++) {
            char c = text.charAt(j);
            if (c == '=' || c == ':' || Character.isWhitespace(c)) {
                return j;
            }
        }
        return -1;
    }
}
