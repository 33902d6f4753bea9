package io.aiplatform.security.core.validate.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * What a rule cites: the compliance controls its findings count under, and a reference of another
 * source (Pod Security Standards, the Kubernetes RBAC good practices) that is no control of the report.
 *
 * @param controls the controls of compliance.md the rule gives evidence for, in the order cited
 * @param note     another source, or null
 */
public record Citation(List<Control> controls, String note) {

    public static final Citation NONE = new Citation(List.of(), null);

    public Citation {
        controls = List.copyOf(controls);
    }

    /** Cites the controls, and nothing else. */
    public static Citation of(Control... controls) {
        return new Citation(List.of(controls), null);
    }

    /** Cites only a source that is no control of the report (or nothing, when null). */
    public static Citation note(String note) {
        return new Citation(List.of(), note);
    }

    /** Cites the controls and, after them, another source. */
    public Citation and(String another) {
        return new Citation(controls, another);
    }

    /** The reference findings and reports show, e.g. "CIS 5.1.4; Kubernetes RBAC good practices"; null when none. */
    public String text() {
        List<String> parts = new ArrayList<>(controls.stream().map(Control::id).toList());
        if (note != null) {
            parts.add(note);
        }
        return parts.isEmpty() ? null : String.join("; ", parts);
    }
}
