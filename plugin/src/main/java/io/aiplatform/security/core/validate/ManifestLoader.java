package io.aiplatform.security.core.validate;

import io.aiplatform.security.core.descriptor.YamlDocuments;
import io.aiplatform.security.core.descriptor.YamlExpansion;
import io.aiplatform.security.core.support.FileErrors;
import io.aiplatform.security.core.support.Parallel;
import io.aiplatform.security.core.support.YamlLines;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

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
    /** Read only once built, so shared by the parsing tasks. */
    private final Resolver resolver = new LetterFirstResolver();

    /** @param base folder that file names in findings are relative to, or null for absolute names */
    public ManifestLoader(Path base) {
        this.base = base == null ? null : base.toAbsolutePath().normalize();
    }

    private static LoaderOptions options() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        // bounded by what the aliases expand to (checked before composing), not by their number
        options.setMaxAliasesForCollections(YamlExpansion.MAX_ALIASED_NODES);
        options.setCodePointLimit(64 * 1024 * 1024);
        options.setNestingDepthLimit(100);
        return options;
    }

    public Result load(List<Path> roots) throws IOException {
        List<Path> files = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        for (Path root : roots) {
            if (Files.isDirectory(root)) {
                files.addAll(manifestFiles(root, findings));
            } else if (Files.isRegularFile(root)) {
                files.add(root);
            }
        }
        List<Manifest> manifests = new ArrayList<>();
        for (Result part : readAll(files)) {
            manifests.addAll(part.manifests());
            findings.addAll(part.findings());
        }
        return new Result(manifests, findings, files.size());
    }

    /** The manifest files below {@code root}, sorted; a path that cannot be read is a finding naming it. */
    private List<Path> manifestFiles(Path root, List<Finding> findings) throws IOException {
        List<Path> files = new ArrayList<>();
        Map<Path, Finding> unreadable = new TreeMap<>(); // in path order, whatever the listing order
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes a) {
                if ((a.isRegularFile() || a.isSymbolicLink() && Files.isRegularFile(file)) && isManifest(file)) {
                    files.add(file);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                unreadable.put(file, parseError(display(file), 0, "cannot read this path (" + FileErrors.reason(e)
                        + "), so the manifests in it are not validated"));
                return FileVisitResult.CONTINUE;
            }
        });
        files.sort(null);
        findings.addAll(unreadable.values());
        return files;
    }

    /** Files per parallel task: enough that a task's start-up is small next to its parsing. */
    private static final int FILES_PER_TASK = 64;

    /**
     * Each file parsed on its own (the files are independent), in parallel on the available cores when
     * there are many ({@link Parallel}):
     * the results in the order of {@code files}, so the outcome does not depend on the thread count.
     */
    private List<Result> readAll(List<Path> files) throws IOException {
        int tasks = (files.size() + FILES_PER_TASK - 1) / FILES_PER_TASK;
        try {
            return Parallel.range(tasks, files.size()).mapToObj(t -> {
                List<Manifest> manifests = new ArrayList<>();
                List<Finding> findings = new ArrayList<>();
                // equal strings of the task's files shared (keys, label values and names repeat across
                // thousands of objects); a table per task, as a shared one costs more in contention than it saves
                Map<String, String> strings = new HashMap<>();
                for (Path file : files.subList(t * FILES_PER_TASK, Math.min(files.size(), (t + 1) * FILES_PER_TASK))) {
                    try {
                        read(strings, file, manifests, findings);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
                return new Result(manifests, findings, 0);
            }).toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    static boolean isManifest(Path p) {
        String n = p.getFileName().toString();
        return (n.endsWith(".yaml") || n.endsWith(".yml") || n.endsWith(".json")) && !n.startsWith(".");
    }

    public Path display(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        return base != null && abs.startsWith(base) && !abs.equals(base) ? base.relativize(abs) : abs;
    }

    /** A file larger than this is refused before it is read. */
    static final long MAX_FILE_BYTES = 256L * 1024 * 1024;
    /** An object is at most about 1.5 MiB (etcd's request limit); a document over twice that is refused before parsing. */
    static final int MAX_DOCUMENT_CHARS = 3 * 1024 * 1024;
    /** No single value of an object comes near this; a longer line is refused before parsing. */
    static final int MAX_LINE_CHARS = 1536 * 1024;

    private void read(Map<String, String> strings, Path file, List<Manifest> out, List<Finding> findings)
            throws IOException {
        Path shown = display(file);
        long size = Files.size(file);
        if (size > MAX_FILE_BYTES) {
            findings.add(parseError(shown, 0, "the file is " + size + " bytes, more than the " + MAX_FILE_BYTES
                    + " read for validation; split it into files of whole objects"));
            return;
        }
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8); // refuses malformed UTF-8
        } catch (CharacterCodingException e) {
            findings.add(parseError(shown, invalidUtf8Line(file), "the file is not valid UTF-8; save it as UTF-8"));
            return;
        }
        String tooLarge = tooLarge(text);
        if (tooLarge != null) {
            findings.add(parseError(shown, Integer.parseInt(tooLarge.substring(0, tooLarge.indexOf(' '))),
                    tooLarge.substring(tooLarge.indexOf(' ') + 1)));
            return;
        }
        // a constructor per file: it remembers each document's nodes in tables that only grow
        SafeConstructorBridge constructor = new SafeConstructorBridge(options, strings);
        if (readPlain(shown, text, constructor, out, findings)) {
            return;
        }
        Optional<YamlExpansion.Excess> excess = YamlExpansion.check(text, options);
        if (excess.isPresent()) {
            findings.add(parseError(shown, excess.get().line(), excess.get().problem()
                    + "; write the values out instead of aliasing them"));
            return;
        }
        try {
            for (Node node : YamlDocuments.compose(text, options, resolver)) { // with the letter-first resolver
                // compose gives the line; the document becomes plain maps, lists and scalars
                Object value = PlainTree.build(node, constructor);
                int line = node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
                if (value == null) {
                    continue;
                }
                if (!(value instanceof Map<?, ?> map)) {
                    findings.add(notAnObject(shown, line));
                    continue;
                }
                Map<String, Object> content = content(map);
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
            String message = String.valueOf(e.getMessage());
            int line = message.contains("Nesting Depth") ? YamlLines.deepLine(text, options.getNestingDepthLimit()) : 0;
            findings.add(parseError(shown, line, "malformed YAML: " + firstLine(message)));
        }
    }

    /**
     * The documents built straight from the parser's events ({@link EventTree}); false, with nothing
     * added, when the text needs composing (or holds a list document, whose items get their own lines).
     */
    private boolean readPlain(Path shown, String text, SafeConstructorBridge constructor, List<Manifest> out,
                              List<Finding> findings) {
        List<EventTree.Document> documents = EventTree.documents(text, options, resolver, constructor);
        if (documents == null) {
            return false;
        }
        List<Manifest> manifests = new ArrayList<>(documents.size());
        List<Finding> notObjects = new ArrayList<>();
        for (EventTree.Document document : documents) {
            if (document.value() == null) {
                continue;
            }
            if (!(document.value() instanceof Map<?, ?> map)) {
                notObjects.add(notAnObject(shown, document.line()));
                continue;
            }
            Map<String, Object> content = content(map);
            if (isList(content)) {
                return false;
            }
            manifests.add(new Manifest(shown, document.line(), content));
        }
        out.addAll(manifests);
        findings.addAll(notObjects);
        return true;
    }

    /** A document's mapping as an object's content: keys as strings, in their order. */
    private static Map<String, Object> content(Map<?, ?> map) {
        Map<String, Object> content = new LinkedHashMap<>();
        map.forEach((k, v) -> content.put(String.valueOf(k), v));
        return content;
    }

    private static Finding notAnObject(Path shown, int line) {
        return parseError(shown, line, "a document is not a Kubernetes object (a mapping with apiVersion and kind)");
    }

    /**
     * {@code "<line> <message>"} when a line (a value) or a document is larger than any Kubernetes
     * object can be, found without parsing (a huge scalar costs the YAML parser minutes); else null.
     * A list document ({@code kind: List}, {@code <Kind>List}) may be as large as its file.
     */
    static String tooLarge(String text) {
        int line = 1;
        int documentStart = 1;
        int documentChars = 0;
        int lineStart = 0;
        boolean list = false;
        int nextList = text.indexOf("List");
        while (lineStart <= text.length()) {
            int newline = text.indexOf('\n', lineStart);
            int i = newline < 0 ? text.length() : newline;
            int length = i - lineStart;
            if (length > MAX_LINE_CHARS) {
                return line + " line " + line + " is " + length + " characters long: no value of a Kubernetes"
                        + " object is that large (objects are at most about 1.5 MiB); remove or shorten it";
            }
            if (text.startsWith("---", lineStart)) {
                documentStart = line + 1;
                documentChars = 0;
                list = false;
            } else {
                documentChars += length + 1;
                if (nextList >= 0 && nextList < lineStart) {
                    nextList = text.indexOf("List", lineStart); // each character is searched once
                }
                if (!list && length < 200 && nextList >= 0 && nextList + 4 <= i) {
                    list = text.substring(lineStart, i).matches("\\s*\"?kind\"?\\s*:\\s*\"?[A-Za-z]*List\"?\\s*,?\\s*");
                }
                if (documentChars > MAX_DOCUMENT_CHARS && !list) {
                    return documentStart + " the document starting at line " + documentStart + " is over "
                            + MAX_DOCUMENT_CHARS + " characters: a Kubernetes object is at most about 1.5 MiB; split it";
                }
            }
            line++;
            lineStart = i + 1;
        }
        return null;
    }


    /** The line of the first byte that is not UTF-8, or 0. */
    private static int invalidUtf8Line(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        var decoder = StandardCharsets.UTF_8.newDecoder();
        ByteBuffer in = ByteBuffer.wrap(bytes);
        var result = decoder.decode(in, CharBuffer.allocate(bytes.length + 1), true);
        if (!result.isError()) {
            return 0;
        }
        int line = 1;
        for (int i = 0; i < in.position(); i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
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
        if (node instanceof MappingNode mapping) {
            for (NodeTuple t : mapping.getValue()) {
                if (t.getKeyNode() instanceof ScalarNode key && key.getValue().equals("items")
                        && t.getValueNode() instanceof SequenceNode seq) {
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
     * strings (keys such as {@code apiVersion}, label values, names) are shared through
     * {@code strings} (one table per parsing task), which keeps thousands of parsed manifests small.
     */
    static final class SafeConstructorBridge extends SafeConstructor {
        SafeConstructorBridge(LoaderOptions options, Map<String, String> strings) {
            super(options);
            this.strings = strings;
            this.yamlConstructors.put(Tag.STR, new ConstructYamlStr() {
                @Override
                public Object construct(Node node) {
                    return string((String) super.construct(node));
                }
            });
        }

        private final Map<String, String> strings;

        /** The string, or an equal one met before (short strings only: long ones rarely repeat). */
        String string(String s) {
            if (s.length() > 64) {
                return s;
            }
            String earlier = strings.putIfAbsent(s, s);
            return earlier == null ? s : earlier;
        }

        Object construct(Node node) {
            return constructDocument(node);
        }

        /** A scalar node's value as the safe constructor gives it (by its resolved tag). */
        Object scalar(Node node) {
            return getConstructor(node).construct(node);
        }
    }

    /**
     * Builds a composed document as plain maps, lists and scalars directly, without the safe
     * constructor's per-document bookkeeping (its tables of constructed and recursive objects, two-step
     * construction), which costs as much as parsing on large inputs. Scalars still go through the safe
     * constructor, so their values are exactly its values. A document that needs more than plain
     * building — a merge key, a set or ordered map, a tag of its own, a duplicate key, a recursive alias
     * or a collection as key — is handed to the safe constructor whole, which gives its result or
     * its error.
     */
    static final class PlainTree {
        /** The document needs the safe constructor. */
        private static final class NotPlain extends RuntimeException {
            NotPlain() {
                super(null, null, false, false);
            }
        }

        private static final Object IN_PROGRESS = new Object();
        private final SafeConstructorBridge constructor;
        /** Anchored nodes (an alias is the same node object) and what they became. */
        private final Map<Node, Object> anchored = new IdentityHashMap<>();

        private PlainTree(SafeConstructorBridge constructor) {
            this.constructor = constructor;
        }

        static Object build(Node document, SafeConstructorBridge constructor) {
            try {
                return new PlainTree(constructor).value(document);
            } catch (NotPlain e) {
                return constructor.construct(document);
            }
        }

        private Object value(Node node) {
            if (node.getAnchor() != null) {
                Object done = anchored.get(node);
                if (done == IN_PROGRESS) {
                    throw new NotPlain(); // an alias inside its own anchor: a recursive structure
                }
                if (done != null || anchored.containsKey(node)) {
                    return done;
                }
                anchored.put(node, IN_PROGRESS);
                Object built = build(node);
                anchored.put(node, built);
                return built;
            }
            return build(node);
        }

        private Object build(Node node) {
            if (node instanceof ScalarNode) {
                return constructor.scalar(node);
            }
            if (node instanceof SequenceNode seq) {
                if (!Tag.SEQ.equals(seq.getTag())) {
                    throw new NotPlain();
                }
                List<Object> list = new ArrayList<>(seq.getValue().size());
                for (Node item : seq.getValue()) {
                    list.add(value(item));
                }
                return list;
            }
            MappingNode mapping = (MappingNode) node;
            if (!Tag.MAP.equals(mapping.getTag()) || mapping.isMerged()) {
                throw new NotPlain();
            }
            int entries = mapping.getValue().size();
            Map<Object, Object> map = entries <= SmallMap.MAX_SCANNED ? new SmallMap<>(entries)
                    : new LinkedHashMap<>(entries * 4 / 3 + 1);
            for (NodeTuple t : mapping.getValue()) {
                Node keyNode = t.getKeyNode();
                if (!(keyNode instanceof ScalarNode)
                        || Tag.MERGE.equals(keyNode.getTag())) {
                    throw new NotPlain();
                }
                Object key = value(keyNode);
                if (map.containsKey(key)) {
                    throw new NotPlain(); // the safe constructor reports the duplicate with its lines
                }
                map.put(key, value(t.getValueNode()));
            }
            return map;
        }
    }
}
