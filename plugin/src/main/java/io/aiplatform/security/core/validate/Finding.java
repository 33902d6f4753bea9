package io.aiplatform.security.core.validate;

import io.aiplatform.security.core.support.Problem;
import java.nio.file.Path;
import java.util.Objects;

/**
 * One result of validation: which rule, how severe, where (file, line, object) and what to do.
 *
 * @param reference a CIS Kubernetes Benchmark or Pod Security Standards reference, or null
 */
public record Finding(String ruleId, Severity severity, Stage stage, Path file, int line, String object,
                      String message, String remediation, String reference) {

    public Finding withSeverity(Severity s) {
        return new Finding(ruleId, s, stage, file, line, object, message, remediation, reference);
    }

    /** {@code file:line: severity RULE-ID object: message} */
    public String describe() {
        StringBuilder sb = new StringBuilder(Problem.where(file, line));
        sb.append(severity.id()).append(' ').append(ruleId);
        if (object != null) {
            sb.append(' ').append(object);
        }
        sb.append(": ").append(message);
        return sb.toString();
    }

    // equals and hashCode are written out, as the record's own would be: the record's are linked by a
    // bootstrap method on first use, which a fresh JVM (a build) pays for in milliseconds per record class
    @Override
    public boolean equals(Object o) {
        return o instanceof Finding f && Objects.equals(ruleId, f.ruleId) && severity == f.severity
                && stage == f.stage && Objects.equals(file, f.file) && line == f.line
                && Objects.equals(object, f.object) && Objects.equals(message, f.message)
                && Objects.equals(remediation, f.remediation) && Objects.equals(reference, f.reference);
    }

    @Override
    public int hashCode() {
        return Objects.hash(ruleId, severity, stage, file, line, object, message, remediation, reference);
    }
}
