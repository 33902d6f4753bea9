package io.aiplatform.security.core.derive;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The images of a Compose file's services: a service with {@code build} (a folder, or {@code build.context}) and
 * {@code image} builds that image from the folder, as Compose documents (the built image is tagged with
 * {@code image}); a service with {@code image} and no {@code build} runs an image built elsewhere. A value left
 * with a variable (<code>${TAG}</code>) in its repository is left out.
 */
final class ComposeImages {

    /** A Compose service that runs an image it does not build. */
    record ImageOnly(String service, ConfigValue image) {
    }

    private ComposeImages() {
    }

    /** What one document of {@code file} gives: built images by folder, and the services that only name an image. */
    static void read(Path file, Map<String, ConfigValue> doc, List<ImageBuild> built,
                     List<ImageOnly> imageOnly) {
        Map<String, ConfigValue> images = new TreeMap<>();
        Map<String, ConfigValue> contexts = new TreeMap<>();
        doc.forEach((key, v) -> {
            String k = key.toLowerCase(Locale.ROOT);
            if (!k.startsWith("services.")) {
                return;
            }
            String rest = k.substring("services.".length());
            int dot = rest.indexOf('.');
            String field = dot < 0 ? "" : rest.substring(dot + 1);
            if (field.equals("image")) {
                images.put(rest.substring(0, dot), v);
            } else if (field.equals("build") || field.equals("build.context")) {
                contexts.put(rest.substring(0, dot), v);
            }
        });
        Path folder = file.toAbsolutePath().normalize().getParent();
        images.forEach((service, image) -> {
            BuiltImage named = new BuiltImage(image.value(), file, image.line(), "Compose service " + service
                    + " image" + (contexts.containsKey(service) ? " with build " + contexts.get(service).value() : ""));
            ConfigValue context = contexts.get(service);
            if (!named.resolved()) {
                return;
            }
            if (context == null) {
                imageOnly.add(new ImageOnly(service, image));
            } else if (!context.value().contains("${")) {
                built.add(new ImageBuild(folder.resolve(context.value()).normalize(), named));
            }
        });
    }
}
