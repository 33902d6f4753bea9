package io.aiplatform.security.core.validate.report;

import io.aiplatform.security.core.support.DerivationRule;
import io.aiplatform.security.core.support.Problem;
import io.aiplatform.security.core.validate.Finding;
import io.aiplatform.security.core.validate.Stage;
import io.aiplatform.security.core.validate.Suppression;
import io.aiplatform.security.core.validate.ValidationReport;
import java.io.PrintWriter;
import java.util.List;

/**
 * connectivity.md's section on what the derivation could not decide: each finding of the derivation stage
 * with its rule, severity, evidence, service, message and remedy, then those a descriptor suppresses.
 */
final class DerivationSection {

    private DerivationSection() {
    }

    static void markdown(ValidationReport r, PrintWriter sb) {
        if (r.graph() == null) {
            return;
        }
        List<Finding> found = r.findings().stream().filter(f -> f.stage() == Stage.DERIVATION).toList();
        List<Suppression> suppressed = r.suppressions().stream().filter(s -> DerivationRule.isDerivation(s.ruleId())).toList();
        sb.append("\n## What the derivation could not decide\n\n");
        if (found.isEmpty() && suppressed.isEmpty()) {
            sb.append("Nothing: every connection the platform's files name was derived or declared.\n");
            return;
        }
        for (Finding f : found) {
            sb.append("- **").append(f.ruleId()).append("** (").append(f.severity().id()).append(')');
            String where = Problem.where(f.file(), f.line());
            if (!where.isEmpty()) {
                sb.append(" `").append(where.substring(0, where.length() - 2)).append('`');
            }
            if (f.object() != null) {
                sb.append(", ").append(ConnectivityReport.md(f.object()));
            }
            sb.append(": ").append(ConnectivityReport.md(f.message())).append(" Remedy: ")
                    .append(ConnectivityReport.md(f.remediation())).append('\n');
        }
        for (Suppression s : suppressed) {
            sb.append("- suppressed **").append(s.ruleId()).append("** for ").append(ConnectivityReport.md(s.object()))
                    .append(" (").append(String.valueOf(s.file()).replace('\\', '/')).append("): ")
                    .append(ConnectivityReport.md(s.reason())).append('\n');
        }
    }
}
