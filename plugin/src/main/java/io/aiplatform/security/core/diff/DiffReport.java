package io.aiplatform.security.core.diff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** reports/connectivity-diff.md and .json: the {@link LayerDiff}, sorted, the same bytes for the same diff. */
public final class DiffReport {

    /** The Markdown report's file name under reports/. */
    public static final String MARKDOWN = "connectivity-diff.md";
    /** The JSON report's file name under reports/. */
    public static final String JSON = "connectivity-diff.json";
    /** What an empty diff says. */
    public static final String NO_CHANGE = "No change in what is allowed.";

    private DiffReport() {
    }

    public static String markdown(LayerDiff diff) {
        StringBuilder sb = new StringBuilder("# Connectivity diff\n\nWhat the new security layer allows that the base does"
                + " not, and the reverse, computed from what the NetworkPolicies and RBAC allow (not from the text of the"
                + " files). Base: " + diff.base() + ".\n");
        if (diff.isEmpty()) {
            sb.append('\n').append(NO_CHANGE).append('\n');
        }
        String[][] sections = {{"CONNECTION", "Connections"}, {"EXPOSURE", "Exposure (from other namespaces and outside"
                + " the cluster)"}, {"API_SERVER", "API-server egress"}};
        for (String[] s : sections) {
            ConnectionChange.Section section = ConnectionChange.Section.valueOf(s[0]);
            connections(sb, s[1] + " opened", diff.connections().added().stream().filter(c -> c.section() == section).toList());
            connections(sb, s[1] + " closed", diff.connections().removed().stream().filter(c -> c.section() == section).toList());
        }
        grants(sb, "Grants added", diff.grants().added());
        grants(sb, "Grants removed", diff.grants().removed());
        lines(sb, "Encryption at rest", diff.encryption());
        lines(sb, "Pod Security", diff.podSecurity());
        lines(sb, "Not compared", diff.notes());
        return sb.toString();
    }

    private static void connections(StringBuilder sb, String title, List<ConnectionChange> changes) {
        if (changes.isEmpty()) {
            return;
        }
        sb.append("\n## ").append(title).append("\n\n");
        for (ConnectionChange c : changes) {
            sb.append("- `").append(c.source()).append("` → `").append(c.destination()).append("`: ").append(c.ports()).append('\n');
            c.evidence().forEach(e -> sb.append("  - because ").append(e).append('\n'));
        }
    }

    private static void grants(StringBuilder sb, String title, List<GrantChange> changes) {
        if (changes.isEmpty()) {
            return;
        }
        sb.append("\n## ").append(title).append("\n\n");
        for (GrantChange g : changes) {
            sb.append("- `").append(g.grant().account()).append("` may ").append(g.grant().describe()).append('\n');
            g.evidence().forEach(e -> sb.append("  - because ").append(e).append('\n'));
        }
    }

    private static void lines(StringBuilder sb, String title, List<String> lines) {
        if (lines.isEmpty()) {
            return;
        }
        sb.append("\n## ").append(title).append("\n\n");
        lines.forEach(l -> sb.append("- ").append(l).append('\n'));
    }

    /** The diff as plain values for {@code JsonOutput}. */
    public static Map<String, Object> json(LayerDiff diff) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("base", diff.base());
        root.put("changed", !diff.isEmpty());
        root.put("connectionsAdded", diff.connections().added().stream().map(DiffReport::connection).toList());
        root.put("connectionsRemoved", diff.connections().removed().stream().map(DiffReport::connection).toList());
        root.put("grantsAdded", diff.grants().added().stream().map(DiffReport::grant).toList());
        root.put("grantsRemoved", diff.grants().removed().stream().map(DiffReport::grant).toList());
        root.put("encryption", diff.encryption());
        root.put("podSecurity", diff.podSecurity());
        root.put("notCompared", diff.notes());
        return root;
    }

    private static Map<String, Object> connection(ConnectionChange c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("section", c.section().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        m.put("source", c.source());
        m.put("destination", c.destination());
        m.put("ports", c.ports());
        m.put("evidence", new ArrayList<>(c.evidence()));
        return m;
    }

    private static Map<String, Object> grant(GrantChange g) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("serviceAccount", g.grant().account());
        m.put("verb", g.grant().verb());
        m.put("apiGroup", g.grant().apiGroup());
        m.put("resource", g.grant().resource());
        m.put("resourceName", g.grant().resourceName());
        m.put("scope", g.grant().scope());
        m.put("evidence", new ArrayList<>(g.evidence()));
        return m;
    }
}
