package io.aiplatform.security.core.validate.report;

import io.aiplatform.security.core.convention.OutputFolders;
import io.aiplatform.security.core.io.JsonOutput;
import io.aiplatform.security.core.io.OutputWriter;
import io.aiplatform.security.core.io.OwnedFolder;
import io.aiplatform.security.core.validate.Finding;
import io.aiplatform.security.core.validate.Severity;
import io.aiplatform.security.core.validate.Stage;
import io.aiplatform.security.core.validate.Suppression;
import io.aiplatform.security.core.validate.ValidationReport;
import java.io.IOException;
import io.aiplatform.security.core.io.KeyMetadata;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Writes {@code reports/}: validation.json, junit.xml, results.sarif, connectivity.md,
 * connectivity.dot, connlist.txt, rbac.md, compliance.md and compliance.json, all deterministic, replaced as one folder.
 */
public final class ReportWriter {

    private final String toolVersion;
    private final Path base;
    private List<Path> tracked = List.of();
    private boolean keyAtDeploy;
    private OwnedFolder.Project project =
            OwnedFolder.Project.UNKNOWN;

    public ReportWriter(String toolVersion) {
        this(toolVersion, null);
    }

    /** {@code base}: the project folder, so that SARIF results on generated files point at committed ones. */
    public ReportWriter(String toolVersion, Path base) {
        this.toolVersion = toolVersion;
        this.base = base;
    }

    /** The GitOps copies of manifests/ (checkDirectory), for the compliance report's changes. */
    public ReportWriter tracked(List<Path> directories) {
        this.tracked = List.copyOf(directories);
        return this;
    }

    /** Whether the deployment supplies the encryption key (encryptionKeySource=deploy): CIS 1.2.28 is then to review. */
    public ReportWriter keyAtDeploy(boolean value) {
        this.keyAtDeploy = value;
        return this;
    }

    /** The project whose root, modules and source folders are never written into (as the output folder). */
    public ReportWriter project(OwnedFolder.Project project) {
        this.project = project;
        return this;
    }

    public SortedMap<String, String> render(ValidationReport report) {
        return render(report, null);
    }

    /** The reports for a layer in {@code outputDirectory} (null: none is generated, as when validating standalone). */
    public SortedMap<String, String> render(ValidationReport report, Path outputDirectory) {
        SortedMap<String, String> files = new TreeMap<>();
        bodies(report, outputDirectory).forEach((name, body) -> {
            StringWriter text = new StringWriter();
            try {
                body.writeTo(text);
            } catch (IOException e) {
                throw new IllegalStateException(e); // a StringWriter does not fail
            }
            files.put(name, text.toString());
        });
        return files;
    }

    /** Each report as a body that writes it to a stream: the same bytes {@link #render} gives. */
    private SortedMap<String, OutputWriter.Body> bodies(ValidationReport report, Path outputDirectory) {
        SortedMap<String, OutputWriter.Body> files = new TreeMap<>();
        files.put("validation.json", out -> json(validationJson(report), out));
        files.put("junit.xml", out -> out.write(JunitReport.render(report)));
        files.put("results.sarif", out -> json(new SarifReport(toolVersion, base, outputDirectory).render(report), out));
        files.put("connlist.txt", Reports.printed(out -> ConnectivityReport.connlist(report, out)));
        files.put("connectivity.md", Reports.printed(out -> ConnectivityReport.markdown(report, out)));
        files.put("connectivity.dot", Reports.printed(out -> ConnectivityReport.dot(report, out)));
        files.put("rbac.md", Reports.printed(out -> RbacReport.markdown(report.manifests(), out)));
        KeyMetadata keys = ComplianceReport.keys(base);
        List<String> changes = tracked.isEmpty() || outputDirectory == null ? null
                : ComplianceReport.changes(outputDirectory.resolve(OutputFolders.MANIFESTS), tracked);
        ComplianceReport.Review review = ComplianceReport.Review.of(report, keys, changes, keyAtDeploy);
        files.put("compliance.md", out -> out.write(ComplianceReport.markdown(report, review)));
        files.put("compliance.json", out -> json(ComplianceReport.json(review), out));
        return files;
    }

    /** Writes every report straight to its file (staged, then swapped in as one folder). */
    public void write(Path outputDirectory, ValidationReport report) throws IOException {
        new OutputWriter(project).replaceFolderStreamed(outputDirectory, OutputFolders.REPORTS, bodies(report, outputDirectory));
    }

    /** As {@code ObjectMapper}'s INDENT_OUTPUT writes, with Jackson's default pretty printer. */
    private static void json(Object value, Writer out) throws IOException {
        JsonOutput.write(out, value, JsonOutput.Style.JACKSON_DEFAULT);
        out.write("\n");
    }

    static Map<String, Object> findingJson(Finding f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("rule", f.ruleId());
        m.put("severity", f.severity().id());
        m.put("stage", f.stage().id());
        m.put("file", f.file() == null ? null : f.file().toString());
        m.put("line", f.line());
        m.put("object", f.object());
        m.put("message", f.message());
        m.put("remediation", f.remediation());
        m.put("reference", f.reference());
        return m;
    }

    private static Map<String, Object> validationJson(ValidationReport r) {
        Map<String, Object> root = new LinkedHashMap<>();
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("files", r.files());
        summary.put("objects", r.manifests().size());
        summary.put("schemaValidator", r.schemaValidator());
        summary.put("failOn", r.failOn().name().toLowerCase(Locale.ROOT));
        summary.put("failed", r.failed());
        Map<String, Object> stages = new LinkedHashMap<>();
        for (Stage s : Stage.values()) {
            Map<String, Object> counts = new LinkedHashMap<>();
            for (Severity sev : Severity.values()) {
                counts.put(sev.id(), r.count(s, sev));
            }
            stages.put(s.id(), counts);
        }
        summary.put("stages", stages);
        summary.put("connections", r.connections().size());
        root.put("summary", summary);
        root.put("findings", r.findings().stream().map(ReportWriter::findingJson).toList());
        List<Map<String, Object>> suppressions = new ArrayList<>();
        for (Suppression s : r.suppressions()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("rule", s.ruleId());
            m.put("object", s.object());
            m.put("file", String.valueOf(s.file()));
            m.put("line", s.line());
            m.put("reason", s.reason());
            suppressions.add(m);
        }
        root.put("suppressions", suppressions);
        return root;
    }

}
