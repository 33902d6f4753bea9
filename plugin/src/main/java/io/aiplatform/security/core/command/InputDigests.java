package io.aiplatform.security.core.command;

import io.aiplatform.security.core.convention.OutputFolders;
import io.aiplatform.security.core.descriptor.DescriptorParser;
import io.aiplatform.security.core.graph.DeclaredInputs;
import io.aiplatform.security.core.graph.DerivationProject;
import io.aiplatform.security.core.graph.DerivationSources;
import io.aiplatform.security.core.graph.Module;
import io.aiplatform.security.core.io.RunStamp.Fingerprint;
import io.aiplatform.security.core.support.Parallel;
import io.aiplatform.security.core.validate.schema.SchemaLocations;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What each goal's result depends on, as one SHA-256: the plugin build, every component of the
 * goal's request and of its groups (so that a component added later is never left out) and the
 * bytes of every file the goal reads. Equal digests mean the same work would give the same output (see
 * {@link io.aiplatform.security.core.io.RunStamp}).
 */
public final class InputDigests {

    private InputDigests() {
    }

    /** {@code pluginBuild} identifies the plugin's own code and catalog (e.g. its jar's size and time). */
    public static String generate(GenerateRequest r, String pluginBuild) {
        Fingerprint f = new Fingerprint().add("goal", "generate").add("plugin", pluginBuild);
        GenerateRequest.Derivation d = r.derivation();
        GenerateRequest.Encryption e = r.encryption();
        for (Leaf leaf : leaves(r)) {
            switch (leaf.name()) {
                case "derivation.modules" -> derivation(f, d.project(r.platform() == null ? null
                        : r.platform().namespace()));
                case "derivation.root" -> f.add("root", canonical(d.root()))
                        .tree("platform file", d.root().resolve(DescriptorParser.PLATFORM_FILE));
                // of the environment only the key's variable counts; the key itself only inside this digest
                case "encryption.environment" -> f.add("keyFromEnvironment",
                        e.keyEnv() == null ? null : e.environment().get(e.keyEnv()));
                case "encryption.keyFile" -> f.add("keyFile", e.keyFile()).tree("keyFile", e.keyFile());
                default -> f.add(leaf.name(), canonical(leaf.value()));
            }
        }
        return f.hex();
    }

    /** Every component of the request, and the bytes of the layer, the manifests and the schemas it reads. */
    public static String validate(ValidateRequest r, String pluginBuild) {
        Fingerprint f = new Fingerprint().add("goal", "validate").add("plugin", pluginBuild);
        ValidateRequest.Platform platform = r.platform();
        for (Leaf leaf : leaves(r)) {
            switch (leaf.name()) {
                case "platform.modules" -> (platform.modules() == null ? f : derivation(f, new DerivationProject(
                        platform.base(), platform.modules(), platform.profiles(), platform.namespace(),
                        platform.configDirectories(), platform.helmValues(), platform.intents())))
                        .add("standalone", platform.modules() == null);
                case "platform.base" -> f.add("base", canonical(platform.base()))
                        .tree("platform file", platform.base().resolve(DescriptorParser.PLATFORM_FILE));
                case "manifests.outputDirectory" -> f.add("output", r.outputDirectory())
                        .tree(OutputFolders.MANIFESTS, r.outputDirectory().resolve(OutputFolders.MANIFESTS))
                        .tree(OutputFolders.CONTROL_PLANE, r.outputDirectory().resolve(OutputFolders.CONTROL_PLANE));
                case "manifests.manifestDirectories" ->
                        r.manifests().manifestDirectories().forEach(p -> f.tree("manifestDirectory " + p, p));
                case "manifests.trackedDirectories" ->
                        r.manifests().trackedDirectories().forEach(p -> f.tree("tracked " + p, p));
                case "schemas.locations" -> schemaLocations(f, platform.base(), r.schemas().locations());
                case "schemas.kubeconform" -> kubeconform(f, r.schemas().kubeconform());
                default -> f.add(leaf.name(), canonical(leaf.value()));
            }
        }
        return f.hex();
    }

    private static void schemaLocations(Fingerprint f, Path base, List<String> locations) {
        f.add("schemaLocations", locations);
        for (String location : locations) {
            if (SchemaLocations.isOnDisk(location)) {
                f.tree("schemaLocation " + location, base.resolve(location));
            }
        }
    }

    private static void kubeconform(Fingerprint f, String kubeconform) {
        if (kubeconform != null) {
            Path exe = Path.of(kubeconform);
            f.add("kubeconform", kubeconform + " " + size(exe) + " " + modified(exe));
        } else {
            f.add("kubeconform", null);
        }
    }

    /** A value of a request by its place: {@code group.component}, or the component's name outside a group. */
    record Leaf(String name, Object value) {
    }

    /**
     * Every component of the request, with each of its groups (the records declared inside the request's
     * class, at any depth) walked component by component in its place; so that a component added to a
     * group later is never left out either.
     */
    static List<Leaf> leaves(Record request) {
        List<Leaf> leaves = new ArrayList<>();
        walk(request.getClass(), "", request, leaves);
        return leaves;
    }

    private static void walk(Class<?> requestType, String prefix, Record record, List<Leaf> leaves) {
        for (RecordComponent c : record.getClass().getRecordComponents()) {
            Object value = value(c, record);
            String name = prefix + c.getName();
            if (value instanceof Record group && c.getType().getEnclosingClass() == requestType) {
                walk(requestType, name + ".", group, leaves);
            } else {
                leaves.add(new Leaf(name, value));
            }
        }
    }

    /** The derivation digests of the run in progress on this thread, by module list and project (see {@link #oncePerRun()}). */
    private static final ThreadLocal<Map<List<Module>, Map<String, List<String>>>> RUN = new ThreadLocal<>();

    /**
     * Until the scope is closed, the derivation's inputs of the same list of modules are digested once on
     * this thread: a goal digests them for its up-to-date stamp and again for the graph derived in this
     * JVM, and at thousands of modules each pass reads every descriptor, configuration and source file.
     * Close it when the goal ends, so that the next goal reads the files again.
     */
    public static Scope oncePerRun() {
        Map<List<Module>, Map<String, List<String>>> outer = RUN.get();
        RUN.set(new IdentityHashMap<>());
        return () -> {
            if (outer == null) {
                RUN.remove();
            } else {
                RUN.set(outer);
            }
        };
    }

    /** The scope of {@link #oncePerRun()}. */
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }

    /**
     * The derivation's part of a digest: every file, folder and fact that the derivation's sources declare
     * they read ({@link DerivationSources#inputs}), so that no source reads what the digest leaves out.
     * Each file or folder is digested once (several sources read the configuration), in parallel.
     */
    static Fingerprint derivation(Fingerprint f, DerivationProject project) {
        List<Module> modules = project.modules();
        Map<List<Module>, Map<String, List<String>>> run = RUN.get();
        String key = project.root() + "\u0000" + project.profiles() + "\u0000" + project.namespace() + "\u0000"
                + project.configDirectories() + "\u0000" + project.helmValues() + "\u0000" + project.intents();
        List<String> digests = run == null ? null : run.getOrDefault(modules, Map.of()).get(key);
        if (digests == null) {
            digests = digests(DerivationSources.inputs(project));
            if (run != null) {
                run.computeIfAbsent(modules, k -> new HashMap<>()).put(key, digests);
            }
        }
        digests.forEach(digest -> f.add("derivation", digest));
        return f;
    }

    /** One digest of the facts, then one per distinct file or folder (under the label of its first declaration). */
    private static List<String> digests(DeclaredInputs inputs) {
        Fingerprint facts = new Fingerprint();
        inputs.facts().forEach(fact -> facts.add(fact.label(), fact.value()));
        Map<Path, String> files = new LinkedHashMap<>();
        inputs.files().forEach(file -> files.putIfAbsent(file.path(), file.label()));
        List<String> digests = new ArrayList<>();
        digests.add(facts.hex());
        digests.addAll(Parallel.stream(new ArrayList<>(files.entrySet()))
                .map(e -> new Fingerprint().add("path", e.getKey()).tree(e.getValue(), e.getKey()).hex()).toList());
        return digests;
    }

    private static Object value(RecordComponent c, Record r) {
        try {
            return c.getAccessor().invoke(r);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + c.getName() + " of " + r.getClass().getSimpleName(), e);
        }
    }

    /** A text for {@code value} that is the same in every JVM: records by component, maps and sets sorted. */
    static String canonical(Object value) {
        if (value instanceof Record r) {
            Map<String, String> components = new LinkedHashMap<>();
            for (RecordComponent c : r.getClass().getRecordComponents()) {
                components.put(c.getName(), canonical(value(c, r)));
            }
            return r.getClass().getSimpleName() + components;
        }
        if (value instanceof Map<?, ?> m) {
            Map<String, String> sorted = new TreeMap<>();
            m.forEach((k, v) -> sorted.put(String.valueOf(k), canonical(v)));
            return sorted.toString();
        }
        if (value instanceof Collection<?> c) {
            List<String> items = new ArrayList<>();
            c.forEach(item -> items.add(canonical(item)));
            if (value instanceof Set<?>) {
                items.sort(null);
            }
            return items.toString();
        }
        return String.valueOf(value);
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return -1;
        }
    }

    private static long modified(Path p) {
        try {
            return Files.getLastModifiedTime(p).toMillis();
        } catch (IOException e) {
            return -1;
        }
    }
}
