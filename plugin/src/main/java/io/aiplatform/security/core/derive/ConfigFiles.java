package io.aiplatform.security.core.derive;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads Spring Boot, Quarkus and Micronaut configuration files into flat properties with their
 * lines: YAML documents flattened to dotted keys ({@code spring.data.mongodb.host},
 * {@code list[0]}), {@code .properties} files line by line. Keys are compared in Spring's relaxed
 * form (lower case). YAML is read with the same safe, bounded loader options as descriptors.
 */
public final class ConfigFiles {

    /** The keys that limit a YAML document to profiles (Spring Boot 2.4+ and before). */
    static final Set<String> PROFILE_KEYS = Set.of("spring.config.activate.on-profile", "spring.profiles");

    private ConfigFiles() {
    }

    /** A document of a configuration file: its properties, and the profiles it is limited to (empty: always). */
    public record Document(Map<String, ConfigValue> properties, List<String> profiles) {
    }

    public static List<Document> read(Path file) {
        String name = file.getFileName().toString();
        String text;
        try {
            if (Files.size(file) > 4L * 1024 * 1024) {
                return List.of();
            }
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException | java.io.UncheckedIOException e) {
            return List.of();
        }
        return name.endsWith(".properties") ? List.of(properties(file, text)) : yaml(file, text);
    }

    static Document properties(Path file, String text) {
        Map<String, ConfigValue> props = new LinkedHashMap<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            int number = i + 1;
            while (line.endsWith("\\") && i + 1 < lines.length) { // continuation lines
                line = line.substring(0, line.length() - 1) + lines[++i].strip();
            }
            if (line.isEmpty() || line.startsWith("#") || line.startsWith("!")) {
                continue;
            }
            int sep = -1;
            for (int j = 0; j < line.length(); j++) {
                char c = line.charAt(j);
                if (c == '=' || c == ':') {
                    sep = j;
                    break;
                }
            }
            String key = sep < 0 ? line : line.substring(0, sep).strip();
            String value = sep < 0 ? "" : line.substring(sep + 1).strip();
            put(props, key, value, file, number);
        }
        List<String> profiles = profilesOf(props);
        return new Document(props, profiles);
    }

    static List<Document> yaml(Path file, String text) {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(50);
        options.setNestingDepthLimit(50);
        options.setCodePointLimit(4 * 1024 * 1024);
        options.setAllowDuplicateKeys(true);
        List<Document> documents = new ArrayList<>();
        try {
            for (Node root : new Yaml(options).composeAll(new StringReader(text))) {
                Map<String, ConfigValue> props = new LinkedHashMap<>();
                flatten(root, "", props, file);
                documents.add(new Document(props, profilesOf(props)));
            }
        } catch (YAMLException e) {
            return documents; // a malformed configuration file gives what was read before the error
        }
        return documents;
    }

    private static void flatten(Node node, String prefix, Map<String, ConfigValue> out, Path file) {
        if (node instanceof MappingNode mapping) {
            for (NodeTuple t : mapping.getValue()) {
                if (t.getKeyNode() instanceof ScalarNode k) {
                    String key = k.getValue();
                    if (key.startsWith("[") && key.endsWith("]")) { // Spring's escaped map keys: "[/api/**]"
                        key = key.substring(1, key.length() - 1);
                    }
                    flatten(t.getValueNode(), prefix.isEmpty() ? key : prefix + "." + key, out, file);
                }
            }
        } else if (node instanceof SequenceNode seq) {
            List<Node> items = seq.getValue();
            for (int i = 0; i < items.size(); i++) {
                flatten(items.get(i), prefix + "[" + i + "]", out, file);
            }
        } else if (node instanceof ScalarNode scalar && !prefix.isEmpty()) {
            int line = scalar.getStartMark() == null ? 0 : scalar.getStartMark().getLine() + 1;
            put(out, prefix, scalar.getValue(), file, line);
        }
    }

    private static void put(Map<String, ConfigValue> props, String key, String value, Path file, int line) {
        String relaxed = key.toLowerCase(Locale.ROOT);
        props.put(relaxed, new ConfigValue(relaxed, value, file, line));
    }

    private static List<String> profilesOf(Map<String, ConfigValue> props) {
        for (String key : PROFILE_KEYS) {
            ConfigValue v = props.get(key);
            if (v != null && !v.value().isBlank()) {
                List<String> profiles = new ArrayList<>();
                for (String p : v.value().split(",")) {
                    profiles.add(p.strip());
                }
                return profiles;
            }
        }
        return List.of();
    }
}
