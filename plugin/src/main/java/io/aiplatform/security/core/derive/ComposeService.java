package io.aiplatform.security.core.derive;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One service of a Docker Compose file as a {@link Container}: its image, its build context and
 * Dockerfile ({@code build: ./dir}, {@code build: {context, dockerfile}}), its environment (a map or
 * {@code KEY=value} items) and the host paths it binds ({@code ./prometheus.yml:/etc/prometheus/prometheus.yml:ro},
 * {@code {type: bind, source: ./grafana}}). Values are interpolated as Compose does, with the variables of the
 * project's {@code .env} ({@link ComposeProjectVariables}) and none of the shell; a value left with a variable is
 * skipped. An environment item without value takes the {@code .env} value; {@code env_file} variables come below.
 */
final class ComposeService {

    private ComposeService() {
    }

    /**
     * {@code fields}: the service's keys below {@code services.<name>.}, as read from {@code file}; {@code project}: the
     * variables Compose knows for the file ({@code .env}), for interpolation, items without value and {@code env_file}.
     */
    static Container of(String name, Path file, Map<String, ConfigValue> fields, ComposeProjectVariables project) {
        Path folder = file.toAbsolutePath().normalize().getParent();
        List<String> images = new ArrayList<>();
        String image = value(fields.get("image"), project);
        if (image != null) {
            images.add(image);
        }
        String context = value(fields.containsKey("build.context") ? fields.get("build.context") : fields.get("build"),
                project);
        Path buildContext = context == null ? null : folder.resolve(context).normalize();
        String dockerfile = value(fields.get("build.dockerfile"), project);
        Path dockerPath = buildContext == null ? null : buildContext.resolve(dockerfile == null ? "Dockerfile" : dockerfile)
                .normalize();
        List<ConfigValue> env = new ArrayList<>();
        List<ConfigValue> envFiles = new ArrayList<>();
        List<Path> mounts = new ArrayList<>();
        fields.forEach((field, v) -> {
            project.envFile(field, v.value()).ifPresent(path -> envFiles.addAll(project.envFileVariables(path, p -> { })));
            String value = value(v, project);
            if (value == null) {
                return;
            }
            if (field.matches("environment\\[\\d+\\]") && value.indexOf('=') < 0) {
                project.passedThrough(value.strip()).ifPresent(e -> env.add(new ConfigValue(e.key(), e.value(), e.file(),
                        e.line())));
            } else if (field.startsWith("environment.")) {
                env.add(new ConfigValue(field.substring("environment.".length()).toUpperCase(Locale.ROOT), value,
                        v.file(), v.line()));
            } else if (field.matches("environment\\[\\d+\\]") && value.indexOf('=') > 0) {
                env.add(new ConfigValue(value.substring(0, value.indexOf('=')), value.substring(value.indexOf('=') + 1),
                        v.file(), v.line()));
            } else if (field.matches("volumes\\[\\d+\\]")) {
                bind(value.split(":")[0], folder).ifPresent(mounts::add);
            } else if (field.matches("volumes\\[\\d+\\]\\.source")) {
                bind(value, folder).ifPresent(mounts::add);
            }
        });
        // environment wins over env_file, as Compose orders them
        envFiles.stream().filter(e -> env.stream().noneMatch(x -> x.key().equalsIgnoreCase(e.key()))).forEach(env::add);
        return new Container(name.toLowerCase(Locale.ROOT), file, images, buildContext, dockerPath, env, mounts,
                List.of(), Map.of());
    }

    /** A host path of a bind mount ({@code ./x}, {@code ../x}, {@code /x}); a named volume is none. */
    private static Optional<Path> bind(String source, Path folder) {
        if (source.startsWith(".") || source.startsWith("/")) {
            return Optional.of(folder.resolve(source).normalize());
        }
        return Optional.empty();
    }

    /** The value as Compose interpolates it; null when none or when a variable is left in it. */
    private static String value(ConfigValue v, ComposeProjectVariables project) {
        if (v == null) {
            return null;
        }
        ComposeInterpolation.Result r = ComposeInterpolation.interpolate(v.value(), project.interpolation());
        return r.exceeded() != null || !r.unresolved().isEmpty() ? null : r.value();
    }
}
