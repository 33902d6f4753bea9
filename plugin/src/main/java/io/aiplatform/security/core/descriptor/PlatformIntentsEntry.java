package io.aiplatform.security.core.descriptor;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * An entry of the platform file's {@code services} that names the intents a service repository published instead of
 * describing a service: {@code - intents: com.example.shop:orders:2.4.0}. It holds only {@code intents}; the
 * platform's build resolves the artifact and assembles its services.
 *
 * @param coordinates {@code groupId:artifactId:version}
 * @param line        the entry's line in the platform file
 */
public record PlatformIntentsEntry(String coordinates, int line) {

    /** The key of such an entry. */
    public static final String KEY = "intents";
    private static final Pattern GAV = Pattern.compile("[A-Za-z0-9_.\\-]+:[A-Za-z0-9_.\\-]+:[A-Za-z0-9_.\\-+]+");

    /** True when {@code item} names intents (any entry with the key; one with other keys as well is reported). */
    static boolean is(Node item, YamlTree t) {
        if (!(item instanceof MappingNode mapping)) {
            return false;
        }
        boolean intents = false;
        for (NodeTuple tuple : mapping.getValue()) {
            intents |= tuple.getKeyNode() instanceof ScalarNode k && KEY.equals(k.getValue());
        }
        if (intents && mapping.getValue().size() > 1) {
            t.problem(item, "an entry of services that names 'intents' holds nothing else: the published intents"
                    + " describe the service; write '- intents: <groupId>:<artifactId>:<version>' alone, or describe"
                    + " the service here without 'intents'");
        }
        return intents;
    }

    /** The intents entries of the platform file {@code file} (none when it is absent). */
    public static List<PlatformIntentsEntry> read(Path file) throws io.aiplatform.security.core.support.InvalidInputException {
        if (!java.nio.file.Files.exists(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return List.of();
        }
        Node root = DescriptorParser.composeFile(file, "the platform file", 4 * DescriptorParser.MAX_CODE_POINTS);
        List<io.aiplatform.security.core.support.Problem> problems = new ArrayList<>();
        YamlTree t = new YamlTree(file, problems);
        List<PlatformIntentsEntry> entries = new ArrayList<>();
        if (root instanceof MappingNode) {
            Map<String, Node> top = t.mapping(root, "the platform file", Set.of("services"));
            for (Node item : top.containsKey("services") ? t.sequence(top.get("services"), "services") : List.<Node>of()) {
                if (!is(item, t) || ((MappingNode) item).getValue().size() > 1) {
                    continue; // not an intents entry, or one is() reported
                }
                Node value = t.mapping(item, "an entry of services", Set.of(KEY)).get(KEY);
                String gav = value == null ? null : t.string(value, KEY);
                if (gav != null && !GAV.matcher(gav.strip()).matches()) {
                    t.problem(value, "intents '" + gav + "' is not groupId:artifactId:version; e.g. 'intents:"
                            + " com.example.shop:orders:2.4.0'");
                } else if (gav != null) {
                    entries.add(new PlatformIntentsEntry(gav.strip(), YamlTree.line(item)));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new io.aiplatform.security.core.support.InvalidInputException(problems);
        }
        return entries;
    }
}
