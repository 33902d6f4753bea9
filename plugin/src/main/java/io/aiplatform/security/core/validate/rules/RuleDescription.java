package io.aiplatform.security.core.validate.rules;

import io.aiplatform.security.core.validate.Severity;
import io.aiplatform.security.core.validate.Stage;

/**
 * What a finding's rule id means, for the reports (SARIF rule metadata, JUnit test cases): the
 * rules of stage 3 and the checks that the parse, schema and connectivity stages make.
 *
 * @param citation the compliance controls the check gives evidence for, and any other reference
 */
public record RuleDescription(String id, Severity severity, Stage stage, String title, String remediation,
                              Citation citation) {

    /** A CIS Kubernetes Benchmark, security guide or Pod Security Standards reference, or null. */
    public String reference() {
        return citation.text();
    }
}
