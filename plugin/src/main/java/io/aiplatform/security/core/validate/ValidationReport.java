package io.aiplatform.security.core.validate;

import io.aiplatform.security.core.connectivity.ConnectivityAnalyzer;
import io.aiplatform.security.core.connectivity.Workload;
import io.aiplatform.security.core.graph.ServiceGraph;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The result of {@code validate-security}: findings after suppression, suppressions, connectivity. */
public record ValidationReport(List<Finding> findings, List<Suppression> suppressions, List<Manifest> manifests,
                               int files, String schemaValidator, List<ConnectivityAnalyzer.Connection> connections,
                               Map<String, Workload> serviceWorkloads, ServiceGraph graph, FailOn failOn,
                               Map<Stage, Long> stageNanos) {

    /** {@code stageNanos}: wall time of each stage, for benchmarks and the debug log; never in a report file. */
    public ValidationReport {
        stageNanos = Map.copyOf(stageNanos);
        findings = List.copyOf(findings);
        suppressions = List.copyOf(suppressions);
        manifests = List.copyOf(manifests);
        connections = List.copyOf(connections);
    }

    public long count(Stage stage, Severity severity) {
        return findings.stream().filter(f -> f.stage() == stage && f.severity() == severity).count();
    }

    public Map<Severity, Long> bySeverity() {
        Map<Severity, Long> m = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) {
            m.put(s, findings.stream().filter(f -> f.severity() == s).count());
        }
        return m;
    }

    /** The findings that fail the build under {@code failOn}. */
    public List<Finding> failures() {
        return findings.stream().filter(f -> f.severity().failsAt(failOn)).toList();
    }

    public boolean failed() {
        return !failures().isEmpty();
    }
}
