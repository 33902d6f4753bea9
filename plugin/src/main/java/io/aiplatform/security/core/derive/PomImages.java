package io.aiplatform.security.core.derive;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The images a module's own POM says its build makes, as the plugins document their configuration: Jib's
 * {@code <to><image>} (jib-maven-plugin), Spring Boot's {@code build-image} {@code <image><name>}
 * (spring-boot-maven-plugin), docker-maven-plugin's {@code <images><image><name>} (fabric8's) or {@code <imageName>}
 * (Spotify's), Spotify's dockerfile-maven-plugin's {@code <repository>}. {@code ${project.artifactId}}, {@code ${project.groupId}}, {@code ${project.version}} (when known) and the POM's own
 * {@code <properties>} are filled in; a name left with a placeholder in its repository is left out (a parent's
 * property is not read). The XML is scanned as text with its comments blanked, never parsed (no entity is
 * resolved); a plugin's defaults (an image named after the artifactId) are not assumed.
 */
public final class PomImages {

    private static final Pattern COMMENT = Pattern.compile("(?s)<!--.*?-->");
    private static final Pattern PLUGIN = Pattern.compile("(?s)<plugin>(.*?)</plugin>");
    private static final Pattern ARTIFACT_ID = Pattern.compile("^\\s*(?:<groupId>[^<]*</groupId>\\s*)?<artifactId>\\s*([^<\\s]+)\\s*</artifactId>");
    private static final Pattern PROPERTIES = Pattern.compile("(?s)<properties>(.*?)</properties>");
    private static final Pattern PROPERTY = Pattern.compile("<([A-Za-z_][\\w.-]*)>([^<]*)</\\1>");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}]+)}");
    /** An image setting of a plugin: the plugin's artifactId, the pattern whose first group is the name, and which setting. */
    private record Setting(String plugin, Pattern pattern, String how) {
    }

    private static final List<Setting> SETTINGS = List.of(
            new Setting("jib-maven-plugin", Pattern.compile("(?s)<to>\\s*(?:<[^>]+>[^<]*</[^>]+>\\s*)*?<image>([^<]+)</image>"),
                    "jib-maven-plugin <to><image>"),
            new Setting("spring-boot-maven-plugin",
                    Pattern.compile("(?s)<image>\\s*(?:<[^>]+>[^<]*</[^>]+>\\s*)*?<name>([^<]+)</name>"),
                    "spring-boot-maven-plugin build-image <image><name>"),
            new Setting("docker-maven-plugin", Pattern.compile("(?s)<image>\\s*(?:<alias>[^<]*</alias>\\s*)?<name>([^<]+)</name>"),
                    "docker-maven-plugin <images><image><name>"),
            new Setting("docker-maven-plugin", Pattern.compile("<imageName>([^<]+)</imageName>"),
                    "docker-maven-plugin <imageName>"),
            new Setting("dockerfile-maven-plugin", Pattern.compile("<repository>([^<]+)</repository>"),
                    "dockerfile-maven-plugin <repository>"));

    private PomImages() {
    }

    /** The images {@code pom} names for its build; none when it cannot be read (the module's reader reports that). */
    public static List<BuiltImage> of(Path pom, String groupId, String artifactId, String version) {
        String text;
        try {
            text = Files.readString(pom, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
        String xml = blankComments(text);
        Map<String, String> properties = properties(xml);
        properties.put("project.artifactId", artifactId);
        properties.put("artifactId", artifactId);
        properties.put("project.groupId", groupId == null ? "" : groupId);
        if (version != null) {
            properties.put("project.version", version);
        }
        List<BuiltImage> images = new ArrayList<>();
        Matcher plugin = PLUGIN.matcher(xml);
        while (plugin.find()) {
            Matcher id = ARTIFACT_ID.matcher(plugin.group(1));
            String artifact = id.find() ? id.group(1) : "";
            for (Setting setting : SETTINGS) {
                if (!setting.plugin().equals(artifact)) {
                    continue;
                }
                Matcher m = setting.pattern().matcher(plugin.group(1));
                while (m.find()) {
                    int at = plugin.start(1) + m.start(1);
                    BuiltImage built = new BuiltImage(fill(m.group(1).strip(), properties), pom, line(xml, at),
                            setting.how());
                    if (built.resolved()) {
                        images.add(built);
                    }
                }
            }
        }
        return images;
    }

    /** The text with each comment's characters but its line breaks blanked, so offsets and lines stay. */
    private static String blankComments(String text) {
        StringBuilder out = new StringBuilder(text);
        Matcher m = COMMENT.matcher(text);
        while (m.find()) {
            for (int i = m.start(); i < m.end(); i++) {
                if (out.charAt(i) != '\n') {
                    out.setCharAt(i, ' ');
                }
            }
        }
        return out.toString();
    }

    private static Map<String, String> properties(String xml) {
        Map<String, String> properties = new TreeMap<>();
        Matcher block = PROPERTIES.matcher(xml);
        while (block.find()) {
            Matcher p = PROPERTY.matcher(block.group(1));
            while (p.find()) {
                properties.putIfAbsent(p.group(1), p.group(2).strip());
            }
        }
        return properties;
    }

    /** {@code value} with the known placeholders filled in (one level, then the result's once more). */
    private static String fill(String value, Map<String, String> properties) {
        String filled = value;
        for (int round = 0; round < 2 && filled.contains("${"); round++) {
            Matcher m = PLACEHOLDER.matcher(filled);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                String known = properties.get(m.group(1));
                m.appendReplacement(out, Matcher.quoteReplacement(known != null ? known : m.group()));
            }
            m.appendTail(out);
            filled = out.toString();
        }
        return filled;
    }

    private static int line(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
