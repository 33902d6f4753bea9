package io.aiplatform.security.core.derive;

import io.aiplatform.security.core.support.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The effective configuration of one module for the selected profiles, as Spring Boot, Quarkus and
 * Micronaut read it from {@code src/main/resources}: {@code bootstrap*}, then {@code application*},
 * then the profile-specific files and documents, each later one overriding the earlier. Quarkus
 * {@code %prod.} keys apply (a deployed Quarkus service runs the prod profile), other {@code %profile.}
 * keys only when that profile is selected. More files (a config server's repository) can be layered on
 * top with {@link #overriddenBy}.
 */
public final class ModuleConfiguration {

    private static final List<String> EXTENSIONS = List.of(".properties", ".yml", ".yaml");

    /** This configuration without the properties whose key (as the file writes it, canonical) {@code dropped} accepts. */
    public ModuleConfiguration without(java.util.function.Predicate<String> dropped) {
        Map<String, ConfigValue> kept = new LinkedHashMap<>();
        properties.forEach((key, v) -> {
            if (!dropped.test(v.key())) {
                kept.put(key, v);
            }
        });
        return new ModuleConfiguration(kept, variablesOnly);
    }

    /** The properties by the {@linkplain ConfigKeys#uniform uniform} form of their keys. */
    private final Map<String, ConfigValue> properties;
    /** Environment variables that only resolve placeholders: no property of the application has their name. */
    private final Set<String> variablesOnly;

    private ModuleConfiguration(Map<String, ConfigValue> properties) {
        this(properties, profiledKeys(properties));
    }

    /**
     * The keys written with a profile ({@code %prod.kafka.bootstrap.servers}): kept under that name only for the
     * placeholders that name them ({@code ${%prod.kafka.bootstrap.servers}}), never a property of their own.
     */
    private static Set<String> profiledKeys(Map<String, ConfigValue> properties) {
        Set<String> profiled = new HashSet<>();
        properties.keySet().stream().filter(key -> key.startsWith("%")).forEach(profiled::add);
        return Set.copyOf(profiled);
    }

    private ModuleConfiguration(Map<String, ConfigValue> properties, Set<String> variablesOnly) {
        this.properties = properties;
        this.variablesOnly = variablesOnly;
    }

    /** The framework namespaces whose properties an environment variable sets through relaxed binding. */
    private static final List<String> FRAMEWORK_PREFIXES = List.of("spring.", "eureka.", "management.", "server.",
            "quarkus.", "micronaut.", "kafka.", "mp.", "datasources.");

    /** True when the key is an environment variable that no configuration property reads under that name. */
    public boolean variableOnly(String key) {
        return variablesOnly.contains(ConfigKeys.uniform(key));
    }

    public static ModuleConfiguration empty() {
        return new ModuleConfiguration(Map.of());
    }

    /**
     * The configuration in {@code resources} (a module's {@code src/main/resources}) for {@code profiles};
     * a file that cannot be read is a warning to {@code warnings} ({@link ConfigFiles#read}).
     */
    public static ModuleConfiguration read(Path resources, List<String> profiles, Consumer<Problem> warnings) {
        return read(resources, profiles, true, warnings);
    }

    /** {@link #read}, with the {@code bootstrap.*} files left out unless {@code bootstrap}. */
    public static ModuleConfiguration read(Path resources, List<String> profiles, boolean bootstrap,
                                           Consumer<Problem> warnings) {
        return new ModuleConfiguration(layered(resources, baseNames(bootstrap), profiles, warnings));
    }

    /** The names of the files read, in order: {@code bootstrap} (when read) then {@code application}. */
    private static List<String> baseNames(boolean bootstrap) {
        return bootstrap ? List.of("bootstrap", "application") : List.of("application");
    }

    /**
     * The files a config server's native repository holds for one application: {@code application*}
     * (shared by every client) then {@code <application>*}.
     */
    public static ModuleConfiguration repository(Path folder, String application, List<String> profiles,
                                                 Consumer<Problem> warnings) {
        return new ModuleConfiguration(layered(folder, List.of("application", application), profiles, warnings));
    }

    private static Map<String, ConfigValue> layered(Path folder, List<String> baseNames, List<String> profiles,
                                                    Consumer<Problem> warnings) {
        if (!Files.isDirectory(folder)) {
            return new LinkedHashMap<>();
        }
        return layered(folder, FolderEntries.of(folder), baseNames, profiles, warnings);
    }

    /** {@link #read} of a configuration folder listed already ({@link ConfigurationFolder}). */
    static ModuleConfiguration read(Path resources, FolderEntries entries, List<String> profiles, boolean bootstrap,
                                    Consumer<Problem> warnings) {
        return new ModuleConfiguration(layered(resources, entries, baseNames(bootstrap), profiles, warnings));
    }

    private static Map<String, ConfigValue> layered(Path folder, FolderEntries entries, List<String> baseNames,
                                                    List<String> profiles, Consumer<Problem> warnings) {
        Map<String, ConfigValue> result = new LinkedHashMap<>();
        for (String base : baseNames) {
            for (String ext : EXTENSIONS) {
                if (entries.mayHold(base + ext)) {
                    apply(folder.resolve(base + ext), profiles, result, warnings);
                }
            }
            for (String profile : profiles) {
                for (String ext : EXTENSIONS) {
                    if (entries.mayHold(base + "-" + profile + ext)) {
                        apply(folder.resolve(base + "-" + profile + ext), profiles, result, warnings);
                    }
                }
            }
        }
        return result;
    }

    private static void apply(Path file, List<String> profiles, Map<String, ConfigValue> into,
                              Consumer<Problem> warnings) {
        if (!Files.isRegularFile(file)) {
            return;
        }
        apply(ConfigFiles.readConfiguration(file, warnings), profiles, into);
    }

    /** Layers {@code documents} into {@code into} for {@code profiles}: later documents win, a profile's key over the plain one. */
    private static void apply(List<ConfigFiles.Document> documents, List<String> profiles, Map<String, ConfigValue> into) {
        for (ConfigFiles.Document doc : documents) {
            if (!doc.profiles().isEmpty() && doc.profiles().stream().noneMatch(profiles::contains)) {
                continue;
            }
            Map<String, ConfigValue> later = new LinkedHashMap<>();
            doc.properties().forEach((key, value) -> {
                if (key.startsWith("%")) {
                    // SmallRye Config looks a placeholder's name up as written: ${%prod.x} is the line %prod.x
                    into.put(ConfigKeys.uniform(key), value);
                    int dot = key.indexOf('.');
                    String profile = dot < 0 ? "" : key.substring(1, dot);
                    if (dot > 0 && (profile.equals("prod") || profiles.contains(profile))) {
                        String plain = key.substring(dot + 1);
                        later.put(ConfigKeys.uniform(plain), new ConfigValue(plain, value.value(), value.file(),
                                value.line(), value.origin(), value.secret()));
                    }
                } else {
                    into.put(ConfigKeys.uniform(key), value);
                }
            });
            into.putAll(later); // a profile's key wins over the plain one
        }
    }

    /** The configuration that {@code documents} give for {@code profiles}, as a file of them would. */
    static ModuleConfiguration documents(List<ConfigFiles.Document> documents, List<String> profiles) {
        Map<String, ConfigValue> result = new LinkedHashMap<>();
        apply(documents, profiles, result);
        return new ModuleConfiguration(result);
    }

    /** This configuration with the deployment's environment variables winning, as Spring Boot orders them. */
    public ModuleConfiguration withEnvironment(List<ConfigValue> variables) {
        if (variables.isEmpty()) {
            return this;
        }
        Map<String, ConfigValue> merged = new LinkedHashMap<>(properties);
        Set<String> only = new HashSet<>(variablesOnly);
        LegacyVariableNames legacy = new LegacyVariableNames(properties.values());
        for (ConfigValue given : variables) {
            // a variable's property form (with dots) may be a dashed key's legacy form; its raw name stays for placeholders
            ConfigValue v = given.key().indexOf('.') < 0 || properties.containsKey(ConfigKeys.uniform(given.key()))
                    ? given : legacy.keyOf(given.key()).map(given::withKey).orElse(given);
            String key = ConfigKeys.uniform(v.key());
            boolean property = properties.containsKey(key) || FRAMEWORK_PREFIXES.stream().anyMatch(v.key()::startsWith);
            if (!property) {
                only.add(key); // SPRING_DATASOURCE_URL's raw name, or a variable only placeholders read
            } else {
                only.remove(key);
            }
            merged.put(key, v);
        }
        return new ModuleConfiguration(merged, Set.copyOf(only));
    }

    /** This configuration with {@code other}'s properties winning (a config server's over the local files). */
    public ModuleConfiguration overriddenBy(ModuleConfiguration other) {
        Map<String, ConfigValue> merged = new LinkedHashMap<>(properties);
        merged.putAll(other.properties);
        Set<String> only = new HashSet<>(variablesOnly);
        only.removeAll(other.properties.keySet());
        return new ModuleConfiguration(merged, Set.copyOf(only));
    }

    /** This configuration over {@code lower}: {@code lower}'s properties count where this one sets none of their keys. */
    public ModuleConfiguration over(ModuleConfiguration lower) {
        if (lower.properties.isEmpty()) {
            return this;
        }
        Map<String, ConfigValue> merged = new LinkedHashMap<>(lower.properties);
        merged.putAll(properties);
        return new ModuleConfiguration(merged, variablesOnly);
    }

    /**
     * This configuration with each property that {@code base} does not hold as it is here noted, in its evidence,
     * with {@code note} ({@code spring.config.import (profile docker, active by docker/Dockerfile:14 ...)}).
     */
    public ModuleConfiguration noting(ModuleConfiguration base, String note) {
        Map<String, ConfigValue> noted = new LinkedHashMap<>();
        properties.forEach((key, v) -> noted.put(key, v.equals(base.properties.get(key)) ? v : new ConfigValue(v.key(),
                v.value(), v.file(), v.line(), (v.origin() != null ? v.origin() : v.key()) + " (" + note + ")",
                v.secret())));
        return new ModuleConfiguration(noted, variablesOnly);
    }

    /** The properties by the {@linkplain ConfigKeys#uniform uniform} form of their keys. */
    public Map<String, ConfigValue> properties() {
        return properties;
    }

    /** The property set under {@code key} in any of its relaxed forms, if any. */
    public Optional<ConfigValue> get(String key) {
        return Optional.ofNullable(properties.get(ConfigKeys.uniform(key)));
    }

    /** The value of the first key that is set, placeholders resolved; empty when none is or it cannot be resolved. */
    public Optional<String> value(String... keys) {
        for (String key : keys) {
            ConfigValue v = properties.get(ConfigKeys.uniform(key));
            if (v != null) {
                Placeholders.Result r = Placeholders.resolve(v.value(), properties);
                return r.unresolved().isEmpty() && !r.bounded() ? Optional.of(r.value()) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** The property that is set among {@code keys}, for evidence. */
    public Optional<ConfigValue> source(String... keys) {
        for (String key : keys) {
            ConfigValue v = properties.get(ConfigKeys.uniform(key));
            if (v != null) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }

    public List<ConfigValue> all() {
        return new ArrayList<>(properties.values());
    }
}
