package io.aiplatform.security.core.validate;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Stage 1: reads every YAML document of every {@code .yaml}, {@code .yml} and {@code .json} file
 * below the given folders (or the given files), in a stable order, keeping the line each document
 * starts on. A file that cannot be parsed becomes a finding naming the file and line.
 */
public final class ManifestLoader {

    /** What was read, and what could not be. */
    public record Result(List<Manifest> manifests, List<Finding> findings, int files) {
    }

    private final Path base;
    private final LoaderOptions options = options();
    /** One parser for every file (they are read one after the other); it keeps no state between documents. */
    private final Yaml yaml = new Yaml(new SafeConstructor(options));
    private final SafeConstructorBridge constructor = new SafeConstructorBridge(options);

    /** @param base folder that file names in findings are relative to, or null for absolute names */
    public ManifestLoader(Path base) {
        this.base = base == null ? null : base.toAbsolutePath().normalize();
    }

    private static LoaderOptions options() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(50);
        options.setCodePointLimit(64 * 1024 * 1024);
        options.setNestingDepthLimit(100);
        return options;
    }

    public Result load(List<Path> roots) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path root : roots) {
            if (Files.isDirectory(root)) {
                try (Stream<Path> walk = Files.walk(root)) {
                    walk.filter(Files::isRegularFile).filter(ManifestLoader::isManifest).sorted().forEach(files::add);
                }
            } else if (Files.isRegularFile(root)) {
                files.add(root);
            }
        }
        List<Manifest> manifests = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        for (Path file : files) {
            read(file, manifests, findings);
        }
        return new Result(manifests, findings, files.size());
    }

    static boolean isManifest(Path p) {
        String n = p.getFileName().toString();
        return (n.endsWith(".yaml") || n.endsWith(".yml") || n.endsWith(".json")) && !n.startsWith(".");
    }

    public Path display(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        return base != null && abs.startsWith(base) && !abs.equals(base) ? base.relativize(abs) : abs;
    }

    private void read(Path file, List<Manifest> out, List<Finding> findings) throws IOException {
        Path shown = display(file);
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8); // refuses malformed UTF-8
        } catch (CharacterCodingException e) {
            findings.add(parseError(shown, 0, "the file is not valid UTF-8; save it as UTF-8"));
            return;
        }
        try {
            for (Node node : yaml.composeAll(new java.io.StringReader(text))) {
                // compose gives the line; the safe constructor builds plain maps, lists and scalars
                Object value = constructor.construct(node);
                int line = node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
                if (value == null) {
                    continue;
                }
                if (!(value instanceof Map<?, ?> map)) {
                    findings.add(parseError(shown, line, "a document is not a Kubernetes object (a mapping with"
                            + " apiVersion and kind)"));
                    continue;
                }
                Map<String, Object> content = new LinkedHashMap<>();
                map.forEach((k, v) -> content.put(String.valueOf(k), v));
                if (isList(content)) {
                    flatten(shown, node, content, out, findings);
                } else {
                    out.add(new Manifest(shown, line, content));
                }
            }
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            findings.add(parseError(shown, mark == null ? 0 : mark.getLine() + 1, "malformed YAML: "
                    + (e.getProblem() != null ? e.getProblem() : e.getMessage())));
        } catch (YAMLException e) {
            findings.add(parseError(shown, 0, "malformed YAML: " + firstLine(String.valueOf(e.getMessage()))));
        }
    }

    /** {@code kind: List} or {@code <Kind>List} (PodList, RoleList…) with an {@code items} list. */
    static boolean isList(Map<String, Object> content) {
        Object kind = content.get("kind");
        return kind instanceof String k && k.endsWith("List") && content.get("items") instanceof List<?>;
    }

    /**
     * Each item of a list becomes an object of its own, at the line where the item starts, so that
     * every rule sees it; an item without kind or apiVersion takes them from the list
     * ({@code PodList} → {@code Pod}), as in {@code kubectl get -o yaml} dumps.
     */
    private static void flatten(Path file, Node node, Map<String, Object> list, List<Manifest> out,
                                List<Finding> findings) {
        String listKind = (String) list.get("kind");
        String itemKind = listKind.equals("List") ? null : listKind.substring(0, listKind.length() - "List".length());
        List<Node> itemNodes = itemNodes(node);
        List<?> items = (List<?>) list.get("items");
        for (int i = 0; i < items.size(); i++) {
            Node itemNode = i < itemNodes.size() ? itemNodes.get(i) : node;
            int line = itemNode.getStartMark() == null ? 0 : itemNode.getStartMark().getLine() + 1;
            if (!(items.get(i) instanceof Map<?, ?> item)) {
                findings.add(parseError(file, line, "item " + (i + 1) + " of the " + listKind
                        + " is not a Kubernetes object (a mapping with apiVersion and kind)"));
                continue;
            }
            Map<String, Object> content = new LinkedHashMap<>();
            if (item.get("apiVersion") == null && list.get("apiVersion") != null && itemKind != null) {
                content.put("apiVersion", list.get("apiVersion"));
            }
            if (item.get("kind") == null && itemKind != null) {
                content.put("kind", itemKind);
            }
            item.forEach((k, v) -> content.put(String.valueOf(k), v));
            if (isList(content)) {
                findings.add(parseError(file, line, "item " + (i + 1) + " of the " + listKind
                        + " is itself a list; write its items into the outer list"));
                continue;
            }
            out.add(new Manifest(file, line, content));
        }
    }

    /** The nodes of a list document's {@code items}, in order (for their lines). */
    private static List<Node> itemNodes(Node node) {
        if (node instanceof org.yaml.snakeyaml.nodes.MappingNode mapping) {
            for (org.yaml.snakeyaml.nodes.NodeTuple t : mapping.getValue()) {
                if (t.getKeyNode() instanceof org.yaml.snakeyaml.nodes.ScalarNode key && key.getValue().equals("items")
                        && t.getValueNode() instanceof org.yaml.snakeyaml.nodes.SequenceNode seq) {
                    return seq.getValue();
                }
            }
        }
        return List.of();
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    static Finding parseError(Path file, int line, String message) {
        return new Finding("PARSE", Severity.ERROR, Stage.PARSE, file, line, null, message,
                "fix the file so that every document is a YAML mapping", null);
    }

    /**
     * Gives access to SafeConstructor's node construction for an already composed node. Equal
     * strings (keys such as {@code apiVersion}, label values, names) are shared across all
     * documents, which keeps thousands of parsed manifests small.
     */
    private static final class SafeConstructorBridge extends SafeConstructor {
        private final Map<String, String> strings = new java.util.HashMap<>();

        SafeConstructorBridge(LoaderOptions options) {
            super(options);
            this.yamlConstructors.put(org.yaml.snakeyaml.nodes.Tag.STR, new ConstructYamlStr() {
                @Override
                public Object construct(Node node) {
                    String s = (String) super.construct(node);
                    return s.length() > 64 ? s : strings.computeIfAbsent(s, k -> k);
                }
            });
        }

        Object construct(Node node) {
            return constructDocument(node);
        }
    }
}
