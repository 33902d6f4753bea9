package io.aiplatform.security.core.descriptor;

import io.aiplatform.security.core.support.YamlLines;
import io.aiplatform.security.core.support.SuppressAnnotation;
import io.aiplatform.security.core.support.Protocols;
import io.aiplatform.security.core.support.InvalidInputException;
import io.aiplatform.security.core.support.Names;
import io.aiplatform.security.core.support.Problem;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads {@code service.yaml} descriptors. SnakeYAML only composes a node tree (no object is ever
 * constructed from tags), with duplicate keys refused, aliases bounded by what they expand to
 * ({@link YamlExpansion}) and the document size capped, so a descriptor can neither run code nor blow
 * up memory or time.
 */
public final class DescriptorParser {

    /** Largest accepted descriptor, in code points. */
    public static final int MAX_CODE_POINTS = 256 * 1024;

    static final Set<String> TOP_LEVEL = Set.of("name", "role", "ports", "labels", "provides", "calls", "ingress",
            "egress", "secrets", "configMaps", "kubernetesApi", "serviceAccountAnnotations",
            "automountServiceAccountToken", "exclude", "scrapes", "suppress", "peers");
    private static final Set<String> EXCLUDE_KEYS = Set.of("client", "host", "service", "reason");
    private static final Set<String> SCRAPE_KEYS = Set.of("service", "role", "port");
    private static final Set<String> PORT_KEYS = Set.of("name", "port", "protocol");
    private static final Set<String> PROVIDES_KEYS = Set.of("product", "port", "clients");
    private static final Set<String> CALL_KEYS = Set.of("service", "port", "namespace", "labels");
    private static final Set<String> FROM_KEYS = Set.of("service", "port", "namespace", "labels");
    private static final Set<String> INGRESS_KEYS = Set.of("external", "fromNamespaces", "fromCidrs", "from", "ports");
    private static final Set<String> EGRESS_KEYS = Set.of("cidr", "except", "ports");
    private static final Set<String> ACCESS_KEYS = Set.of("name", "watch", "immutable");
    private static final Set<String> API_KEYS = Set.of("apiGroup", "resources", "verbs", "resourceNames", "scope");
    /** Verbs a descriptor may ask for; wildcards and escalation verbs are not among them. */
    public static final Set<String> VERBS = Set.of("get", "list", "watch", "create", "update", "patch", "delete");
    private static final Pattern PORT_NAME = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?");
    private static final Pattern COORDINATES = Pattern.compile("[A-Za-z0-9_.\\-]+:[A-Za-z0-9_.\\-]+");
    private static final Pattern PRODUCT = Pattern.compile("[a-z0-9][a-z0-9.\\-]*");
    private static final Pattern HAS_LETTER = Pattern.compile(".*[a-z].*");
    private static final Pattern LABEL_KEY = Pattern.compile(
            "([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?");
    private static final Pattern LABEL_VALUE = Pattern.compile("([A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?)?");

    /** Parses the descriptor at {@code file}. An empty file is a descriptor with every default. */
    public ServiceDescriptor parse(Path file) throws InvalidInputException {
        byte[] bytes = read(file, "the descriptor", MAX_CODE_POINTS, " or remove it if the module is no service",
                "a service descriptor is a few dozen lines");
        return parse(file, bytes);
    }

    /** Where a platform's root project lists services that have no module of their own. */
    public static final String PLATFORM_FILE = "src/main/ai-security/platform.yaml";
    private static final Set<String> PLATFORM_KEYS = Set.of("services");

    /**
     * Reads a platform file: {@code services:}, a list of descriptors of infrastructure that has no
     * Maven module (a database or broker image). Each entry takes every field of a descriptor and
     * must give its {@code name}.
     */
    public List<ServiceDescriptor> parsePlatform(Path file) throws InvalidInputException {
        byte[] bytes = read(file, "the platform file", 4 * MAX_CODE_POINTS, "", "list a few dozen services");
        String text = decodeUtf8(file, bytes);
        Node root = compose(file, text, 4 * MAX_CODE_POINTS);
        List<Problem> problems = new ArrayList<>();
        YamlTree t = new YamlTree(file, problems);
        List<ServiceDescriptor> result = new ArrayList<>();
        if (root != null && !(root instanceof ScalarNode s
                && s.getTag().equals(Tag.NULL))) {
            Map<String, Node> top = t.mapping(root, "the platform file", PLATFORM_KEYS);
            Set<String> names = new LinkedHashSet<>();
            if (top.containsKey("services")) {
                for (Node item : t.sequence(top.get("services"), "services")) {
                    if (PlatformIntentsEntry.is(item, t)) {
                        continue; // a service published by another repository: read by PlatformIntentsEntry
                    }
                    ServiceDescriptor d = read(file, item, t);
                    if (d.name() == null) {
                        t.problem(item, "an entry of services has no 'name'; a service of the platform file has no"
                                + " module to take its name from");
                    } else if (!names.add(d.name())) {
                        t.problem(item, "service '" + d.name() + "' is listed twice; keep one entry");
                    } else {
                        result.add(d.withNameLine(d.nameLine() > 0 ? d.nameLine() : YamlTree.line(item)));
                    }
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return result;
    }

    /**
     * The one YAML document of {@code file} (null when empty), composed with the descriptor's safe options and
     * limits; {@code what} names the file in messages ("the intents file").
     */
    public static Node composeFile(Path file, String what, int maxCodePoints) throws InvalidInputException {
        byte[] bytes = read(file, what, maxCodePoints, "", "it lists a few dozen services");
        return compose(file, decodeUtf8(file, bytes), maxCodePoints);
    }

    /** An entry shaped like a descriptor (a service of another file), read into {@code t}'s problems. */
    public ServiceDescriptor readEntry(Path file, Node entry, YamlTree t) {
        return read(file, entry, t);
    }

    /**
     * The bytes of {@code file}, refused with a message naming {@code what} when it is no regular file,
     * larger than {@code maxCodePoints} characters can be (UTF-8 takes at most 4 bytes a character, so
     * this is known before reading), or unreadable.
     */
    private static byte[] read(Path file, String what, int maxCodePoints, String notAFileHint, String sizeHint)
            throws InvalidInputException {
        String notAFile = notARegularFile(file);
        if (notAFile != null) {
            throw new InvalidInputException(Problem.at(file, 0, what + " is " + notAFile + "; make "
                    + file.getFileName() + " a regular file" + (notAFileHint.isEmpty() ? "" : "," + notAFileHint)));
        }
        try {
            long size = Files.size(file);
            if (size > 4L * maxCodePoints) {
                throw new InvalidInputException(Problem.at(file, 0, what + " is " + size + " bytes, larger than "
                        + maxCodePoints + " characters can be; " + sizeHint));
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InvalidInputException(Problem.at(file, 0, "cannot read " + what + " ("
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")"));
        }
    }

    /** What the path is when it is not a regular file (read through links), or null when it is one. */
    static String notARegularFile(Path file) {
        try {
            if (Files.readAttributes(file, BasicFileAttributes.class).isRegularFile()) {
                return null; // the usual case, told by one look-up (through a link, as below)
            }
        } catch (IOException e) {
            // missing, or a link to nothing: told below
        }
        if (Files.isSymbolicLink(file) && !Files.exists(file)) {
            return "a link to nothing (a dangling symbolic link)";
        }
        if (Files.isDirectory(file)) {
            return "a directory";
        }
        if (!Files.exists(file)) {
            return "missing";
        }
        if (!Files.isRegularFile(file)) {
            return "not a regular file (a FIFO, socket or device" + (Files.isSymbolicLink(file) ? ", through a link" : "")
                    + "), which cannot be read as a descriptor";
        }
        return null;
    }

    ServiceDescriptor parse(Path file, byte[] bytes) throws InvalidInputException {
        String text = decodeUtf8(file, bytes);
        if (text.codePointCount(0, text.length()) > MAX_CODE_POINTS) {
            throw new InvalidInputException(Problem.at(file, 0, "the descriptor is larger than "
                    + MAX_CODE_POINTS + " characters; a service descriptor is a few dozen lines"));
        }
        Node root = compose(file, text, MAX_CODE_POINTS);
        if (root == null) {
            return ServiceDescriptor.empty(file);
        }
        List<Problem> problems = new ArrayList<>();
        ServiceDescriptor descriptor = read(file, root, new YamlTree(file, problems));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return descriptor;
    }

    private static String decodeUtf8(Path file, byte[] bytes) throws InvalidInputException {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            int line = 1;
            int offset = firstInvalidUtf8Offset(bytes);
            for (int i = 0; i < offset && i < bytes.length; i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            throw new InvalidInputException(Problem.at(file, line, "the descriptor is not valid UTF-8 (byte offset "
                    + offset + "); save the file as UTF-8"));
        }
    }

    private static int firstInvalidUtf8Offset(byte[] bytes) {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        var out = CharBuffer.allocate(bytes.length + 1);
        var result = decoder.decode(in, out, true);
        return result.isError() ? in.position() : bytes.length;
    }

    private static final int NESTING_LIMIT = 20;

    private static Node compose(Path file, String text, int codePointLimit) throws InvalidInputException {
        LoaderOptions options = new LoaderOptions();
        // bounded by what the aliases expand to (checked first), not by their number
        options.setMaxAliasesForCollections(YamlExpansion.MAX_ALIASED_NODES);
        options.setAllowRecursiveKeys(false);
        options.setNestingDepthLimit(NESTING_LIMIT);
        options.setCodePointLimit(codePointLimit);
        options.setProcessComments(false);
        Optional<YamlExpansion.Excess> excess = YamlExpansion.check(text, options);
        if (excess.isPresent()) {
            throw new InvalidInputException(Problem.at(file, excess.get().line(), excess.get().problem()
                    + "; write the values out instead of aliasing them"));
        }
        try {
            List<Node> documents = new ArrayList<>();
            for (Node node : YamlDocuments.compose(text, options)) {
                documents.add(node);
            }
            if (documents.size() > 1) {
                throw new InvalidInputException(Problem.at(file, YamlTree.line(documents.get(1)),
                        "the descriptor holds " + documents.size() + " YAML documents; keep exactly one"));
            }
            return documents.isEmpty() ? null : documents.get(0);
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String detail = e.getProblem() != null ? e.getProblem() : e.getMessage();
            if (detail != null && detail.contains("tag is not allowed")) {
                detail = "YAML tags (!!type) are not allowed in a descriptor; write plain values";
            }
            throw new InvalidInputException(Problem.at(file, mark == null ? 0 : mark.getLine() + 1,
                    "malformed YAML: " + firstLine(detail)));
        } catch (YAMLException e) {
            String msg = String.valueOf(e.getMessage());
            if (msg.contains("Nesting Depth")) {
                throw new InvalidInputException(Problem.at(file, YamlLines.deepLine(text, NESTING_LIMIT), "the descriptor nests"
                        + " more than " + NESTING_LIMIT + " levels deep; a service descriptor needs a few"));
            }
            throw new InvalidInputException(Problem.at(file, 0, "malformed YAML: " + firstLine(msg)));
        }
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).trim();
    }

    private ServiceDescriptor read(Path file, Node root, YamlTree t) {
        if (root instanceof ScalarNode s && s.getTag().equals(Tag.NULL)) {
            return ServiceDescriptor.empty(file);
        }
        Map<String, Node> top = t.mapping(root, "the descriptor", TOP_LEVEL);
        String name = null;
        if (top.containsKey("name")) {
            name = t.string(top.get("name"), "name");
            if (name != null && !Names.isDns1123Label(name)) {
                t.problem(top.get("name"), "name '" + name + "' is not a DNS-1123 label (at most 63 lower-case letters,"
                        + " digits or '-', starting and ending with a letter or digit); try '" + suggestLabel(name) + "'");
            }
        }
        ServiceRole role = null;
        if (top.containsKey("role")) {
            String r = t.string(top.get("role"), "role");
            if (r != null) {
                if (ServiceRole.ids().contains(r)) {
                    role = ServiceRole.fromId(r);
                } else {
                    t.problem(top.get("role"), "unknown role '" + r + "'" + Names.didYouMean(r, ServiceRole.ids())
                            + "; use one of " + String.join(", ", ServiceRole.ids()));
                }
            }
        }
        List<PortSpec> ports = top.containsKey("ports") ? ports(top.get("ports"), t, "ports", true) : List.of();
        Map<String, String> labels = null;
        if (top.containsKey("labels")) {
            labels = t.stringMap(top.get("labels"), "labels");
            boolean written = top.get("labels") instanceof MappingNode mapping
                    && !mapping.getValue().isEmpty();
            if (labels.isEmpty() && !written) {
                t.problem(top.get("labels"), "labels is empty; a service needs at least one label to select its pods");
            }
            checkLabels(top.get("labels"), labels, t);
        }
        List<ProvidedProduct> provides = top.containsKey("provides") ? provides(top.get("provides"), t) : List.of();
        List<CallSpec> calls = top.containsKey("calls") ? calls(top.get("calls"), t) : List.of();
        IngressSpec ingress = top.containsKey("ingress") ? ingress(top.get("ingress"), t) : IngressSpec.NONE;
        List<EgressSpec> egress = top.containsKey("egress") ? egress(top.get("egress"), t) : List.of();
        List<ObjectAccess> secrets = top.containsKey("secrets") ? access(top.get("secrets"), t, "secrets") : List.of();
        List<ObjectAccess> configMaps = top.containsKey("configMaps")
                ? access(top.get("configMaps"), t, "configMaps") : List.of();
        List<ApiAccess> api = top.containsKey("kubernetesApi") ? api(top.get("kubernetesApi"), t) : List.of();
        Map<String, String> annotations = top.containsKey("serviceAccountAnnotations")
                ? t.stringMap(top.get("serviceAccountAnnotations"), "serviceAccountAnnotations") : Map.of();
        Boolean automount = top.containsKey("automountServiceAccountToken")
                ? t.bool(top.get("automountServiceAccountToken"), "automountServiceAccountToken") : null;
        List<ExclusionSpec> exclude = top.containsKey("exclude") ? exclude(top.get("exclude"), t) : List.of();
        List<ScrapeSpec> scrapes = top.containsKey("scrapes") ? scrapes(top.get("scrapes"), t) : List.of();
        Map<String, String> suppress = top.containsKey("suppress") ? suppress(top.get("suppress"), t) : Map.of();
        return new ServiceDescriptor(file, name, role, ports, labels, provides, calls, ingress, egress, secrets,
                configMaps, api, annotations, automount, exclude, scrapes, suppress,
                top.containsKey("name") ? YamlTree.line(top.get("name")) : 0,
                top.containsKey("peers") ? peers(top.get("peers"), t) : List.of());
    }

    /** The ports replicas of the service use to reach each other, by name or number. */
    private static List<PortRef> peers(Node node, YamlTree t) {
        List<PortRef> result = new ArrayList<>();
        for (Node item : t.sequence(node, "peers")) {
            PortRef ref = t.portRef(item, "an entry of peers");
            if (ref != null) {
                result.add(ref);
            }
        }
        return result;
    }

    /** Rule id → reason; the reason is required, as on the annotation it becomes. */
    private static Map<String, String> suppress(Node node, YamlTree t) {
        Map<String, String> reasons = t.stringMap(node, "suppress");
        for (Map.Entry<String, String> e : reasons.entrySet()) {
            if (!SuppressAnnotation.RULE_ID.matcher(e.getKey()).matches()) {
                t.problem(node, "suppress names '" + e.getKey() + "', which is not a rule id such as RBAC-WORKLOAD-CREATE");
            } else if (e.getValue() == null || e.getValue().isBlank()) {
                t.problem(node, "suppress " + e.getKey() + " has no reason; write why the rule does not apply,"
                        + " e.g. 'suppress: {" + e.getKey() + ": launches the training Jobs}'");
            } else if (e.getValue().contains(";")) {
                t.problem(node, "the reason for " + e.getKey() + " contains ';', which separates suppressions; rephrase it");
            }
        }
        return reasons;
    }

    private List<ExclusionSpec> exclude(Node node, YamlTree t) {
        List<ExclusionSpec> result = new ArrayList<>();
        for (Node item : t.sequence(node, "exclude")) {
            Map<String, Node> m = t.mapping(item, "an entry of exclude", EXCLUDE_KEYS);
            String client = m.containsKey("client") ? t.string(m.get("client"), "client") : null;
            String host = m.containsKey("host") ? t.string(m.get("host"), "host") : null;
            String service = m.containsKey("service") ? t.string(m.get("service"), "service") : null;
            String reason = m.containsKey("reason") ? t.string(m.get("reason"), "reason") : null;
            long named = Stream.of("client", "host", "service").filter(m::containsKey).count();
            if (named != 1) {
                t.problem(item, "an entry of exclude names exactly one of 'client' (groupId:artifactId or a product"
                        + " name), 'host' (a host the configuration or code names) or 'service' (a derived callee)");
            }
            String what = client != null ? client : host != null ? host : service;
            if ((reason == null || reason.isBlank()) && !m.containsKey("reason")) {
                t.problem(item, "exclude of '" + what + "' has no 'reason'; say why the service does not call it");
            } else if (reason != null && reason.isBlank()) {
                t.problem(item, "exclude of '" + what + "' has an empty reason; say why the service does not call it");
            }
            if (named == 1 && what != null && reason != null && !reason.isBlank()) {
                result.add(new ExclusionSpec(client, host, service, reason, YamlTree.line(item)));
            }
        }
        return result;
    }

    private List<ScrapeSpec> scrapes(Node node, YamlTree t) {
        List<ScrapeSpec> result = new ArrayList<>();
        for (Node item : t.sequence(node, "scrapes")) {
            if (t.isScalar(item)) {
                String service = t.string(item, "an entry of scrapes");
                if (service != null) {
                    result.add(new ScrapeSpec(service, null, null, YamlTree.line(item)));
                }
                continue;
            }
            Map<String, Node> m = t.mapping(item, "an entry of scrapes", SCRAPE_KEYS);
            String service = m.containsKey("service") ? t.string(m.get("service"), "service") : null;
            String role = m.containsKey("role") ? t.string(m.get("role"), "role") : null;
            if ((service == null) == (role == null)) {
                t.problem(item, "an entry of scrapes names either a 'service' or a 'role'");
                continue;
            }
            if (role != null && !ServiceRole.ids().contains(role)) {
                t.problem(m.get("role"), "unknown role '" + role + "'" + Names.didYouMean(role, ServiceRole.ids()));
                continue;
            }
            PortRef port = m.containsKey("port") ? t.portRef(m.get("port"), "port") : null;
            result.add(new ScrapeSpec(service, role, port, YamlTree.line(item)));
        }
        return result;
    }

    static String suggestLabel(String name) {
        String s = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]+", "-").replaceAll("^-+|-+$", "");
        if (s.length() > 63) {
            s = s.substring(0, 63).replaceAll("-+$", "");
        }
        return s.isEmpty() ? "my-service" : s;
    }

    private static void checkLabels(Node node, Map<String, String> labels, YamlTree t) {
        Pattern key = LABEL_KEY;
        Pattern value = LABEL_VALUE;
        labels.forEach((k, v) -> {
            if (!key.matcher(k).matches()) {
                t.problem(node, "label key '" + k + "' is not a valid Kubernetes label key");
            }
            if (!value.matcher(v).matches()) {
                t.problem(node, "label '" + k + "' has value '" + v + "', which is not a valid Kubernetes label value"
                        + " (at most 63 letters, digits, '-', '_' or '.', alphanumeric at both ends)");
            }
        });
    }

    private List<PortSpec> ports(Node node, YamlTree t, String what, boolean requireUniqueNames) {
        List<PortSpec> result = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        Set<String> numbers = new LinkedHashSet<>();
        for (Node item : t.sequence(node, what)) {
            if (t.isScalar(item)) { // shorthand: [443] is [{port: 443}]
                Integer port = t.integer(item, "port");
                if (port != null && (port < 1 || port > 65535)) {
                    t.problem(item, "port " + port + " is outside 1-65535");
                } else if (port != null && !numbers.add(port + "/TCP")) {
                    t.problem(item, "port " + port + "/TCP is listed twice");
                } else if (port != null) {
                    result.add(new PortSpec(null, port, "TCP"));
                }
                continue;
            }
            Map<String, Node> m = t.mapping(item, "an entry of " + what, PORT_KEYS);
            if (!m.containsKey("port")) {
                t.problem(item, "an entry of " + what + " has no 'port'; give the port number (1-65535)");
                continue;
            }
            Integer port = t.integer(m.get("port"), "port");
            if (port == null) {
                continue;
            }
            if (port < 1 || port > 65535) {
                t.problem(m.get("port"), "port " + port + " is outside 1-65535");
                continue;
            }
            String name = m.containsKey("name") ? t.string(m.get("name"), "port name") : null;
            if (name != null && (name.length() > 15 || !PORT_NAME.matcher(name).matches()
                    || !HAS_LETTER.matcher(name).matches())) {
                t.problem(m.get("name"), "port name '" + name + "' is not a valid Kubernetes port name"
                        + " (at most 15 lower-case letters, digits or '-', with at least one letter)");
            }
            String protocol = "TCP";
            if (m.containsKey("protocol")) {
                String p = t.string(m.get("protocol"), "protocol");
                if (p != null && !Protocols.isValid(p)) {
                    t.problem(m.get("protocol"), "protocol '" + p + "' is not TCP, UDP or SCTP");
                } else if (p != null) {
                    protocol = p;
                }
            }
            if (requireUniqueNames && name != null && !names.add(name)) {
                t.problem(m.get("name"), "port name '" + name + "' is used twice");
            }
            if (!numbers.add(port + "/" + protocol)) {
                t.problem(m.get("port"), "port " + port + "/" + protocol + " is listed twice");
            }
            result.add(new PortSpec(name, port, protocol));
        }
        return result;
    }

    private List<ProvidedProduct> provides(Node node, YamlTree t) {
        List<ProvidedProduct> result = new ArrayList<>();
        for (Node item : t.sequence(node, "provides")) {
            String product;
            PortRef port = null;
            List<String> clients = List.of();
            if (t.isScalar(item)) {
                product = t.string(item, "an entry of provides");
            } else {
                Map<String, Node> m = t.mapping(item, "an entry of provides", PROVIDES_KEYS);
                if (!m.containsKey("product")) {
                    t.problem(item, "an entry of provides has no 'product' (e.g. postgresql, redis, qdrant)");
                    continue;
                }
                product = t.string(m.get("product"), "product");
                if (m.containsKey("port")) {
                    port = t.portRef(m.get("port"), "port");
                }
                if (m.containsKey("clients")) {
                    clients = t.stringList(m.get("clients"), "clients");
                    for (String c : clients) {
                        if (!COORDINATES.matcher(c).matches()) {
                            t.problem(m.get("clients"), "client '" + c + "' is not groupId:artifactId");
                        }
                    }
                }
            }
            if (product == null) {
                continue;
            }
            if (!PRODUCT.matcher(product).matches()) {
                t.problem(item, "product '" + product + "' must be lower-case letters, digits, '.' or '-'");
                continue;
            }
            result.add(new ProvidedProduct(product, port, clients, YamlTree.line(item)));
        }
        return result;
    }

    private List<CallSpec> calls(Node node, YamlTree t) {
        List<CallSpec> result = new ArrayList<>();
        for (Node item : t.sequence(node, "calls")) {
            String service;
            PortRef port = null;
            if (t.isScalar(item)) {
                service = t.string(item, "an entry of calls");
            } else {
                Map<String, Node> m = t.mapping(item, "an entry of calls", CALL_KEYS);
                if (!m.containsKey("service") && !m.containsKey("namespace")) {
                    t.problem(item, "an entry of calls has no 'service'; name the service that is called");
                    continue;
                }
                if (m.containsKey("namespace")) {
                    OutsidePeer outside = outsidePeer(item, m, t, "an entry of calls");
                    if (outside != null) {
                        result.add(new CallSpec(outside.service(), outside.port(), outside.line(), outside));
                    }
                    continue;
                }
                if (m.containsKey("labels")) {
                    t.problem(m.get("labels"), "labels in calls name pods of another namespace; add 'namespace:', or"
                            + " name a service of the platform with 'service:' alone");
                }
                service = t.string(m.get("service"), "service");
                if (m.containsKey("port")) {
                    port = t.portRef(m.get("port"), "port");
                }
            }
            if (service != null) {
                result.add(new CallSpec(service, port, YamlTree.line(item)));
            }
        }
        return result;
    }

    /** True when {@code cidr} is an IPv4 or IPv6 CIDR block; else a problem at {@code node} saying why. */
    private static boolean checkCidr(Node node, String cidr, String what, YamlTree t) {
        try {
            Cidr.parse(cidr);
            return true;
        } catch (IllegalArgumentException e) {
            t.problem(node, what + " '" + cidr + "' is not a CIDR block (" + e.getMessage() + "); write address/prefix,"
                    + " e.g. 203.0.113.0/24 or 2001:db8::/32");
            return false;
        }
    }

    private IngressSpec ingress(Node node, YamlTree t) {
        Map<String, Node> m = t.mapping(node, "ingress", INGRESS_KEYS);
        boolean external = m.containsKey("external") && Boolean.TRUE.equals(t.bool(m.get("external"), "ingress.external"));
        Map<String, String> namespaces = m.containsKey("fromNamespaces")
                ? t.stringMap(m.get("fromNamespaces"), "ingress.fromNamespaces") : Map.of();
        List<String> cidrs = m.containsKey("fromCidrs") ? t.stringList(m.get("fromCidrs"), "ingress.fromCidrs") : List.of();
        for (String c : cidrs) {
            checkCidr(m.get("fromCidrs"), c, "ingress.fromCidrs", t);
        }
        List<NamedRef> from = new ArrayList<>();
        List<OutsidePeer> fromOutside = new ArrayList<>();
        if (m.containsKey("from")) {
            for (Node item : t.sequence(m.get("from"), "ingress.from")) {
                if (!t.isScalar(item)) {
                    Map<String, Node> entry = t.mapping(item, "an entry of ingress.from", FROM_KEYS);
                    if (entry.containsKey("namespace")) {
                        OutsidePeer outside = outsidePeer(item, entry, t, "an entry of ingress.from");
                        if (outside != null) {
                            fromOutside.add(outside);
                        }
                    } else if (!entry.isEmpty()) {
                        t.problem(item, "an entry of ingress.from is a service name, or pods of another namespace"
                                + " ({namespace: monitoring, labels: {...}}); this one has no 'namespace'");
                    }
                    continue;
                }
                String s = t.string(item, "an entry of ingress.from");
                if (s != null) {
                    from.add(new NamedRef(s, YamlTree.line(item)));
                }
            }
        }
        if (!external && (!namespaces.isEmpty() || !cidrs.isEmpty() || m.containsKey("ports"))) {
            t.problem(node, "ingress.fromNamespaces, ingress.fromCidrs and ingress.ports apply only with 'external: true'");
        }
        List<PortRef> published = new ArrayList<>();
        if (m.containsKey("ports")) {
            for (Node item : t.sequence(m.get("ports"), "ingress.ports")) {
                PortRef ref = t.portRef(item, "an entry of ingress.ports");
                if (ref != null) {
                    published.add(ref);
                }
            }
        }
        return new IngressSpec(external, namespaces, cidrs, from, published, fromOutside);
    }

    /**
     * Pods of another namespace: {@code namespace} with the Service's name, its pods' labels or both.
     * A call needs the port number (the other namespace's ports are not declared here); a caller may
     * name one of the service's own ports.
     */
    private OutsidePeer outsidePeer(Node item, Map<String, Node> m, YamlTree t, String what) {
        boolean call = what.contains("calls");
        String namespace = t.string(m.get("namespace"), "namespace");
        if (namespace == null) {
            return null;
        }
        if (!Names.isDns1123Label(namespace)) {
            t.problem(m.get("namespace"), "namespace '" + namespace + "' is not a DNS-1123 label");
            return null;
        }
        String service = m.containsKey("service") ? t.string(m.get("service"), "service") : null;
        if (service != null && !Names.isDns1123Label(service)) {
            t.problem(m.get("service"), "service '" + service + "' is not a DNS-1123 label (a Service name)");
            return null;
        }
        Map<String, String> labels = Map.of();
        if (m.containsKey("labels")) {
            labels = t.stringMap(m.get("labels"), "labels");
            checkLabels(m.get("labels"), labels, t);
        }
        if (call && service == null && labels.isEmpty()) {
            t.problem(item, what + " in namespace " + namespace + " names neither 'service' nor 'labels'; name the"
                    + " Service, and give its selector as labels to admit only its pods");
            return null;
        }
        PortRef port = m.containsKey("port") ? t.portRef(m.get("port"), "port") : null;
        if (call && port == null && !m.containsKey("port")) {
            t.problem(item, what + " in namespace " + namespace + " has no 'port'; give the port number it is called on"
                    + " (the ports of another namespace's services are not declared here)");
            return null;
        }
        if (call && port != null && port.number() == null) {
            t.problem(m.get("port"), "port '" + port + "' is a name; a call into namespace " + namespace
                    + " gives the port number");
            return null;
        }
        return port == null && m.containsKey("port") ? null : new OutsidePeer(namespace, service, labels, port,
                YamlTree.line(item));
    }

    private List<EgressSpec> egress(Node node, YamlTree t) {
        List<EgressSpec> result = new ArrayList<>();
        for (Node item : t.sequence(node, "egress")) {
            Map<String, Node> m = t.mapping(item, "an entry of egress", EGRESS_KEYS);
            if (!m.containsKey("cidr")) {
                t.problem(item, "an entry of egress has no 'cidr'; give the destination block, e.g. 0.0.0.0/0");
                continue;
            }
            String cidr = t.string(m.get("cidr"), "cidr");
            if (cidr != null) {
                checkCidr(m.get("cidr"), cidr, "egress cidr", t);
            }
            List<String> except = m.containsKey("except") ? t.stringList(m.get("except"), "except") : List.of();
            for (String e : except) {
                if (checkCidr(m.get("except"), e, "egress except", t) && cidr != null && Cidr.isValid(cidr)
                        && !Cidr.contains(cidr, e)) {
                    t.problem(m.get("except"), "except block " + e + " is not inside " + cidr
                            + (Cidr.parse(cidr).ipv6() == Cidr.parse(e).ipv6() ? "" : " (one is IPv4, the other IPv6)"));
                }
            }
            if (!m.containsKey("ports")) {
                t.problem(item, "an entry of egress has no 'ports'; list the ports allowed to " + cidr
                        + " (an external destination on every port is not allowed)");
                continue;
            }
            List<PortSpec> ports = ports(m.get("ports"), t, "egress ports", false);
            if (cidr != null) {
                result.add(new EgressSpec(cidr, except, ports, YamlTree.line(item)));
            }
        }
        return result;
    }

    private List<ObjectAccess> access(Node node, YamlTree t, String what) {
        List<ObjectAccess> result = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Node item : t.sequence(node, what)) {
            String name;
            boolean watch = false;
            boolean immutable = false;
            if (t.isScalar(item)) {
                name = t.string(item, "an entry of " + what);
            } else {
                Map<String, Node> m = t.mapping(item, "an entry of " + what, ACCESS_KEYS);
                name = m.containsKey("name") ? t.string(m.get("name"), "name") : null;
                if (!m.containsKey("name")) {
                    t.problem(item, "an entry of " + what + " has no 'name'");
                }
                watch = m.containsKey("watch") && Boolean.TRUE.equals(t.bool(m.get("watch"), "watch"));
                immutable = m.containsKey("immutable") && Boolean.TRUE.equals(t.bool(m.get("immutable"), "immutable"));
                if (immutable && watch) {
                    t.problem(item, what + " entry '" + name + "' is immutable and watched; an immutable object never"
                            + " changes, so drop watch");
                }
            }
            if (name == null) {
                continue;
            }
            if (name.contains("*")) {
                t.problem(item, what + " entry '" + name + "' is a wildcard; name each object");
                continue;
            }
            if (!Names.isDns1123Subdomain(name)) {
                t.problem(item, what + " entry '" + name + "' is not a Kubernetes object name (a DNS-1123 subdomain:"
                        + " lower-case letters, digits, '-' and '.', at most 253); write the name of the object");
                continue;
            }
            if (!seen.add(name)) {
                t.problem(item, what + " entry '" + name + "' is listed twice");
                continue;
            }
            result.add(new ObjectAccess(name, watch, YamlTree.line(item), immutable));
        }
        return result;
    }

    private List<ApiAccess> api(Node node, YamlTree t) {
        List<ApiAccess> result = new ArrayList<>();
        for (Node item : t.sequence(node, "kubernetesApi")) {
            Map<String, Node> m = t.mapping(item, "an entry of kubernetesApi", API_KEYS);
            String group = m.containsKey("apiGroup") ? t.string(m.get("apiGroup"), "apiGroup") : "";
            List<String> resources = m.containsKey("resources") ? t.stringList(m.get("resources"), "resources") : List.of();
            List<String> verbs = m.containsKey("verbs") ? t.stringList(m.get("verbs"), "verbs") : List.of();
            List<String> names = m.containsKey("resourceNames")
                    ? t.stringList(m.get("resourceNames"), "resourceNames") : List.of();
            boolean cluster = false;
            if (m.containsKey("scope")) {
                String scope = t.string(m.get("scope"), "scope");
                if ("cluster".equals(scope)) {
                    cluster = true;
                } else if (scope != null && !"namespace".equals(scope)) {
                    t.problem(m.get("scope"), "scope '" + scope + "' is not 'namespace' or 'cluster'");
                }
            }
            if (resources.isEmpty()) {
                t.problem(item, "an entry of kubernetesApi needs 'resources' (e.g. [services, endpoints])");
            }
            if (verbs.isEmpty()) {
                t.problem(item, "an entry of kubernetesApi needs 'verbs' (e.g. [get, list, watch])");
            }
            boolean wildcard = "*".equals(group) || resources.stream().anyMatch(r -> r.contains("*"))
                    || verbs.contains("*") || names.stream().anyMatch(r -> r.contains("*"));
            if (wildcard) {
                t.problem(item, "kubernetesApi may not use '*'; name each apiGroup, resource, verb and name");
            }
            for (String v : verbs) {
                if (!"*".equals(v) && !VERBS.contains(v)) {
                    t.problem(m.get("verbs"), "verb '" + v + "' is not allowed" + Names.didYouMean(v, VERBS)
                            + "; use " + String.join(", ", VERBS.stream().sorted().toList()));
                }
            }
            if (group != null && group.isEmpty() && resources.contains("secrets")
                    && (verbs.contains("list") || verbs.contains("watch"))) {
                t.problem(item, "list or watch on secrets would expose every Secret of the namespace;"
                        + " name the Secrets under 'secrets:' instead");
            }
            if (group != null && !wildcard) {
                result.add(new ApiAccess(group, resources, verbs, names, cluster, YamlTree.line(item)));
            }
        }
        return result;
    }
}
