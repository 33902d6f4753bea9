package io.aiplatform.security.core.derive;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The images a skaffold configuration ({@code apiVersion: skaffold/…}, {@code kind: Config}) builds, each from its
 * folder: {@code build.artifacts[].image} with its {@code context}, which Skaffold documents as the folder of the
 * artifact's sources relative to the configuration file, {@code .} by default; a profile's {@code build.artifacts}
 * count too.
 */
final class SkaffoldArtifacts {

    private static final Pattern ARTIFACT_IMAGE = Pattern.compile("((?:profiles\\[\\d+]\\.)?build\\.artifacts\\[\\d+])\\.image");

    private SkaffoldArtifacts() {
    }

    /** The artifacts of one document of {@code file}; none when it is no skaffold configuration. */
    static List<ImageBuild> of(Path file, Map<String, ConfigValue> doc) {
        ConfigValue api = doc.get("apiVersion");
        ConfigValue kind = doc.get("kind");
        if (api == null || !api.value().startsWith("skaffold/") || kind == null || !"Config".equals(kind.value())) {
            return List.of();
        }
        Path folder = file.toAbsolutePath().normalize().getParent();
        List<ImageBuild> artifacts = new ArrayList<>();
        doc.forEach((key, v) -> {
            Matcher m = ARTIFACT_IMAGE.matcher(key);
            if (m.matches()) {
                ConfigValue context = doc.get(m.group(1) + ".context");
                Path dir = folder.resolve(context == null ? "." : context.value()).normalize();
                BuiltImage image = new BuiltImage(v.value(), file, v.line(), "skaffold " + m.group(1) + ".image"
                        + (context == null ? " (context .)" : " with context " + context.value()));
                if (image.resolved()) {
                    artifacts.add(new ImageBuild(dir, image));
                }
            }
        });
        return artifacts;
    }
}
