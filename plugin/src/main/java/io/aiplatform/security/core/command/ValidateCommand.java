package io.aiplatform.security.core.command;

import io.aiplatform.security.core.catalog.ClientCatalog;
import io.aiplatform.security.core.connectivity.Topology;
import io.aiplatform.security.core.convention.OutputFolders;
import io.aiplatform.security.core.graph.DerivationProject;
import io.aiplatform.security.core.graph.ServiceGraph;
import io.aiplatform.security.core.graph.ServiceGraphBuilder;
import io.aiplatform.security.core.io.OutputWriter;
import io.aiplatform.security.core.io.OwnedFolder;
import io.aiplatform.security.core.support.FileErrors;
import io.aiplatform.security.core.support.InvalidInputException;
import io.aiplatform.security.core.support.KeySupply;
import io.aiplatform.security.core.support.Parallel;
import io.aiplatform.security.core.validate.ConnectivityStage;
import io.aiplatform.security.core.validate.DerivationFindings;
import io.aiplatform.security.core.validate.Finding;
import io.aiplatform.security.core.validate.Manifest;
import io.aiplatform.security.core.validate.ManifestLoader;
import io.aiplatform.security.core.validate.Severity;
import io.aiplatform.security.core.validate.Stage;
import io.aiplatform.security.core.validate.Suppression;
import io.aiplatform.security.core.validate.ValidationContext;
import io.aiplatform.security.core.validate.ValidationReport;
import io.aiplatform.security.core.validate.report.ReportWriter;
import io.aiplatform.security.core.validate.rules.Rule;
import io.aiplatform.security.core.validate.rules.RuleRegistry;
import io.aiplatform.security.core.validate.schema.ApiServerChecks;
import io.aiplatform.security.core.validate.schema.BuiltInSchemaValidator;
import io.aiplatform.security.core.validate.schema.CrdSchemas;
import io.aiplatform.security.core.validate.schema.EncryptionConfigStructure;
import io.aiplatform.security.core.validate.schema.KubeconformValidator;
import io.aiplatform.security.core.validate.schema.SchemaLocations;
import io.aiplatform.security.core.validate.schema.SchemaValidator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** The whole of {@code validate-security} without Maven: the four stages, then suppressions. */
public final class ValidateCommand {

    private boolean derivationLogged;

    /**
     * Whether the last {@link #run} took its service graph from an earlier goal of this build (generate-security),
     * which has logged what the derivation could not decide: the findings of the derivation stage need not be
     * logged again.
     */
    public boolean derivationLogged() {
        return derivationLogged;
    }

    /**
     * Validates; with modules, the declared service graph is derived from them first, and a platform
     * whose graph cannot be derived is refused before anything is read.
     */
    public ValidationReport run(ValidateRequest request) throws IOException, InvalidInputException {
        DerivedGraphs.Derived derived = request.platform().modules() == null ? null
                : DerivedGraphs.derived(new DerivationProject(request.platform().base(), request.platform().modules(),
                        request.platform().profiles(), request.platform().namespace(),
                        request.platform().configDirectories(), request.platform().helmValues(),
                        request.platform().intents()));
        ServiceGraph graph = derived == null ? null : derived.graph();
        derivationLogged = derived != null && derived.reused();
        OutputWriter.settle(request.outputDirectory()); // a generate-security run cut off halfway is finished first
        List<Finding> findings = new ArrayList<>();
        DerivationFindings.Result derivation = graph == null ? new DerivationFindings.Result(List.of(), List.of())
                : new DerivationFindings(request.platform().base()).of(graph);
        findings.addAll(derivation.findings());
        List<Path> inputs = inputs(request, findings);

        Map<Stage, Long> nanos = new EnumMap<>(Stage.class);
        long start = System.nanoTime();
        // 1. parse
        ManifestLoader loader = new ManifestLoader(request.platform().base());
        ManifestLoader.Result loaded = loader.load(inputs);
        findings.addAll(loaded.findings());
        List<Manifest> all = loaded.manifests();

        long parsed = System.nanoTime();
        nanos.put(Stage.PARSE, parsed - start);
        // 2. schema and API-server checks
        SchemaValidator schema = schemaValidator(request, crdsElsewhere(request, findings));
        findings.addAll(schema.validate(all));
        findings.addAll(new ApiServerChecks().check(all));
        findings.addAll(new EncryptionConfigStructure().check(all));

        long checked = System.nanoTime();
        nanos.put(Stage.SCHEMA, checked - parsed);
        // 3. rules
        ValidationContext context = new ValidationContext(all, graph, request.platform().namespace(),
                trackedFiles(request.manifests().trackedDirectories(), loader, findings),
                request.rules().aesgcmRotationAutomated(), request.rules().keySupply() == KeySupply.DEPLOY)
                .withFileBase(request.platform().base());
        // the rules are independent and the context computes what they share once, under its lock:
        // they run in parallel on a large platform, their findings kept in the registry's order
        Parallel.stream(RuleRegistry.all(), all.size()).map(rule -> evaluate(rule, context, all, graph, request)).toList()
                .forEach(findings::addAll);

        long ruled = System.nanoTime();
        nanos.put(Stage.RULES, ruled - checked);
        // 4. connectivity
        Topology topology = context.topology();
        ConnectivityStage.Result connectivity = new ConnectivityStage(request.platform().base(),
                request.apiServer().endpoints(), request.apiServer().ports())
                .run(topology.policies(), topology.workloads(), graph, request.platform().namespace());
        findings.addAll(connectivity.findings());
        nanos.put(Stage.CONNECTIVITY, System.nanoTime() - ruled);

        Suppressed suppressed = suppress(findings, all);
        List<Suppression> suppressions = new ArrayList<>(derivation.suppressions());
        suppressions.addAll(suppressed.suppressions());
        return new ValidationReport(suppressed.kept(), suppressions, all, loaded.files(), schema.describe(),
                connectivity.connections(), connectivity.serviceWorkloads(), graph, request.rules().failOn(), nanos);
    }

    /** The folders to read: the layer's manifests and control plane where present, then the named folders (a missing one is an error). */
    private static List<Path> inputs(ValidateRequest request, List<Finding> findings) {
        List<Path> inputs = new ArrayList<>();
        Path manifests = request.outputDirectory().resolve(OutputFolders.MANIFESTS);
        Path controlPlane = request.outputDirectory().resolve(OutputFolders.CONTROL_PLANE);
        for (Path p : List.of(manifests, controlPlane)) {
            if (Files.exists(p)) {
                inputs.add(p);
            }
        }
        inputs.addAll(request.manifests().manifestDirectories());
        for (Path p : request.manifests().manifestDirectories()) {
            if (!Files.exists(p)) {
                findings.add(new Finding("PARSE", Severity.ERROR, Stage.PARSE, p, 0, null,
                        "manifestDirectories names " + p + ", which does not exist", "fix the path", null));
            }
        }
        return inputs;
    }

    /** kubeconform when the request names it (with the bundled schemas extracted for it), else the built-in validator. */
    /** The CustomResourceDefinitions of the crdDirectories; a folder that does not exist is an error naming it. */
    private static List<Manifest> crdsElsewhere(ValidateRequest request, List<Finding> findings) throws IOException {
        List<Path> folders = request.schemas().crdDirectories();
        for (Path p : folders) {
            if (!Files.exists(p)) {
                findings.add(new Finding("PARSE", Severity.ERROR, Stage.PARSE, p, 0, null,
                        "crdDirectories names " + p + ", which does not exist", "fix the path", null));
            }
        }
        List<Path> present = folders.stream().filter(Files::exists).toList();
        ManifestLoader.Result loaded = new ManifestLoader(request.platform().base()).load(present);
        findings.addAll(loaded.findings());
        return loaded.manifests().stream().filter(CrdSchemas::isCrd).toList();
    }

    private static SchemaValidator schemaValidator(ValidateRequest request, List<Manifest> crds) throws IOException {
        ValidateRequest.Schemas schemas = request.schemas();
        SchemaLocations locations = new SchemaLocations(schemas.locations(), schemas.kubernetesVersion());
        if (schemas.kubeconform() != null) {
            Path bundled = SchemaLocations.extractBundled(request.outputDirectory().resolve("schemas"));
            return new KubeconformValidator(schemas.kubeconform(), locations, bundled, schemas.ignoreMissingSchemas(),
                    request.platform().base());
        }
        return new BuiltInSchemaValidator(locations, schemas.ignoreMissingSchemas(), crds);
    }

    /** The findings kept (sorted, each once) and those an annotation of their object suppressed. */
    private record Suppressed(List<Finding> kept, List<Suppression> suppressions) {
    }

    private static Suppressed suppress(List<Finding> findings, List<Manifest> all) {
        List<Suppression> suppressions = new ArrayList<>();
        List<Finding> kept = new ArrayList<>();
        Map<String, List<Manifest>> byObject = new HashMap<>();
        for (Manifest m : all) {
            byObject.computeIfAbsent(m.objectRef(), k -> new ArrayList<>()).add(m);
        }
        for (Finding f : findings) {
            Suppression s = suppressionFor(f, byObject.getOrDefault(f.object(), List.of()), kept);
            if (s != null) {
                suppressions.add(s);
            } else {
                kept.add(f);
            }
        }
        kept.sort(Comparator.comparing((Finding f) -> f.stage().ordinal())
                .thenComparing(f -> f.severity().ordinal())
                .thenComparing(f -> String.valueOf(f.file()))
                .thenComparingInt(Finding::line)
                .thenComparing(Finding::ruleId)
                .thenComparing(f -> String.valueOf(f.object()))
                .thenComparing(Finding::message));
        return new Suppressed(kept.stream().distinct().toList(), suppressions);
    }

    /**
     * Writes the reports of {@code report} to the request's {@code reports/}, replaced as one folder.
     *
     * @param toolVersion the plugin's version, as the reports name it
     * @param projectBase the project folder, so that SARIF results on generated files point at committed
     *                    ones; null when validating standalone
     * @param project     the project that is never written into as output
     */
    public void writeReports(ValidateRequest request, ValidationReport report, String toolVersion, Path projectBase,
                             OwnedFolder.Project project) throws IOException {
        new ReportWriter(toolVersion, projectBase).tracked(request.manifests().trackedDirectories()).project(project)
                .keyAtDeploy(request.rules().keySupply() == KeySupply.DEPLOY)
                .write(request.outputDirectory(), report);
    }

    /**
     * The rule's findings. A rule that fails on malformed input never stops validation: it is run
     * again object by object, and each object it cannot check becomes an error finding that names
     * the rule, the object and the failure.
     */
    private static List<Finding> evaluate(Rule rule, ValidationContext context, List<Manifest> all,
                                          ServiceGraph graph, ValidateRequest request) {
        try {
            return rule.evaluate(context);
        } catch (RuntimeException whole) {
            List<Finding> findings = new ArrayList<>();
            for (Manifest m : all) {
                ValidationContext one = new ValidationContext(List.of(m), graph, request.platform().namespace(),
                        Map.of(), request.rules().aesgcmRotationAutomated(), request.rules().keySupply() == KeySupply.DEPLOY)
                        .withFileBase(request.platform().base());
                try {
                    findings.addAll(rule.evaluate(one));
                } catch (RuntimeException e) {
                    findings.add(new Finding(rule.id(), Severity.ERROR, Stage.RULES, m.file(), m.line(), m.objectRef(),
                            "the rule could not check this object (" + e.getClass().getSimpleName()
                                    + "): its structure is not what Kubernetes accepts",
                            "fix the object's structure (the schema findings say where), then validate again", null));
                }
            }
            return findings;
        }
    }

    /**
     * The suppression of {@code f} by its object's annotation ({@code manifests}: those of its object);
     * a suppression without a reason is itself a finding.
     */
    private static Suppression suppressionFor(Finding f, List<Manifest> manifests, List<Finding> kept) {
        if (f.object() == null) {
            return null;
        }
        for (Manifest m : manifests) {
            if (!m.objectRef().equals(f.object()) || !m.file().equals(f.file())) {
                continue;
            }
            Object annotation = m.annotations().get(Suppression.ANNOTATION);
            if (annotation == null) {
                return null;
            }
            for (String entry : String.valueOf(annotation).split(";")) {
                String[] parts = entry.split(":", 2);
                if (!parts[0].strip().equals(f.ruleId())) {
                    continue;
                }
                String reason = parts.length > 1 ? parts[1].strip() : "";
                if (reason.isEmpty()) {
                    Finding missing = new Finding("SUPPRESSION-REASON", Severity.ERROR, Stage.RULES, m.file(), m.line(),
                            m.objectRef(), "suppresses " + f.ruleId() + " without a reason",
                            "write the reason: " + Suppression.ANNOTATION + ": \"" + f.ruleId() + ": <why this is safe>\"", null);
                    if (!kept.contains(missing)) {
                        kept.add(missing);
                    }
                    return null;
                }
                return new Suppression(f.ruleId(), f.object(), m.file(), m.line(), reason);
            }
            return null;
        }
        return null;
    }

    /** The largest file of a Git-tracked folder scanned for key material (4 MiB); a larger one is a finding. */
    static final long MAX_TRACKED_FILE_BYTES = 4L * 1024 * 1024;

    /**
     * The text of every file below the Git-tracked folders, by displayed path; a file too large to scan
     * or a path that cannot be read is a warning finding naming it (key material in it would go unseen).
     */
    private static Map<Path, String> trackedFiles(List<Path> directories, ManifestLoader loader, List<Finding> findings)
            throws IOException {
        Map<Path, String> files = new TreeMap<>();
        Map<Path, Finding> unscanned = new TreeMap<>(); // in path order, whatever order the folders are listed in
        for (Path dir : directories) {
            if (!Files.exists(dir)) {
                continue;
            }
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path p, BasicFileAttributes a) {
                    if (!a.isRegularFile() && !(a.isSymbolicLink() && Files.isRegularFile(p))) {
                        return FileVisitResult.CONTINUE; // a link to a regular file is read like one
                    }
                    try {
                        long size = Files.size(p);
                        if (size > MAX_TRACKED_FILE_BYTES) {
                            unscanned.put(p, notScanned(loader.display(p), "it is " + size + " bytes, more than the "
                                    + MAX_TRACKED_FILE_BYTES + " (4 MiB) scanned"));
                        } else {
                            files.put(loader.display(p), new String(Files.readAllBytes(p), StandardCharsets.UTF_8));
                        }
                    } catch (IOException e) {
                        return visitFileFailed(p, e);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path p, IOException e) {
                    unscanned.put(p, notScanned(loader.display(p), "cannot read it: " + FileErrors.reason(e)));
                    return FileVisitResult.CONTINUE;
                }
            });
        }
        findings.addAll(unscanned.values());
        return files;
    }

    private static Finding notScanned(Path shown, String why) {
        return new Finding("PARSE", Severity.WARNING, Stage.PARSE, shown, 0, null, "this file of a Git-tracked folder is"
                + " not scanned for encryption key material: " + why, "keep large or unreadable files out of the"
                + " tracked folders, or check them for key material yourself", null);
    }
}
