package io.aiplatform.security.core.validate.rules;

import io.aiplatform.security.core.validate.Finding;
import io.aiplatform.security.core.validate.Severity;
import io.aiplatform.security.core.validate.Stage;
import io.aiplatform.security.core.validate.ValidationContext;
import java.util.List;

/**
 * A check of {@code validate-security}: an id, a severity, what it is about, how to fix it, and
 * what it cites: the compliance controls its findings count under and any other reference. Every
 * rule is registered in {@link RuleRegistry}.
 */
public record Rule(String id, Severity severity, Stage stage, String title, String remediation, Citation citation,
                   Check check) {

    /** The logic of a rule: the places where it fires. */
    @FunctionalInterface
    public interface Check {
        List<Hit> run(ValidationContext context);
    }

    public RuleDescription description() {
        return new RuleDescription(id, severity, stage, title, remediation, citation);
    }

    /** The reference findings carry: the cited controls, then any other source; null when none. */
    public String reference() {
        return citation.text();
    }

    public List<Finding> evaluate(ValidationContext context) {
        return check.run(context).stream()
                .map(h -> new Finding(id, severity, stage, h.file(), h.line(), h.object(), h.message(), remediation,
                        reference()))
                .toList();
    }
}
