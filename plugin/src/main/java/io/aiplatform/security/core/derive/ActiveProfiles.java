package io.aiplatform.security.core.derive;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The profiles a service runs with when its deployment or its own configuration activates them: Spring Boot's
 * {@code spring.profiles.active} ({@code SPRING_PROFILES_ACTIVE}), Quarkus' {@code quarkus.profile}
 * ({@code QUARKUS_PROFILE}) and Micronaut's {@code micronaut.environments} ({@code MICRONAUT_ENVIRONMENTS}), read from
 * the configuration with the image's and the deployment's environment over it, as each framework orders them.
 *
 * @param profiles the profiles, in the order given
 * @param setBy    where they are set (a Compose file, a manifest, a Dockerfile's {@code ENV}, a configuration file)
 */
public record ActiveProfiles(List<String> profiles, ConfigValue setBy) {

    private static final List<String> KEYS = List.of("spring.profiles.active", "quarkus.profile",
            "micronaut.environments");

    /** The profiles {@code config} activates; empty when none is set or its value is no list of profile names. */
    public static Optional<ActiveProfiles> of(ModuleConfiguration config) {
        for (String key : KEYS) {
            Optional<ConfigValue> set = config.get(key).or(() -> config.get(key + "[0]"));
            if (set.isEmpty()) {
                continue;
            }
            List<String> values = new ArrayList<>();
            config.value(key).ifPresent(values::add);
            boolean list = config.get(key).isEmpty();
            for (int i = 0; list && config.get(key + "[" + i + "]").isPresent(); i++) { // key[0], key[1] ...
                config.value(key + "[" + i + "]").ifPresent(values::add);
            }
            List<String> names = values.stream()
                    .flatMap(v -> Arrays.stream(v.split(","))).map(String::strip).filter(p -> !p.isEmpty()).toList();
            if (names.isEmpty() || names.stream().anyMatch(p -> !p.matches("[A-Za-z0-9_.-]+"))) {
                return Optional.empty();
            }
            return Optional.of(new ActiveProfiles(names, set.get()));
        }
        return Optional.empty();
    }

    /**
     * Where the profiles are set, for evidence: {@code docker/Dockerfile:14 ENV SPRING_PROFILES_ACTIVE},
     * {@code docker-compose.yml:9 SPRING_PROFILES_ACTIVE}, {@code app/src/main/resources/application.yml:3
     * spring.profiles.active}.
     */
    public String where(Function<Path, String> shown, Path resources) {
        if (setBy.origin() != null || (resources != null && setBy.file() != null
                && setBy.file().toAbsolutePath().normalize().startsWith(resources.toAbsolutePath().normalize()))) {
            return setBy.where(shown);
        }
        return shown.apply(setBy.file()) + ":" + setBy.line() + " " + MicroProfileVariables.nameOf(setBy.key());
    }
}
