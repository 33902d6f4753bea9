package io.aiplatform.security.core.validate.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.aiplatform.security.core.io.OutputWriter;
import io.aiplatform.security.core.validate.Finding;
import io.aiplatform.security.core.validate.Severity;
import io.aiplatform.security.core.validate.Stage;
import io.aiplatform.security.core.validate.Suppression;
import io.aiplatform.security.core.validate.ValidationReport;
import io.aiplatform.security.core.validate.rules.Rule;
import io.aiplatform.security.core.validate.rules.RuleRegistry;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Writes {@code reports/}: validation.json, junit.xml, results.sarif, connectivity.md,
 * connectivity.dot, connlist.txt and rbac.md, all deterministic, replaced as one folder.
 */
public final class ReportWriter {

    public static final String FOLDER = "reports";

    private final String toolVersion;

    public ReportWriter(String toolVersion) {
        this.toolVersion = toolVersion;
    }

    public SortedMap<String, String> render(ValidationReport report) {
        SortedMap<String, String> files = new TreeMap<>();
        files.put("validation.json", json(validationJson(report)));
        files.put("junit.xml", junit(report));
        files.put("results.sarif", json(sarif(report)));
        files.put("connlist.txt", ConnectivityReport.connlist(report));
        files.put("connectivity.md", ConnectivityReport.markdown(report));
        files.put("connectivity.dot", ConnectivityReport.dot(report));
        files.put("rbac.md", RbacReport.markdown(report.manifests()));
        return files;
    }

    public void write(Path outputDirectory, ValidationReport report) throws IOException {
        new OutputWriter().replaceFolder(outputDirectory, FOLDER, render(report));
    }

    private static String json(Object value) {
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(value) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
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
        summary.put("failOn", r.failOn().name().toLowerCase(java.util.Locale.ROOT));
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

    private String junit(ValidationReport r) {
        List<String[]> cases = new ArrayList<>();
        Map<String, List<Finding>> byRule = new TreeMap<>();
        r.findings().forEach(f -> byRule.computeIfAbsent(f.ruleId(), k -> new ArrayList<>()).add(f));
        List<String> ruleIds = new ArrayList<>(RuleRegistry.all().stream().map(Rule::id).toList());
        byRule.keySet().stream().filter(id -> !ruleIds.contains(id)).forEach(ruleIds::add);
        StringBuilder body = new StringBuilder();
        int failures = 0;
        int tests = 0;
        for (String id : ruleIds) {
            List<Finding> fs = byRule.getOrDefault(id, List.of());
            if (fs.isEmpty()) {
                tests++;
                body.append("    <testcase classname=\"ai-security.").append(xml(id)).append("\" name=\"all objects\"/>\n");
                continue;
            }
            for (Finding f : fs) {
                tests++;
                boolean fails = f.severity().failsAt(r.failOn());
                body.append("    <testcase classname=\"ai-security.").append(xml(id)).append("\" name=\"")
                        .append(xml(f.object() == null ? String.valueOf(f.file()) : f.object())).append("\"");
                if (!fails) {
                    body.append(">\n      <system-out>").append(xml(f.describe())).append("</system-out>\n    </testcase>\n");
                    continue;
                }
                failures++;
                body.append(">\n      <failure type=\"").append(xml(f.severity().id())).append("\" message=\"")
                        .append(xml(f.message())).append("\">").append(xml(f.describe() + "\nRemediation: " + f.remediation()))
                        .append("</failure>\n    </testcase>\n");
            }
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites>\n  <testsuite name=\"ai-security validate-security\" tests=\""
                + tests + "\" failures=\"" + failures + "\" errors=\"0\" skipped=\"0\">\n" + body + "  </testsuite>\n</testsuites>\n";
        }

    static String xml(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&apos;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t') {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }

    private Map<String, Object> sarif(ValidationReport r) {
        List<Map<String, Object>> rules = new ArrayList<>();
        for (Rule rule : RuleRegistry.all()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", rule.id());
            m.put("shortDescription", Map.of("text", rule.title()));
            m.put("help", Map.of("text", rule.remediation()));
            m.put("defaultConfiguration", Map.of("level", level(rule.severity())));
            if (rule.reference() != null) {
                m.put("properties", Map.of("reference", rule.reference()));
            }
            rules.add(m);
        }
        List<Map<String, Object>> results = new ArrayList<>();
        for (Finding f : r.findings()) {
            Map<String, Object> res = new LinkedHashMap<>();
            res.put("ruleId", f.ruleId());
            res.put("level", level(f.severity()));
            res.put("message", Map.of("text", (f.object() == null ? "" : f.object() + ": ") + f.message()
                    + " Remediation: " + f.remediation()));
            if (f.file() != null) {
                Map<String, Object> physical = new LinkedHashMap<>();
                physical.put("artifactLocation", Map.of("uri", f.file().toString().replace('\\', '/')));
                if (f.line() > 0) {
                    physical.put("region", Map.of("startLine", f.line()));
                }
                res.put("locations", List.of(Map.of("physicalLocation", physical)));
            }
            results.add(res);
        }
        Map<String, Object> driver = new LinkedHashMap<>();
        driver.put("name", "ai-security-maven-plugin");
        driver.put("version", toolVersion);
        driver.put("rules", rules);
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("tool", Map.of("driver", driver));
        run.put("results", results);
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        root.put("version", "2.1.0");
        root.put("runs", List.of(run));
        return root;
    }

    private static String level(Severity s) {
        return switch (s) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }
}
