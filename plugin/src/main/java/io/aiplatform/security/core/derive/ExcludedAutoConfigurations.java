package io.aiplatform.security.core.derive;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The auto-configurations that create a framework's client from a client library (catalog data:
 * {@code excluded-auto-configurations.txt}), and whether a service's configuration excludes one: Spring Boot's
 * {@code spring.autoconfigure.exclude: org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration}
 * leaves a PostgreSQL driver on the classpath without a DataSource, so the driver opens no connection; so does
 * {@code @SpringBootApplication(exclude = DataSourceAutoConfiguration.class)} in its sources
 * ({@link AutoConfigurationExclusions}).
 */
public final class ExcludedAutoConfigurations {

    private static final String FILE = "excluded-auto-configurations.txt";
    private static final String EXCLUDE_KEY = "spring.autoconfigure.exclude";
    private static final List<Entry> ENTRIES = load();

    private record Entry(String framework, String library, List<String> autoConfigurations) {

        boolean covers(String fw, String groupAndArtifact) {
            return framework.equals(fw) && (library.endsWith(":") ? groupAndArtifact.startsWith(library)
                    : library.equals(groupAndArtifact));
        }
    }

    /** One exclusion: the setting that names it and the auto-configuration it names. */
    public record Exclusion(ConfigValue setting, String autoConfiguration) {
    }

    private ExcludedAutoConfigurations() {
    }

    /**
     * The exclusion in {@code config} of an auto-configuration that creates {@code framework}'s client from
     * {@code library} ({@code groupId:artifactId}); empty when nothing excludes it.
     */
    public static Optional<Exclusion> excluding(String framework, String library, ModuleConfiguration config) {
        List<String> creating = creating(framework, library);
        if (creating.isEmpty()) {
            return Optional.empty();
        }
        return config.all().stream().filter(v -> ConfigKeys.under(v.key(), EXCLUDE_KEY))
                .sorted(Comparator.comparing(ConfigValue::key))
                .flatMap(v -> Arrays.stream(v.value().split(",")).map(String::strip)
                        .filter(creating::contains).map(name -> new Exclusion(v, name)))
                .findFirst();
    }

    /**
     * The first of the exclusions in code ({@link AutoConfigurationExclusions}, in the order of the files) that names an
     * auto-configuration creating {@code framework}'s client from {@code library}; empty when none does.
     */
    public static Optional<AutoConfigurationExclusions.Excluded> excludingInCode(
            String framework, String library, List<AutoConfigurationExclusions.Excluded> inCode) {
        List<String> creating = creating(framework, library);
        return inCode.stream().filter(x -> creating.stream().anyMatch(x::names)).findFirst();
    }

    private static List<String> creating(String framework, String library) {
        List<String> creating = new ArrayList<>(); // a loop, not a stream: asked for each client library of each service
        for (Entry e : ENTRIES) {
            if (e.covers(framework, library)) {
                creating.addAll(e.autoConfigurations());
            }
        }
        return creating;
    }

    private static List<Entry> load() {
        List<Entry> entries = new ArrayList<>();
        for (String[] parts : CatalogData.lines(FILE)) {
            if (parts.length < 3) {
                throw new IllegalStateException(CatalogData.shown(FILE)
                        + ": expected framework, library and auto-configurations: " + String.join(" ", parts));
            }
            entries.add(new Entry(parts[0], parts[1], List.of(parts).subList(2, parts.length)));
        }
        return List.copyOf(entries);
    }
}
