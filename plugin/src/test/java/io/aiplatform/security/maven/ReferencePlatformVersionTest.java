package io.aiplatform.security.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;

/**
 * it/ai-platform is built straight from the README ({@code mvn -f it/ai-platform/pom.xml verify}), so its
 * POM names the plugin version itself instead of the invoker's {@code @project.version@}: a release that
 * sets the version of this build (src/site/markdown/install.md, "Releases") must set that property too, or this test fails.
 */
class ReferencePlatformVersionTest {

    @Test
    void theReferencePlatformBuildsWithThisVersionOfThePlugin() throws Exception {
        String pom = Files.readString(Path.of("../it/ai-platform/pom.xml"));
        Matcher m = Pattern.compile("<ai-security.version>([^<]+)</ai-security.version>").matcher(pom);
        assertTrue(m.find(), "it/ai-platform/pom.xml names the plugin version as the property ai-security.version");
        assertEquals(pluginVersion(), m.group(1), "it/ai-platform/pom.xml: mvn -f it/ai-platform/pom.xml"
                + " versions:set-property -Dproperty=ai-security.version -DnewVersion=" + pluginVersion());
    }

    /** The version in the plugin descriptor this build generated. */
    private static String pluginVersion() throws Exception {
        try (InputStream in = ReferencePlatformVersionTest.class.getResourceAsStream("/META-INF/maven/plugin.xml")) {
            assertNotNull(in, "the plugin descriptor (generated at process-classes)");
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(in).getDocumentElement()
                    .getElementsByTagName("version").item(0).getTextContent().strip();
        }
    }
}
