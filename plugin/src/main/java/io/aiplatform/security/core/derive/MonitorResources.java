package io.aiplatform.security.core.derive;

import io.aiplatform.security.core.descriptor.YamlDocuments;
import io.aiplatform.security.core.descriptor.YamlExpansion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The Prometheus Operator resources of the repository's Kubernetes manifests ({@code monitoring.coreos.com/v1}):
 * {@code ServiceMonitor}s and {@code PodMonitor}s, the {@code Prometheus} resources that select them, and the
 * Services and workloads the monitors select. Read as YAML nodes, not flattened: a selector {@code {}} (selects
 * every monitor) differs from an absent one (selects none). The templates of the repository's Helm charts are read as
 * they rendered ({@link ChartTemplate}), each object placed in its template at the line that writes its name
 * ({@link RenderedChart#nameLine}), an endpoint at the template's line that writes its port when only one does, else
 * at its line in the rendered document (as {@link RenderedChart} places settings).
 * Nothing is read when no file or template names the API group. A file that cannot be read or parsed is left out
 * without a word: the deployment scan reports it.
 */
public final class MonitorResources {

    /** A selector: {@code matchLabels}, and whether it also has {@code matchExpressions} (not evaluated). */
    public record Selector(Map<String, String> matchLabels, boolean expressions) {

        public Selector {
            matchLabels = Map.copyOf(matchLabels);
        }

        /** Whether objects with {@code labels} match the {@code matchLabels} ({@code {}} matches all). */
        public boolean matches(Map<String, String> labels) {
            return labels.entrySet().containsAll(matchLabels.entrySet());
        }
    }

    /** An endpoint of a monitor: {@code port} (a Service port's or container port's name), {@code targetPort}. */
    public record Endpoint(int index, String port, String targetPort, int line) {
    }

    /**
     * A {@code ServiceMonitor} or {@code PodMonitor}.
     *
     * @param selector   {@code spec.selector}; null when absent (it selects nothing)
     * @param namespaces {@code spec.namespaceSelector.matchNames}; null without them
     * @param anyNamespace {@code spec.namespaceSelector.any: true}
     */
    public record Monitor(String kind, String name, Path file, int line, Map<String, String> labels, Selector selector,
                          List<String> namespaces, boolean anyNamespace, List<Endpoint> endpoints) {

        public Monitor {
            labels = Map.copyOf(labels);
            namespaces = namespaces == null ? null : List.copyOf(namespaces);
            endpoints = List.copyOf(endpoints);
        }

        public boolean isPodMonitor() {
            return kind.equals("PodMonitor");
        }
    }

    /**
     * A {@code Prometheus} resource: its monitor selectors (null when absent: it selects none of that kind) and the
     * service names that run it, most likely first ({@link OperatorPrometheus#runners}).
     */
    public record Prometheus(String name, Path file, int line, Selector serviceMonitors, Selector podMonitors,
                             List<String> runners) {

        public Prometheus {
            runners = List.copyOf(runners);
        }
    }

    /** A Kubernetes Service: its labels and its ports' numbers by name. */
    public record KubeService(String name, Path file, int line, Map<String, String> labels, Map<String, Integer> ports) {

        public KubeService {
            labels = Map.copyOf(labels);
            ports = Map.copyOf(ports);
        }
    }

    /** A workload's pods: their labels and their containers' port numbers by name. */
    public record Pods(String workload, Path file, int line, Map<String, String> labels, Map<String, Integer> ports) {

        public Pods {
            labels = Map.copyOf(labels);
            ports = Map.copyOf(ports);
        }
    }

    private static final String API_GROUP = "monitoring.coreos.com/";

    private final List<Monitor> monitors = new ArrayList<>();
    private final List<Prometheus> prometheuses = new ArrayList<>();
    private final List<KubeService> services = new ArrayList<>();
    private final List<Pods> pods = new ArrayList<>();
    /** The Prometheus resources as read, runners made once the Services' selectors are known. */
    private final List<Node> prometheusNodes = new ArrayList<>();
    private final List<Path> prometheusFiles = new ArrayList<>();
    private final List<Integer> prometheusLines = new ArrayList<>();
    private final Map<String, Map<String, String>> serviceSelectors = new TreeMap<>();
    /** The line of a field of the object being read: a node's own line, or for a template the line that writes it. */
    private BiFunction<String, Node, Integer> placed = (field, node) -> line(node);
    /** The line of an object's name by its kind: the name's own line, or for a template the line that writes it. */
    private BiFunction<String, Node, Integer> named = (kind, node) -> line(node);

    private MonitorResources() {
    }

    /** The resources of {@code files} (the deployment files, sorted); none when no file names the API group. */
    public static MonitorResources read(List<Path> files) {
        return read(files, List.of());
    }

    /**
     * The resources of {@code files} (the deployment files, sorted) and of the charts' rendered {@code templates};
     * none when neither names the API group.
     */
    public static MonitorResources read(List<Path> files, List<ChartTemplate> templates) {
        MonitorResources r = new MonitorResources();
        List<String> texts = new ArrayList<>();
        boolean any = templates.stream().anyMatch(t -> t.rendered().contains(API_GROUP));
        for (Path file : files) {
            String text = text(file);
            texts.add(text);
            any |= text.contains(API_GROUP);
        }
        if (!any) {
            return r;
        }
        for (int i = 0; i < files.size(); i++) {
            r.readText(files.get(i), texts.get(i));
        }
        for (ChartTemplate t : templates) {
            String written = RenderedChart.templateText(t.template());
            r.placed = (field, node) -> RenderedChart.templateLine(written, field, line(node));
            r.named = (kind, node) -> RenderedChart.nameLine(written, kind, scalarOf(node), line(node));
            r.readText(t.template(), t.rendered());
        }
        for (int i = 0; i < r.prometheusNodes.size(); i++) {
            r.prometheuses.add(r.prometheus(r.prometheusFiles.get(i), r.prometheusNodes.get(i), r.prometheusLines.get(i)));
        }
        return r;
    }

    public List<Monitor> monitors() {
        return monitors;
    }

    public List<Prometheus> prometheuses() {
        return prometheuses;
    }

    public List<KubeService> services() {
        return services;
    }

    public List<Pods> pods() {
        return pods;
    }

    private static String text(Path file) {
        try {
            return Files.size(file) > ConfigFiles.MAX_FILE_BYTES ? ""
                    : new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException | UncheckedIOException e) {
            return "";
        }
    }

    private void readText(Path file, String text) {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(YamlExpansion.MAX_ALIASED_NODES);
        options.setNestingDepthLimit(50);
        options.setCodePointLimit(4 * 1024 * 1024);
        options.setAllowDuplicateKeys(true);
        if (text.isEmpty() || YamlExpansion.check(text, options).isPresent()) {
            return;
        }
        try {
            for (Node root : YamlDocuments.compose(text, options)) {
                object(file, root);
            }
        } catch (YAMLException e) {
            // what was read before the error counts, as for the other deployment readers
        }
    }

    private void object(Path file, Node root) {
        String api = scalar(root, "apiVersion");
        String kind = scalar(root, "kind");
        String name = scalar(root, "metadata", "name");
        if (kind == null || name == null) {
            return;
        }
        int line = named.apply(kind, get(root, "metadata", "name"));
        boolean operator = api != null && api.startsWith(API_GROUP);
        switch (kind) {
            case "ServiceMonitor", "PodMonitor" -> {
                if (operator) {
                    monitors.add(monitor(file, root, kind, name, line));
                }
            }
            case "Prometheus" -> {
                if (operator) {
                    prometheusNodes.add(root);
                    prometheusFiles.add(file);
                    prometheusLines.add(line);
                }
            }
            case "Service" -> {
                services.add(new KubeService(name, file, line, strings(get(root, "metadata", "labels")),
                        ports(get(root, "spec", "ports"), "port")));
                serviceSelectors.putIfAbsent(name, strings(get(root, "spec", "selector")));
            }
            case "Deployment", "StatefulSet", "DaemonSet" -> pods.add(new Pods(name, file, line,
                    strings(get(root, "spec", "template", "metadata", "labels")), containerPorts(root)));
            default -> { }
        }
    }

    private Monitor monitor(Path file, Node root, String kind, String name, int line) {
        Node spec = get(root, "spec");
        Node namespaces = get(spec, "namespaceSelector");
        List<String> names = null;
        if (get(namespaces, "matchNames") instanceof SequenceNode seq) {
            names = seq.getValue().stream().map(MonitorResources::scalarOf).filter(v -> v != null).toList();
        }
        List<Endpoint> endpoints = new ArrayList<>();
        String list = kind.equals("PodMonitor") ? "podMetricsEndpoints" : "endpoints";
        if (get(spec, list) instanceof SequenceNode seq) {
            for (int i = 0; i < seq.getValue().size(); i++) {
                Node e = seq.getValue().get(i);
                endpoints.add(new Endpoint(i, scalar(e, "port"), scalar(e, "targetPort"), placed.apply("port", e)));
            }
        }
        return new Monitor(kind, name, file, line, strings(get(root, "metadata", "labels")),
                selector(get(spec, "selector")), names, "true".equals(scalar(namespaces, "any")), endpoints);
    }

    private Prometheus prometheus(Path file, Node root, int line) {
        String name = scalar(root, "metadata", "name");
        Map<String, String> labels = strings(get(root, "spec", "podMetadata", "labels"));
        List<String> runners = OperatorPrometheus.running(name, labels).runners(serviceSelectors);
        return new Prometheus(name, file, line,
                selector(get(root, "spec", "serviceMonitorSelector")), selector(get(root, "spec", "podMonitorSelector")),
                runners);
    }

    /** A label selector node: null when absent (or not a mapping). */
    private static Selector selector(Node node) {
        if (!(node instanceof MappingNode)) {
            return null;
        }
        return new Selector(strings(get(node, "matchLabels")), get(node, "matchExpressions") != null);
    }

    /** The containers' (and init containers') port numbers by name. */
    private static Map<String, Integer> containerPorts(Node root) {
        Map<String, Integer> found = new TreeMap<>();
        for (String list : List.of("containers", "initContainers")) {
            if (get(root, "spec", "template", "spec", list) instanceof SequenceNode containers) {
                containers.getValue().forEach(c -> ports(get(c, "ports"), "containerPort").forEach(found::putIfAbsent));
            }
        }
        return found;
    }

    /** The port numbers ({@code numberKey}) of a list of ports, by name. */
    private static Map<String, Integer> ports(Node node, String numberKey) {
        Map<String, Integer> found = new TreeMap<>();
        if (node instanceof SequenceNode seq) {
            for (Node p : seq.getValue()) {
                String name = scalar(p, "name");
                String number = scalar(p, numberKey);
                if (name != null && number != null && number.strip().matches("[1-9][0-9]{0,4}")) {
                    found.putIfAbsent(name, Integer.valueOf(number.strip()));
                }
            }
        }
        return found;
    }

    /** A mapping of scalars, in order. */
    private static Map<String, String> strings(Node node) {
        Map<String, String> found = new LinkedHashMap<>();
        if (node instanceof MappingNode mapping) {
            for (NodeTuple t : mapping.getValue()) {
                String k = scalarOf(t.getKeyNode());
                String v = scalarOf(t.getValueNode());
                if (k != null && v != null) {
                    found.put(k, v);
                }
            }
        }
        return found;
    }

    private static Node get(Node node, String... path) {
        Node at = node;
        for (String key : path) {
            if (!(at instanceof MappingNode mapping)) {
                return null;
            }
            at = mapping.getValue().stream().filter(t -> key.equals(scalarOf(t.getKeyNode())))
                    .map(NodeTuple::getValueNode).reduce((first, second) -> second).orElse(null);
        }
        return at;
    }

    private static String scalar(Node node, String... path) {
        return scalarOf(get(node, path));
    }

    private static String scalarOf(Node node) {
        return node instanceof ScalarNode s ? s.getValue() : null;
    }

    private static int line(Node node) {
        return node == null || node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
    }
}
