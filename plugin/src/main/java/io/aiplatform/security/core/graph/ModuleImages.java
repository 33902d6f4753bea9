package io.aiplatform.security.core.graph;

import io.aiplatform.security.core.derive.BuiltImage;
import io.aiplatform.security.core.derive.ModuleConfiguration;
import io.aiplatform.security.core.derive.PomImages;
import io.aiplatform.security.core.derive.QuarkusContainerImage;
import java.util.ArrayList;
import java.util.List;

/**
 * The images a service module's own build configuration says it builds: its POM's image plugins ({@link PomImages}),
 * the images its effective build configuration names beyond them ({@link Module#builtImages()}: a Jib target image an
 * inherited property sets) and Quarkus' {@code quarkus.container-image.*} in its configuration ({@link QuarkusContainerImage}). A deployment
 * that runs one of them runs the module, whatever its name (the image rule of deployment matching).
 */
final class ModuleImages {

    private ModuleImages() {
    }

    /** The images {@code m} builds, {@code config} being its own configuration. */
    static List<BuiltImage> of(Module m, ModuleConfiguration config) {
        List<BuiltImage> images = new ArrayList<>();
        if (m.pomFile() != null) {
            images.addAll(PomImages.of(m.pomFile(), m.groupId(), m.artifactId(), null));
        }
        for (BuiltImage effective : m.builtImages()) { // the build tool's reading, when the POM's text says less
            if (images.stream().noneMatch(i -> i.repository().equals(effective.repository()))) {
                images.add(effective);
            }
        }
        images.addAll(QuarkusContainerImage.of(config, m.artifactId()));
        return images;
    }

    /** The service modules' POMs, whose image plugins this reads (the configuration is declared with the services). */
    static void inputs(DerivationProject project, DeclaredInputs inputs) {
        for (Module m : project.serviceModules()) {
            inputs.file("module pom", m.pomFile());
            // what the effective POM names (a parent's property, outside the module's own POM file)
            m.builtImages().forEach(b -> inputs.fact("built image of " + m.key(), b.image() + " " + b.where()));
        }
    }
}
