package io.aiplatform.security.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.util.Optional;
import org.apache.maven.model.Build;
import org.apache.maven.model.BuildBase;
import org.apache.maven.model.Model;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginManagement;
import org.apache.maven.model.Profile;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.xml.Xpp3Dom;
import org.junit.jupiter.api.Test;

/**
 * The image Jib builds for a module, from its effective POM: the property {@code image}, else {@code jib.to.image},
 * else the (inherited) {@code <to><image>}; only for a module that runs Jib in its build or one of its profiles.
 */
class JibTargetImageTest {

    @Test
    void theImagePropertyWinsForAModuleRunningJibInAProfile() {
        MavenProject p = project(null);
        p.getModel().getProperties().setProperty("image", "greengorilla7/customer:1.0");
        Profile profile = new Profile();
        profile.setId("build-docker-image");
        profile.setBuild(new BuildBase());
        profile.getBuild().addPlugin(jib(null));
        p.getModel().addProfile(profile);
        p.getBuild().setPluginManagement(new PluginManagement());
        p.getBuild().getPluginManagement().addPlugin(jib("acme/customer"));
        JibTargetImage.Found image = JibTargetImage.of(p).orElseThrow();
        assertEquals("greengorilla7/customer:1.0", image.image());
        assertTrue(image.how().contains("the property image"), image.how());
    }

    @Test
    void elseTheInheritedToImageOfAJibBuildPlugin() {
        MavenProject p = project(jib("acme/billing"));
        assertEquals(Optional.of("acme/billing"), JibTargetImage.of(p).map(JibTargetImage.Found::image));
        p.getModel().getProperties().setProperty("jib.to.image", "acme/billing-cli");
        assertEquals(Optional.of("acme/billing-cli"), JibTargetImage.of(p).map(JibTargetImage.Found::image));
    }

    @Test
    void aModuleWithoutJibOrWithAnUnresolvedImageBuildsNone() {
        MavenProject p = project(null);
        p.getModel().getProperties().setProperty("image", "greengorilla7/customer");
        p.getBuild().setPluginManagement(new PluginManagement());
        p.getBuild().getPluginManagement().addPlugin(jib("acme/customer"));
        assertEquals(Optional.empty(), JibTargetImage.of(p), "Jib only managed, never run: no image");
        assertEquals(Optional.empty(), JibTargetImage.of(project(jib("${docker.prefix}/billing"))));
    }

    private static MavenProject project(Plugin plugin) {
        Model model = new Model();
        model.setGroupId("g");
        model.setArtifactId("a");
        model.setVersion("1");
        model.setBuild(new Build());
        if (plugin != null) {
            model.getBuild().addPlugin(plugin);
        }
        MavenProject p = new MavenProject(model);
        p.setFile(new File("pom.xml"));
        return p;
    }

    private static Plugin jib(String image) {
        Plugin p = new Plugin();
        p.setGroupId("com.google.cloud.tools");
        p.setArtifactId("jib-maven-plugin");
        if (image != null) {
            Xpp3Dom config = new Xpp3Dom("configuration");
            Xpp3Dom to = new Xpp3Dom("to");
            Xpp3Dom name = new Xpp3Dom("image");
            name.setValue(image);
            to.addChild(name);
            config.addChild(to);
            p.setConfiguration(config);
        }
        return p;
    }
}
