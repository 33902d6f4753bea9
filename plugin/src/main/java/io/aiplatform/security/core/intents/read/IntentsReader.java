package io.aiplatform.security.core.intents.read;

import io.aiplatform.security.core.descriptor.DescriptorParser;
import io.aiplatform.security.core.descriptor.ServiceDescriptor;
import io.aiplatform.security.core.descriptor.YamlTree;
import io.aiplatform.security.core.support.ArtifactFile;
import io.aiplatform.security.core.support.InvalidInputException;
import io.aiplatform.security.core.support.Names;
import io.aiplatform.security.core.support.Problem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads an intents file a service repository published ({@code apiVersion: ai-security.io/v1},
 * {@code kind: ServiceIntents}): a service's entry is read like a descriptor, plus its {@code module} and its
 * {@code calls} with evidence. Every mistake names the artifact, the file in the local repository, the line and
 * the key; a file of a newer format is refused with the version it needs.
 */
public final class IntentsReader {

    /** The format this plugin reads. */
    public static final String API_VERSION = "ai-security.io/v1";
    /** The kind of an intents file. */
    public static final String KIND = "ServiceIntents";
    private static final Pattern VERSION = Pattern.compile("ai-security\\.io/v([1-9][0-9]{0,3})");
    private static final Set<String> TOP = Set.of("apiVersion", "kind", "source", "services");
    private static final Set<String> SOURCE = Set.of("groupId", "artifactId", "version");
    private static final Set<String> SERVICE = Set.of("name", "module", "role", "ports", "labels", "provides", "calls",
            "egress", "ingress", "secrets", "configMaps", "kubernetesApi", "serviceAccountAnnotations",
            "automountServiceAccountToken", "scrapes");
    /** The keys of a service entry that are not the descriptor's: read here, not by the descriptor parser. */
    private static final Set<String> OWN = Set.of("module", "calls");
    private static final Set<String> CALL = Set.of("service", "product", "namespace", "labels", "ports", "evidence");

    /** The intents file of {@code artifact}. */
    public IntentsDocument read(ArtifactFile artifact) throws InvalidInputException {
        Path file = artifact.file();
        Node root;
        try {
            root = DescriptorParser.composeFile(file, "the intents file", 4 * DescriptorParser.MAX_CODE_POINTS);
        } catch (InvalidInputException e) {
            throw named(artifact, e.problems());
        }
        List<Problem> problems = new ArrayList<>();
        YamlTree t = new YamlTree(file, problems);
        if (root == null || !(root instanceof MappingNode)) {
            throw named(artifact, List.of(Problem.at(file, root == null ? 0 : YamlTree.line(root),
                    "is not an intents file (a mapping with apiVersion: " + API_VERSION + ", kind: " + KIND + ")")));
        }
        Map<String, Node> top = t.mapping(root, "the intents file", TOP);
        checkVersion(artifact, top, t);
        if (!problems.isEmpty()) {
            throw named(artifact, problems);
        }
        String kind = required(top, "kind", root, t);
        if (kind != null && !KIND.equals(kind)) {
            t.problem(top.get("kind"), "kind '" + kind + "' is not " + KIND);
        }
        String source = source(top, root, t);
        List<PublishedService> services = new ArrayList<>();
        for (Node item : top.containsKey("services") ? t.sequence(top.get("services"), "services") : List.<Node>of()) {
            PublishedService s = service(file, item, t);
            if (s != null) {
                services.add(s);
            }
        }
        if (!problems.isEmpty()) {
            throw named(artifact, problems);
        }
        return new IntentsDocument(artifact, source, services);
    }

    /** Refuses a format this plugin does not read, before any other key is judged (a newer format may add keys). */
    private static void checkVersion(ArtifactFile artifact, Map<String, Node> top, YamlTree t)
            throws InvalidInputException {
        Node node = top.get("apiVersion");
        String version = node == null ? null : t.string(node, "apiVersion");
        if (node == null) {
            throw named(artifact, List.of(Problem.at(artifact.file(), 1, "has no apiVersion; an intents file starts"
                    + " with 'apiVersion: " + API_VERSION + "'")));
        }
        if (version == null || API_VERSION.equals(version)) {
            return;
        }
        Matcher m = VERSION.matcher(version);
        String why = m.matches() && Integer.parseInt(m.group(1)) > 1
                ? "is of format " + version + ", newer than this plugin reads (" + API_VERSION + "): it needs an"
                + " ai-security plugin that reads " + version + "; upgrade the plugin in the platform's build"
                : "has apiVersion '" + version + "', which is no intents format; this plugin reads " + API_VERSION;
        throw named(artifact, List.of(Problem.at(artifact.file(), YamlTree.line(node), why)));
    }

    private static String required(Map<String, Node> map, String key, Node owner, YamlTree t) {
        if (!map.containsKey(key)) {
            t.problem(owner, "'" + key + "' is missing");
            return null;
        }
        return t.string(map.get(key), key);
    }

    private static String source(Map<String, Node> top, Node root, YamlTree t) {
        if (!top.containsKey("source")) {
            t.problem(root, "'source' is missing (the groupId, artifactId and version of the publishing project)");
            return null;
        }
        Map<String, Node> source = t.mapping(top.get("source"), "source", SOURCE);
        String g = required(source, "groupId", top.get("source"), t);
        String a = required(source, "artifactId", top.get("source"), t);
        String v = required(source, "version", top.get("source"), t);
        return g == null || a == null || v == null ? null : g + ":" + a + ":" + v;
    }

    private static PublishedService service(Path file, Node item, YamlTree t) {
        Map<String, Node> entry = t.mapping(item, "a service of the intents file", SERVICE);
        if (!(item instanceof MappingNode mapping)) {
            return null;
        }
        String name = required(entry, "name", item, t);
        String module = entry.containsKey("module") ? t.string(entry.get("module"), "module") : null;
        List<PublishedCall> calls = new ArrayList<>();
        for (Node call : entry.containsKey("calls") ? t.sequence(entry.get("calls"), "calls") : List.<Node>of()) {
            PublishedCall c = call(call, t);
            if (c != null) {
                calls.add(c);
            }
        }
        List<NodeTuple> descriptorShaped = mapping.getValue().stream()
                .filter(tuple -> tuple.getKeyNode() instanceof ScalarNode k && SERVICE.contains(k.getValue())
                        && !OWN.contains(k.getValue())).toList(); // the rest is reported above
        ServiceDescriptor descriptor = new DescriptorParser().readEntry(file, new MappingNode(Tag.MAP, true,
                descriptorShaped, mapping.getStartMark(), mapping.getEndMark(), mapping.getFlowStyle()), t);
        return name == null ? null : new PublishedService(name, module, descriptor.withNameLine(YamlTree.line(item)),
                calls, YamlTree.line(item));
    }

    private static PublishedCall call(Node item, YamlTree t) {
        Map<String, Node> m = t.mapping(item, "a call", CALL);
        String service = m.containsKey("service") ? t.string(m.get("service"), "service") : null;
        String product = m.containsKey("product") ? t.string(m.get("product"), "product") : null;
        if (m.containsKey("service") == m.containsKey("product")) {
            t.problem(item, "a call names exactly one of 'service' (a service's name) or 'product' (what a"
                    + " provider of the platform offers, e.g. postgresql)");
            return null;
        }
        if (service != null && !Names.isDns1123Label(service)) {
            t.problem(m.get("service"), "service '" + service + "' is not a DNS-1123 label");
            return null;
        }
        String namespace = m.containsKey("namespace") ? t.string(m.get("namespace"), "namespace") : null;
        Map<String, String> labels = m.containsKey("labels") ? t.stringMap(m.get("labels"), "labels") : Map.of();
        List<Integer> ports = new ArrayList<>();
        for (Node port : m.containsKey("ports") ? t.sequence(m.get("ports"), "ports") : List.<Node>of()) {
            Integer n = t.integer(port, "a port of the call");
            if (n != null && (n < 1 || n > 65535)) {
                t.problem(port, "port " + n + " is outside 1-65535");
            } else if (n != null) {
                ports.add(n);
            }
        }
        List<String> evidence = m.containsKey("evidence") ? t.stringList(m.get("evidence"), "evidence") : List.of();
        return service == null && product == null ? null
                : new PublishedCall(service, product, namespace, labels, ports, evidence, YamlTree.line(item));
    }

    /** The problems, each naming the artifact (the file is its path in the local repository). */
    private static InvalidInputException named(ArtifactFile artifact, List<Problem> problems) {
        return new InvalidInputException(problems.stream().map(p -> new Problem(p.file(), p.line(), p.service(),
                "intents of " + artifact.coordinates() + ": " + p.message(), p.level(), p.rule())).toList());
    }
}
