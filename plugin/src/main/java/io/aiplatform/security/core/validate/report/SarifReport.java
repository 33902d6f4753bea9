package io.aiplatform.security.core.validate.report;

import io.aiplatform.security.core.graph.Service;
import io.aiplatform.security.core.validate.Finding;
import io.aiplatform.security.core.validate.Severity;
import io.aiplatform.security.core.validate.ValidationReport;
import io.aiplatform.security.core.validate.rules.Citation;
import io.aiplatform.security.core.validate.rules.RuleDescription;
import io.aiplatform.security.core.validate.rules.RuleRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code results.sarif}: SARIF 2.1.0 as GitHub code scanning reads it. Every rule id a result uses
 * is described in {@code driver.rules} (full description, help and the {@code helpUri} of its anchor on the
 * site's rules page, {@code security-severity}, tags), and the driver names the site ({@code informationUri});
 * every result has a location with a region. A finding on a generated object points at the
 * committed file that produced it (the service's descriptor, or the POM that configures the
 * plugin), with the generated file as a related location: {@code target/} is never in Git.
 */
final class SarifReport {

    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

    /** The site that documents the tool and each rule (driver.informationUri, rules[].helpUri). */
    private static final ToolDocumentation DOCUMENTATION = ToolDocumentation.builtIn();

    private final String toolVersion;
    private final Path base;
    private final Path outputDirectory;

    /** {@code base}: the folder result paths are relative to (the project); null when unknown. */
    SarifReport(String toolVersion, Path base, Path outputDirectory) {
        this.toolVersion = toolVersion;
        this.base = base;
        this.outputDirectory = outputDirectory;
    }

    Map<String, Object> render(ValidationReport r) {
        List<RuleDescription> described = new ArrayList<>(RuleRegistry.documented());
        for (Finding f : r.findings()) {
            if (described.stream().noneMatch(d -> d.id().equals(f.ruleId()))) {
                described.add(new RuleDescription(f.ruleId(), f.severity(), f.stage(), f.ruleId(), f.remediation(),
                        Citation.note(f.reference())));
            }
        }
        Map<String, Integer> index = new LinkedHashMap<>();
        List<Map<String, Object>> rules = new ArrayList<>();
        for (RuleDescription d : described) {
            index.put(d.id(), rules.size());
            rules.add(rule(d));
        }
        List<Map<String, Object>> results = new ArrayList<>();
        for (Finding f : r.findings()) {
            Map<String, Object> res = new LinkedHashMap<>();
            res.put("ruleId", f.ruleId());
            res.put("ruleIndex", index.get(f.ruleId()));
            res.put("level", level(f.severity()));
            res.put("message", Map.of("text", (f.object() == null ? "" : f.object() + ": ") + f.message()
                    + " Remediation: " + f.remediation()));
            Source source = source(r, f);
            if (source != null) {
                res.put("locations", List.of(location(source.file(), source.line())));
                if (source.generated() != null) {
                    Map<String, Object> related = location(source.generated(), Math.max(1, f.line()));
                    related.put("id", 1);
                    related.put("message", Map.of("text", "generated from it: " + source.generated()));
                    res.put("relatedLocations", List.of(related));
                }
            }
            results.add(res);
        }
        Map<String, Object> driver = new LinkedHashMap<>();
        driver.put("name", "ai-security-maven-plugin");
        driver.put("version", toolVersion);
        if (DOCUMENTATION.site() != null) {
            driver.put("informationUri", DOCUMENTATION.site());
        }
        driver.put("rules", rules);
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("tool", Map.of("driver", driver));
        run.put("results", results);
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("$schema", SCHEMA);
        root.put("version", "2.1.0");
        root.put("runs", List.of(run));
        return root;
    }

    private static Map<String, Object> rule(RuleDescription d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", d.id());
        m.put("name", name(d.id()));
        m.put("shortDescription", Map.of("text", capital(d.title())));
        String reference = d.reference() == null ? "" : " (" + d.reference() + ")";
        m.put("fullDescription", Map.of("text", capital(d.title()) + reference + "."));
        if (DOCUMENTATION.rule(d.id()) != null) {
            m.put("helpUri", DOCUMENTATION.rule(d.id()));
        }
        Map<String, Object> help = new LinkedHashMap<>();
        help.put("text", "Remediation: " + d.remediation() + reference);
        help.put("markdown", "**Remediation:** " + d.remediation() + reference);
        m.put("help", help);
        m.put("defaultConfiguration", Map.of("level", level(d.severity())));
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("security-severity", securitySeverity(d.severity()));
        properties.put("tags", List.copyOf(new LinkedHashSet<>(
                List.of("security", "kubernetes", d.stage().id(), category(d.id())))));
        properties.put("precision", "very-high");
        if (d.reference() != null) {
            properties.put("reference", d.reference());
        }
        m.put("properties", properties);
        return m;
    }

    /** Where a finding is shown: a committed file when the finding is on generated output. */
    private Source source(ValidationReport r, Finding f) {
        if (f.file() == null) {
            Path pom = base == null ? null : base.resolve("pom.xml");
            return pom != null && Files.isRegularFile(pom) ? new Source("pom.xml", 1, null) : null;
        }
        String file = f.file().toString().replace('\\', '/');
        String generated = generatedPrefix();
        if (generated != null && file.startsWith(generated) && r.graph() != null) {
            String inside = file.substring(generated.length());
            if (inside.startsWith("manifests/services/")) {
                String service = inside.substring("manifests/services/".length()).split("/")[0];
                Service s = r.graph().service(service).orElse(null);
                if (s != null) {
                    Path descriptor = s.descriptor().file() != null ? s.descriptor().file() : s.module().pomFile();
                    return new Source(relative(descriptor), 1, file);
                }
            }
            Path pom = base.resolve("pom.xml");
            if (Files.isRegularFile(pom)) {
                return new Source("pom.xml", pluginLine(pom), file);
            }
        }
        return new Source(file, Math.max(1, f.line()), null);
    }

    /** {@code target/ai-security/} relative to the base, with a trailing slash; null when not below it. */
    private String generatedPrefix() {
        if (base == null || outputDirectory == null) {
            return null;
        }
        Path abs = outputDirectory.toAbsolutePath().normalize();
        Path b = base.toAbsolutePath().normalize();
        return abs.startsWith(b) && !abs.equals(b) ? b.relativize(abs).toString().replace('\\', '/') + "/" : null;
    }

    private String relative(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        Path b = base.toAbsolutePath().normalize();
        return (abs.startsWith(b) ? b.relativize(abs) : abs).toString().replace('\\', '/');
    }

    /** The line of the root POM that names this plugin, or 1. */
    private static int pluginLine(Path pom) {
        try {
            List<String> lines = Files.readAllLines(pom, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).contains("ai-security-maven-plugin")) {
                    return i + 1;
                }
            }
        } catch (IOException | UncheckedIOException e) {
            return 1;
        }
        return 1;
    }

    private static Map<String, Object> location(String uri, int line) {
        Map<String, Object> physical = new LinkedHashMap<>();
        physical.put("artifactLocation", Map.of("uri", uri));
        physical.put("region", Map.of("startLine", line));
        Map<String, Object> location = new LinkedHashMap<>();
        location.put("physicalLocation", physical);
        return location;
    }

    private record Source(String file, int line, String generated) {
    }

    static String level(Severity s) {
        return switch (s) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    /** GitHub's scale: 7.0-8.9 high, 4.0-6.9 medium, 0.1-3.9 low. */
    private static String securitySeverity(Severity s) {
        return switch (s) {
            case ERROR -> "8.0";
            case WARNING -> "5.0";
            case INFO -> "2.0";
        };
    }

    private static String category(String id) {
        int dash = id.indexOf('-');
        return (dash < 0 ? id : id.substring(0, dash)).toLowerCase(Locale.ROOT);
    }

    /** {@code RBAC-WILDCARD} → {@code RbacWildcard}. */
    private static String name(String id) {
        StringBuilder sb = new StringBuilder();
        for (String part : id.split("-")) {
            if (!part.isEmpty()) {
                sb.append(part.charAt(0)).append(part.substring(1).toLowerCase(Locale.ROOT));
            }
        }
        return sb.toString();
    }

    private static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
