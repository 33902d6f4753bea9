package io.aiplatform.security.core.derive;

import io.aiplatform.security.core.descriptor.YamlDocuments;
import io.aiplatform.security.core.descriptor.YamlExpansion;
import io.aiplatform.security.core.support.FileErrors;
import io.aiplatform.security.core.support.Problem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads Spring Boot, Quarkus and Micronaut configuration files into flat properties with their
 * lines: YAML documents flattened to dotted keys ({@code spring.data.mongodb.host},
 * {@code list[0]}), {@code .properties} files line by line. An application's configuration has its keys
 * in Spring's canonical form ({@link ConfigKeys}); other files' keys are lower case. YAML is read with the same safe, bounded loader options as descriptors.
 */
public final class ConfigFiles {

    /** The keys that limit a YAML document to profiles (Spring Boot 2.4+ and before). */
    static final Set<String> PROFILE_KEYS = Set.of("spring.config.activate.on-profile", "spring.profiles");

    /** The largest configuration, Compose or Kubernetes file read (4 MiB); a larger one is a warning. */
    public static final long MAX_FILE_BYTES = 4L * 1024 * 1024;

    private static final String NOT_DERIVED = " the connections and environment it configures are not derived";

    /** The keys of a file that is no application configuration (Compose, Kubernetes): lower case, as written. */
    private static final UnaryOperator<String> LOWER_CASE = key -> key.toLowerCase(Locale.ROOT);

    private ConfigFiles() {
    }

    /** A document of a configuration file: its properties, and the profiles it is limited to (empty: always). */
    public record Document(Map<String, ConfigValue> properties, List<String> profiles) {
    }

    /**
     * The documents of {@code file}; a file that is not read (larger than {@link #MAX_FILE_BYTES},
     * unreadable, YAML that is not UTF-8 or whose aliases expand past {@link YamlExpansion#MAX_ALIASED_NODES})
     * gives none and a warning naming it to {@code warnings}.
     */
    public static List<Document> read(Path file, Consumer<Problem> warnings) {
        return read(file, warnings, LOWER_CASE);
    }

    /**
     * The documents of an application's configuration file ({@link #read}), its keys in their
     * {@linkplain ConfigKeys#canonical canonical} form ({@code eureka.client.serviceUrl} is
     * {@code eureka.client.service-url}), as Spring Boot's relaxed binding reads them.
     */
    public static List<Document> readConfiguration(Path file, Consumer<Problem> warnings) {
        return read(file, warnings, ConfigKeys::canonical);
    }

    private static List<Document> read(Path file, Consumer<Problem> warnings, UnaryOperator<String> keyForm) {
        String name = file.getFileName().toString();
        boolean properties = name.endsWith(".properties");
        String text = text(file, properties, warnings);
        if (text == null) {
            return List.of();
        }
        return properties ? List.of(properties(file, text, keyForm)) : yaml(file, text, warnings, keyForm);
    }

    /**
     * The documents of a YAML deployment file (Compose, Kubernetes) with their keys as written: Kubernetes
     * field names, ConfigMap and Secret keys and variable names are case-sensitive. Read within the same
     * bounds as {@link #read}, with the same warnings.
     */
    public static List<Map<String, ConfigValue>> readKeysAsWritten(Path file, Consumer<Problem> warnings) {
        String text = text(file, false, warnings);
        return text == null ? List.of()
                : yamlKeysAsWritten(file, text, warnings).stream().map(Document::properties).toList();
    }

    /** The documents of YAML {@code text} with their keys as written (see {@link #readKeysAsWritten}). */
    static List<Document> yamlKeysAsWritten(Path file, String text, Consumer<Problem> warnings) {
        return yaml(file, text, warnings, UnaryOperator.identity());
    }

    /**
     * The text of the file, or null after a warning. A {@code .properties} file that is not UTF-8 is read
     * as ISO-8859-1, as {@code java.util.Properties} and Spring Boot read it; YAML must be UTF-8.
     */
    private static String text(Path file, boolean properties, Consumer<Problem> warnings) {
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                warnings.accept(Problem.at(file, 0, "the file is " + size + " bytes, more than the " + MAX_FILE_BYTES
                        + " (4 MiB) read from a configuration, Compose or Kubernetes file; it is not read, so"
                        + NOT_DERIVED + "; split it or move the data out of it"));
                return null;
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException | UncheckedIOException e) {
            IOException cause = e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
            warnings.accept(Problem.at(file, 0, "cannot read the file (" + FileErrors.reason(cause) + "), so"
                    + NOT_DERIVED));
            return null;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            if (properties) {
                return new String(bytes, StandardCharsets.ISO_8859_1);
            }
            warnings.accept(Problem.at(file, 0, "the file is not valid UTF-8, so it is not read and"
                    + NOT_DERIVED + "; save it as UTF-8"));
            return null;
        }
    }

    /**
     * The documents of an application's configuration file held as text elsewhere (a ConfigMap's key
     * {@code application.yml}): {@code name} says YAML or properties; keys in their canonical form, as
     * {@link #readConfiguration} gives them; lines counted from the text's first line.
     */
    static List<Document> configurationText(Path file, String name, String text, Consumer<Problem> warnings) {
        return name.endsWith(".properties") ? List.of(properties(file, text, ConfigKeys::canonical))
                : yaml(file, text, warnings, ConfigKeys::canonical);
    }

    static Document properties(Path file, String text) {
        return properties(file, text, LOWER_CASE);
    }

    private static Document properties(Path file, String text, UnaryOperator<String> keyForm) {
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
            put(props, keyForm.apply(key), value, file, number);
        }
        List<String> profiles = profilesOf(props);
        return new Document(props, profiles);
    }

    static List<Document> yaml(Path file, String text, Consumer<Problem> warnings) {
        return yaml(file, text, warnings, LOWER_CASE);
    }

    private static List<Document> yaml(Path file, String text, Consumer<Problem> warnings,
                                       UnaryOperator<String> keyForm) {
        LoaderOptions options = new LoaderOptions();
        // bounded by what the aliases expand to (checked first), not by their number
        options.setMaxAliasesForCollections(YamlExpansion.MAX_ALIASED_NODES);
        options.setNestingDepthLimit(50);
        options.setCodePointLimit(4 * 1024 * 1024);
        options.setAllowDuplicateKeys(true);
        Optional<YamlExpansion.Excess> excess = YamlExpansion.check(text, options);
        if (excess.isPresent()) {
            warnings.accept(Problem.at(file, excess.get().line(), excess.get().problem() + "; the file is not read, so"
                    + NOT_DERIVED + "; write the values out instead of aliasing them"));
            return List.of();
        }
        List<Document> documents = new ArrayList<>();
        try {
            for (Node root : YamlDocuments.compose(text, options)) { // as Yaml.composeAll, without a Yaml
                Map<String, ConfigValue> props = new LinkedHashMap<>();
                flatten(root, "", props, file, keyForm);
                documents.add(new Document(props, profilesOf(props)));
            }
        } catch (YAMLException e) {
            return documents; // a malformed configuration file gives what was read before the error
        }
        return documents;
    }

    private static void flatten(Node node, String prefix, Map<String, ConfigValue> out, Path file,
                                UnaryOperator<String> keyForm) {
        if (node instanceof MappingNode mapping) {
            for (NodeTuple t : mapping.getValue()) {
                if (t.getKeyNode() instanceof ScalarNode k) {
                    String key = k.getValue();
                    if (key.startsWith("[") && key.endsWith("]")) { // Spring's escaped map keys: "[/api/**]"
                        key = key.substring(1, key.length() - 1);
                    }
                    flatten(t.getValueNode(), prefix.isEmpty() ? key : prefix + "." + key, out, file, keyForm);
                }
            }
        } else if (node instanceof SequenceNode seq) {
            List<Node> items = seq.getValue();
            for (int i = 0; i < items.size(); i++) {
                flatten(items.get(i), prefix + "[" + i + "]", out, file, keyForm);
            }
        } else if (node instanceof ScalarNode scalar && !prefix.isEmpty()) {
            int line = scalar.getStartMark() == null ? 0 : scalar.getStartMark().getLine() + 1;
            put(out, keyForm.apply(prefix), scalar.getValue(), file, line);
        }
    }

    private static void put(Map<String, ConfigValue> props, String key, String value, Path file, int line) {
        props.put(key, new ConfigValue(key, value, file, line));
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
