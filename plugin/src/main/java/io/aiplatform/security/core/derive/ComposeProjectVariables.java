package io.aiplatform.security.core.derive;

import io.aiplatform.security.core.support.Problem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The variables Docker Compose knows for a Compose file besides the shell's: those of the {@code .env} file in the
 * project directory — the folder of the Compose file ({@code docker-compose*.yml}, {@code compose*.yaml}), where
 * {@code docker compose} is run — with which it interpolates the file's values ({@code ${POSTGRES_HOST}}) and from which
 * it takes an {@code environment} item given without a value ({@code - YAS_SERVICES_PRODUCT}: "taken from the shell in
 * which Compose is run or from the environment files", as Compose documents it); and the files a service names in
 * {@code env_file} (a path, a list of paths, or {@code path:} items; relative to the Compose file's folder), whose
 * variables the container gets below those of {@code environment}. A YAML file not named as a Compose file gets none.
 * The shell's variables stay unknown: a variable neither file sets is left unset, as before.
 */
final class ComposeProjectVariables {

    /** The project variables of no {@code .env} file. */
    static final ComposeProjectVariables NONE = new ComposeProjectVariables(null, List.of());

    private final Path folder;
    private final Map<String, ConfigValue> dotEnv = new LinkedHashMap<>();
    private final Map<String, String> values = new LinkedHashMap<>();

    private ComposeProjectVariables(Path folder, List<ConfigValue> dotEnv) {
        this.folder = folder;
        dotEnv.forEach(v -> {
            this.dotEnv.put(v.key(), v);
            values.put(v.key(), v.value());
        });
    }

    /** The variables for {@code composeFile}: its folder's {@code .env}; what cannot be read is a warning. */
    static ComposeProjectVariables of(Path composeFile, Consumer<Problem> warnings) {
        if (!DeploymentContainers.composeFile(composeFile)) {
            return NONE;
        }
        Path folder = composeFile.toAbsolutePath().normalize().getParent();
        return new ComposeProjectVariables(folder, EnvFile.read(dotEnvOf(composeFile), Map.of(), warnings));
    }

    /** The {@code .env} file Compose reads for {@code composeFile} (present or not). */
    static Path dotEnvOf(Path composeFile) {
        return composeFile.toAbsolutePath().normalize().getParent().resolve(".env");
    }

    /**
     * The files Compose reads variables from for {@code composeFile}, for digests of the inputs: its folder's
     * {@code .env} (present or not) and the {@code env_file} paths of its services; none for a file not named as a
     * Compose file. What cannot be read is left out without a word (the scan reports it).
     */
    static List<Path> files(Path composeFile) {
        if (!DeploymentContainers.composeFile(composeFile)) {
            return List.of();
        }
        ComposeProjectVariables project = of(composeFile, problem -> { });
        List<Path> files = new ArrayList<>(List.of(dotEnvOf(composeFile)));
        for (Map<String, ConfigValue> doc : ConfigFiles.readKeysAsWritten(composeFile, problem -> { })) {
            doc.forEach((key, v) -> {
                String k = key.toLowerCase(java.util.Locale.ROOT);
                int dot = k.startsWith("services.") ? k.indexOf('.', "services.".length()) : -1;
                if (dot > 0) {
                    project.envFile(k.substring(dot + 1), v.value()).ifPresent(files::add);
                }
            });
        }
        return files;
    }

    /** The variables to interpolate the Compose file with, by name. */
    Map<String, String> interpolation() {
        return values;
    }

    /** The {@code .env} entry an {@code environment} item without value passes through, if the file sets it. */
    Optional<ConfigValue> passedThrough(String name) {
        return Optional.ofNullable(dotEnv.get(name));
    }

    /**
     * The paths an {@code env_file} field ({@code env_file}, {@code env_file[0]}, {@code env_file[0].path}) names,
     * resolved against the Compose file's folder and interpolated; none for another field.
     */
    Optional<Path> envFile(String field, String value) {
        if (folder == null || !field.matches("env_file(\\[\\d+\\](\\.path)?)?") || value == null || value.isBlank()) {
            return Optional.empty();
        }
        ComposeInterpolation.Result r = ComposeInterpolation.interpolate(value.strip(), values);
        if (r.exceeded() != null || !r.unresolved().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(folder.resolve(r.value()).normalize());
    }

    /** The variables of the env file {@code path}, interpolated with these; what cannot be read is a warning. */
    List<ConfigValue> envFileVariables(Path path, Consumer<Problem> warnings) {
        return new ArrayList<>(EnvFile.read(path, values, warnings));
    }
}
