package io.aiplatform.security.core.derive;

import java.util.List;
import java.util.Optional;

/**
 * The image Quarkus' container-image extensions build for a module, from its configuration as Quarkus documents it:
 * {@code quarkus.container-image.image} when set, else {@code [registry/]group/name}, where {@code name} defaults to
 * the application name ({@code quarkus.application.name}, else the artifactId). The group's default is the building
 * user's name, which the repository does not say: without {@code image} or {@code group} nothing is assumed.
 */
public final class QuarkusContainerImage {

    static final String IMAGE = "quarkus.container-image.image";
    static final String GROUP = "quarkus.container-image.group";
    static final String NAME = "quarkus.container-image.name";

    private QuarkusContainerImage() {
    }

    /** The image {@code config} (a module's own configuration) names, if it names one. */
    public static List<BuiltImage> of(ModuleConfiguration config, String artifactId) {
        Optional<ConfigValue> image = config.source(IMAGE);
        Optional<String> imageValue = config.value(IMAGE);
        if (image.isPresent()) {
            return imageValue.map(v -> List.of(new BuiltImage(v, image.get().file(), image.get().line(), IMAGE)))
                    .orElse(List.of()).stream().filter(BuiltImage::resolved).toList();
        }
        Optional<ConfigValue> group = config.source(GROUP);
        Optional<String> groupValue = config.value(GROUP);
        if (group.isEmpty() || groupValue.isEmpty()) {
            return List.of();
        }
        String name = config.value(NAME).or(() -> config.value("quarkus.application.name")).orElse(artifactId);
        String written = groupValue.get().isBlank() ? name : groupValue.get().strip() + "/" + name;
        ConfigValue at = config.source(NAME).orElse(group.get());
        BuiltImage built = new BuiltImage(written, at.file(), at.line(),
                config.source(NAME).isPresent() ? GROUP + " and " + NAME : GROUP + " (the name is the application's)");
        return built.resolved() ? List.of(built) : List.of();
    }
}
