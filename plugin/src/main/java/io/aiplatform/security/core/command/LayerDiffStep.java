package io.aiplatform.security.core.command;

import io.aiplatform.security.core.connectivity.Topology;
import io.aiplatform.security.core.connectivity.Workload;
import io.aiplatform.security.core.convention.OutputFolders;
import io.aiplatform.security.core.diff.ChangeEvidence;
import io.aiplatform.security.core.diff.DiffBase;
import io.aiplatform.security.core.diff.DiffReport;
import io.aiplatform.security.core.diff.GraphEvidence;
import io.aiplatform.security.core.diff.LayerComparison;
import io.aiplatform.security.core.diff.LayerDiff;
import io.aiplatform.security.core.graph.Service;
import io.aiplatform.security.core.graph.ServiceGraph;
import io.aiplatform.security.core.io.JsonInput;
import io.aiplatform.security.core.io.JsonOutput;
import io.aiplatform.security.core.io.OwnershipException;
import io.aiplatform.security.core.io.OwnershipRecord;
import io.aiplatform.security.core.support.InvalidInputException;
import io.aiplatform.security.core.validate.Manifest;
import io.aiplatform.security.core.validate.ManifestLoader;
import io.aiplatform.security.core.validate.ValidationReport;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The diff of the layer in an output folder against its base ({@link DiffSettings}), written to
 * {@code reports/connectivity-diff.md} and {@code .json}: by generate-security before it publishes to the GitOps
 * copy, and by validate-security, which keeps generate's report when its base is that copy and the layer is
 * the one generate compared (generate has since published it, so comparing again would show nothing).
 */
public final class LayerDiffStep {

    /**
     * The report (its Markdown file), whether anything changed, each widening as the report writes it, and the
     * two files' text.
     */
    public record Outcome(Path report, boolean changed, List<String> widenings, String markdown, String json) {
        public Outcome {
            widenings = List.copyOf(widenings);
        }
    }

    private LayerDiffStep() {
    }

    /** After generating into {@code request}'s output folder, before publishing: none when no base is named. */
    static Optional<Outcome> generated(GenerateRequest request, DiffSettings settings, ServiceGraph graph)
            throws InvalidInputException, IOException {
        Path root = request.derivation().root();
        Optional<DiffBase> base = DiffBase.of(settings.checkDirectory(), settings.diffBase(), settings.diffBaseRef(), root);
        if (base.isEmpty()) {
            return Optional.empty();
        }
        LayerComparison comparison = new LayerComparison(Set.of(request.platform().namespace()),
                request.platform().apiServerEndpoints(), new GraphEvidence(graph, root));
        Path out = request.output().directory();
        LayerDiff diff = compare(comparison, base.get(), root, out, services(graph, request.platform().namespace()));
        Outcome outcome = outcome(out, diff);
        write(out, outcome);
        return Optional.of(outcome);
    }

    /**
     * After validating the layer in {@code request}'s output folder, the diff to {@link #write} once the
     * reports are: none when no base is named or no layer is there (a standalone validation).
     */
    public static Optional<Outcome> validated(ValidateRequest request, ValidationReport report, DiffSettings settings)
            throws InvalidInputException, IOException {
        Path out = request.outputDirectory();
        Path root = request.platform().base();
        Optional<DiffBase> base = DiffBase.of(settings.checkDirectory(), settings.diffBase(), settings.diffBaseRef(), root);
        if (base.isEmpty() || !Files.isDirectory(out.resolve(OutputFolders.MANIFESTS))) {
            return Optional.empty();
        }
        Optional<Outcome> kept = base.get().isFolder() && !settings.explicitBase() ? generatedFor(out) : Optional.empty();
        if (kept.isPresent()) {
            return kept;
        }
        String ns = request.platform().namespace();
        List<Workload> known = new ArrayList<>(report.graph() == null ? List.of() : services(report.graph(), ns));
        known.addAll(Topology.of(report.manifests().stream().map(Manifest::content).toList()).workloads());
        ChangeEvidence evidence = report.graph() == null ? ChangeEvidence.NONE : new GraphEvidence(report.graph(), root);
        LayerComparison comparison = new LayerComparison(ns == null ? Set.of() : Set.of(ns),
                request.apiServer().endpoints(), evidence);
        return Optional.of(outcome(out, compare(comparison, base.get(), root, out, known)));
    }

    private static LayerDiff compare(LayerComparison comparison, DiffBase base, Path root, Path out, List<Workload> known)
            throws InvalidInputException, IOException {
        ManifestLoader loader = new ManifestLoader(root);
        DiffBase.Read before = base.read(loader);
        List<Path> layer = new ArrayList<>();
        for (String folder : List.of(OutputFolders.MANIFESTS, OutputFolders.CONTROL_PLANE)) {
            if (Files.isDirectory(out.resolve(folder))) {
                layer.add(out.resolve(folder));
            }
        }
        List<Manifest> now = loader.load(layer).manifests();
        return comparison.compare(before.description(), before.manifests(), now, known);
    }

    /** Each service of the graph as the workload validate-security judges it as (one Deployment per service). */
    private static List<Workload> services(ServiceGraph graph, String namespace) {
        List<Workload> workloads = new ArrayList<>();
        for (Service s : graph.services()) {
            workloads.add(Workload.of(s.name(), namespace, s.labels(), s.ports()));
        }
        return workloads;
    }

    /** The report generate-security wrote for the layer now in {@code out}, if it is there and about this layer. */
    private static Optional<Outcome> generatedFor(Path out) throws IOException {
        Path json = out.resolve(OutputFolders.REPORTS).resolve(DiffReport.JSON);
        if (!Files.isRegularFile(json)) {
            return Optional.empty();
        }
        Path markdown = json.resolveSibling(DiffReport.MARKDOWN);
        Object read;
        try (var in = Files.newInputStream(json)) {
            read = JsonInput.read(in);
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty(); // not a report generate wrote: compared again
        }
        if (!Files.isRegularFile(markdown) || !(read instanceof Map<?, ?> m) || !LayerDigest.of(out).equals(m.get("layer"))
                || !String.valueOf(m.get("base")).startsWith(DiffBase.GITOPS_COPY)) {
            return Optional.empty();
        }
        List<String> widenings = new ArrayList<>();
        if (m.get("widenings") instanceof List<?> l) {
            l.forEach(w -> widenings.add(String.valueOf(w)));
        }
        return Optional.of(new Outcome(markdown, Boolean.TRUE.equals(m.get("changed")), widenings,
                Files.readString(markdown, StandardCharsets.UTF_8), Files.readString(json, StandardCharsets.UTF_8)));
    }

    private static Outcome outcome(Path out, LayerDiff diff) throws IOException {
        Map<String, Object> json = DiffReport.json(diff);
        json.put("layer", LayerDigest.of(out));
        json.put("widenings", diff.widenings());
        StringWriter text = new StringWriter();
        JsonOutput.write(text, json, JsonOutput.Style.COLON_SPACE_LF);
        text.write("\n");
        return new Outcome(out.resolve(OutputFolders.REPORTS).resolve(DiffReport.MARKDOWN), !diff.isEmpty(),
                diff.widenings(), DiffReport.markdown(diff), text.toString());
    }

    /**
     * Writes both files into {@code out}'s reports/, each replaced at once and recorded as the plugin's in the output
     * folder's ownership record (validate-security: after its own reports); a file there the plugin did not write is refused.
     */
    public static void write(Path out, Outcome outcome) throws IOException {
        Path reports = out.resolve(OutputFolders.REPORTS);
        OwnershipRecord record = OwnershipRecord.read(out);
        Map<String, String> files = new java.util.TreeMap<>(Map.of(DiffReport.MARKDOWN, outcome.markdown(),
                DiffReport.JSON, outcome.json()));
        for (String name : files.keySet()) {
            String path = OutputFolders.REPORTS + "/" + name;
            if (Files.exists(reports.resolve(name)) && (record == null || !record.owns(path))) {
                throw new OwnershipException("outputDirectory " + out + " holds " + path + ", which the plugin did not"
                        + " write (it is not in " + OwnershipRecord.FILE + "); nothing was written. Move that file out.");
            }
        }
        Files.createDirectories(reports);
        for (Map.Entry<String, String> f : files.entrySet()) {
            replace(reports.resolve(f.getKey()), f.getValue());
            if (record != null) {
                record = record.with(OutputFolders.REPORTS + "/" + f.getKey(), f.getValue().getBytes(StandardCharsets.UTF_8));
            }
        }
        if (record != null) {
            record.write(out);
        }
    }

    private static void replace(Path target, String text) throws IOException {
        Path tmp = Files.createTempFile(target.getParent(), ".ai-security-", ".tmp");
        Files.writeString(tmp, text, StandardCharsets.UTF_8);
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
