package io.aiplatform.security.maven;

import io.aiplatform.security.core.graph.Location;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.maven.model.InputLocation;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.Profile;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.xml.Xpp3Dom;

/**
 * The image jib-maven-plugin builds for a module, read from the module's effective POM (inheritance and interpolation
 * done by Maven, nothing resolved): Jib takes its target image from the property {@code image} (its documented
 * {@code -Dimage}), else {@code jib.to.image}, else the configuration's {@code <to><image>}; Jib reads these properties
 * from the project's properties too, so a parent's {@code <image>greengorilla7/${project.artifactId}</image>} names
 * each module's own image. Only for a module that uses Jib: the plugin among its build plugins or those of one of its
 * own profiles (a profile such as {@code build-docker-image} that runs {@code jib:build}); the configuration of a
 * plugin declared in a profile is its own over the inherited plugin management's. An image with a placeholder left is
 * none. The evidence names where the value is written ({@code pom.xml:32}, the parent's when inherited).
 */
final class JibTargetImage {

    static final String JIB = "com.google.cloud.tools:jib-maven-plugin";
    private static final List<String> PROPERTIES = List.of("image", "jib.to.image");

    /** The image as the effective POM names it, where its value is written, and which setting names it. */
    record Found(String image, Location where, String how) {
    }

    private JibTargetImage() {
    }

    /** The image {@code project}'s Jib builds, if it uses Jib and its effective POM names one. */
    static Optional<Found> of(MavenProject project) {
        List<Plugin> jib = jibPlugins(project);
        if (jib.isEmpty() || project.getModel() == null) {
            return Optional.empty();
        }
        for (String name : PROPERTIES) {
            String value = project.getProperties().getProperty(name);
            if (value != null && !value.isBlank()) {
                InputLocation at = propertyLocation(project, name);
                return resolved(new Found(value.strip(), new Location(file(at, project), line(at)),
                        "the property " + name + ", jib-maven-plugin's target image"));
            }
        }
        for (Plugin p : jib) {
            Optional<Found> configured = configured(p, project);
            if (configured.isPresent()) {
                return configured;
            }
        }
        return Optional.empty();
    }

    private static Optional<Found> configured(Plugin p, MavenProject project) {
        if (!(p.getConfiguration() instanceof Xpp3Dom config) || config.getChild("to") == null
                || config.getChild("to").getChild("image") == null) {
            return Optional.empty();
        }
        Xpp3Dom image = config.getChild("to").getChild("image");
        String value = image.getValue();
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        InputLocation at = image.getInputLocation() instanceof InputLocation l ? l : null;
        return resolved(new Found(value.strip(), new Location(file(at, project), line(at)),
                "jib-maven-plugin <to><image>, as the module inherits it"));
    }

    /** Jib among the build plugins, else among its own profiles' (with the managed configuration when they give none). */
    private static List<Plugin> jibPlugins(MavenProject project) {
        List<Plugin> found = new ArrayList<>();
        project.getBuildPlugins().stream().filter(p -> JIB.equals(p.getKey())).forEach(found::add);
        if (project.getModel() == null) {
            return found;
        }
        for (Profile profile : project.getModel().getProfiles()) {
            if (profile.getBuild() != null) {
                profile.getBuild().getPlugins().stream().filter(p -> JIB.equals(p.getKey())).forEach(found::add);
            }
        }
        if (found.size() > project.getBuildPlugins().stream().filter(p -> JIB.equals(p.getKey())).count()
                && project.getPluginManagement() != null) {
            project.getPluginManagement().getPlugins().stream().filter(p -> JIB.equals(p.getKey())).forEach(found::add);
        }
        return found;
    }

    private static Optional<Found> resolved(Found image) {
        // any placeholder left, even in what reads as a registry (${docker.prefix} holds a dot), leaves the name unknown
        return image.image().isEmpty() || image.image().contains("${") ? Optional.empty() : Optional.of(image);
    }

    private static InputLocation propertyLocation(MavenProject project, String name) {
        InputLocation properties = project.getModel().getLocation("properties");
        return properties == null ? null : properties.getLocation(name);
    }

    private static Path file(InputLocation at, MavenProject project) {
        if (at != null && at.getSource() != null && at.getSource().getLocation() != null) {
            try {
                return Paths.get(at.getSource().getLocation());
            } catch (RuntimeException e) {
                // not a file path (a POM from a repository): the project's own POM
            }
        }
        return project.getFile().toPath();
    }

    private static int line(InputLocation at) {
        return at == null ? 0 : Math.max(at.getLineNumber(), 0);
    }
}
