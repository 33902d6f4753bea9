package io.aiplatform.security.core.diff;

import java.util.ArrayList;
import java.util.List;

/**
 * What changed between a base and a new security layer: connections, exposure and API-server egress
 * opened or closed, grants added or removed, encryption and Pod Security changes, and notes on what could
 * not be compared.
 *
 * @param base what the new layer was compared with, as the report names it
 */
public record LayerDiff(String base, ConnectionDiff.Result connections, GrantDiff.Result grants, List<String> encryption,
                        List<String> podSecurity, List<String> notes) {

    public LayerDiff {
        encryption = List.copyOf(encryption);
        podSecurity = List.copyOf(podSecurity);
        notes = List.copyOf(notes);
    }

    /** True when nothing that is allowed changed. */
    public boolean isEmpty() {
        return connections.added().isEmpty() && connections.removed().isEmpty() && grants.added().isEmpty()
                && grants.removed().isEmpty() && encryption.isEmpty() && podSecurity.isEmpty();
    }

    /** Each connection, exposure or grant the new layer opens, as the report writes it. */
    public List<String> widenings() {
        List<String> lines = new ArrayList<>();
        connections.added().forEach(c -> lines.add(c.line()));
        grants.added().forEach(g -> lines.add(g.line()));
        return lines;
    }
}
