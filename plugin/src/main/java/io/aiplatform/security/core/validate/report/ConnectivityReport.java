package io.aiplatform.security.core.validate.report;

import io.aiplatform.security.core.connectivity.ConnectivityAnalyzer.Connection;
import io.aiplatform.security.core.connectivity.IpRange;
import io.aiplatform.security.core.validate.ConnectivityStage;
import io.aiplatform.security.core.validate.Finding;
import io.aiplatform.security.core.validate.ValidationReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/** connlist.txt (the external corpus's format), connectivity.md (matrix, Mermaid, differences) and connectivity.dot. */
final class ConnectivityReport {

    private ConnectivityReport() {
    }

    static String connlist(ValidationReport r) {
        StringBuilder sb = new StringBuilder();
        r.connections().forEach(c -> sb.append(c.line()).append('\n'));
        return sb.toString();
    }

    /** Short names: the service name for a service's workload, else the peer as written. */
    private static String name(ValidationReport r, Object peer) {
        for (Map.Entry<String, io.aiplatform.security.core.connectivity.Workload> e : r.serviceWorkloads().entrySet()) {
            if (e.getValue().equals(peer)) {
                return e.getKey();
            }
        }
        return ((io.aiplatform.security.core.connectivity.Peer) peer).display();
    }

    /** The name of a connection's source or destination: a service, a workload, or the merged address block. */
    private static String end(ValidationReport r, IpRangeLabels ranges, Connection c, Object peer) {
        return peer instanceof IpRange ? ranges.label(c) : name(r, peer);
    }

    private static IpRangeLabels ranges(ValidationReport r) {
        return new IpRangeLabels(r.connections(), peer -> name(r, peer));
    }

    static String markdown(ValidationReport r) {
        StringBuilder sb = new StringBuilder("# Connectivity\n\n");
        sb.append("What the NetworkPolicies allow, computed by validate-security: ").append(r.connections().size())
                .append(" allowed connection(s). Address ranges cut by ipBlock except are shown as the block they came"
                        + " from; DNS is not shown; peers in other namespaces are listed under entry points.\n\n");
        IpRangeLabels ranges = ranges(r);
        TreeSet<String> sources = new TreeSet<>();
        TreeSet<String> destinations = new TreeSet<>();
        Map<String, String> cell = new TreeMap<>();
        for (Connection c : r.connections()) {
            String s = end(r, ranges, c, c.source());
            String d = end(r, ranges, c, c.destination());
            sources.add(s);
            destinations.add(d);
            cell.put(s + "\u0000" + d, c.allowed().toString());
        }
        sb.append("## Matrix (rows: from, columns: to)\n\n");
        if (r.connections().isEmpty()) {
            sb.append("Nothing is allowed.\n\n");
        } else {
            sb.append("| from \\ to |");
            destinations.forEach(d -> sb.append(' ').append(md(d)).append(" |"));
            sb.append("\n|---|");
            destinations.forEach(d -> sb.append("---|"));
            sb.append('\n');
            for (String s : sources) {
                sb.append("| ").append(md(s)).append(" |");
                for (String d : destinations) {
                    sb.append(' ').append(md(cell.getOrDefault(s + "\u0000" + d, ""))).append(" |");
                }
                sb.append('\n');
            }
            sb.append('\n');
        }
        List<EntryPoints.Entry> entries = EntryPoints.of(r);
        sb.append("## Entry points from other namespaces\n\n");
        if (entries.isEmpty()) {
            sb.append("No policy lets in pods of another namespace.\n\n");
        } else {
            entries.forEach(e -> sb.append("- ").append(md(e.from())).append(" → **").append(md(e.to())).append("**: ")
                    .append(md(e.ports())).append(" (").append(md(e.policy())).append(")\n"));
            sb.append('\n');
        }
        sb.append("## Graph\n\n```mermaid\ngraph LR\n");
        TreeSet<String> nodes = new TreeSet<>(sources);
        nodes.addAll(destinations);
        entries.forEach(e -> {
            nodes.add(e.from());
            nodes.add(e.to());
        });
        Map<String, String> ids = ids(nodes);
        java.util.Set<String> edges = new java.util.LinkedHashSet<>();
        for (Connection c : r.connections()) {
            edges.add(edge(ids, end(r, ranges, c, c.source()), c.allowed().toString(), end(r, ranges, c, c.destination())));
        }
        entries.forEach(e -> edges.add(edge(ids, e.from(), e.ports(), e.to())));
        edges.forEach(sb::append);
        sb.append("```\n\n## Declared versus allowed\n\n");
        if (r.graph() == null) {
            sb.append("No service graph (standalone validation): nothing to compare.\n");
        } else {
            List<Finding> diffs = new ArrayList<>();
            for (Finding f : r.findings()) {
                if (f.ruleId().equals(ConnectivityStage.DECLARED_BLOCKED) || f.ruleId().equals(ConnectivityStage.UNDECLARED_ALLOWED)) {
                    diffs.add(f);
                }
            }
            if (diffs.isEmpty()) {
                sb.append("The policies allow exactly the ").append(r.graph().edges().size())
                        .append(" declared connection(s) between services, and nothing else between them.\n");
            } else {
                diffs.forEach(f -> sb.append("- **").append(f.ruleId()).append("** ").append(md(f.message())).append('\n'));
            }
            sb.append("\n## Why each declared connection exists\n\n");
            r.graph().explain().forEach(line -> sb.append("- ").append(md(line)).append('\n'));
        }
        return sb.toString();
    }

    private static String edge(Map<String, String> ids, String from, String label, String to) {
        return "  " + ids.get(from) + "[\"" + from.replace("\"", "'") + "\"] -->|" + label.replace("|", "/") + "| "
                + ids.get(to) + "[\"" + to.replace("\"", "'") + "\"]\n";
    }

    static String dot(ValidationReport r) {
        StringBuilder sb = new StringBuilder("digraph connectivity {\n  rankdir=LR;\n  node [shape=box];\n");
        IpRangeLabels ranges = ranges(r);
        java.util.Set<String> edges = new java.util.LinkedHashSet<>();
        for (Connection c : r.connections()) {
            edges.add("  \"" + esc(end(r, ranges, c, c.source())) + "\" -> \"" + esc(end(r, ranges, c, c.destination()))
                    + "\" [label=\"" + esc(c.allowed().toString()) + "\"];\n");
        }
        for (EntryPoints.Entry e : EntryPoints.of(r)) {
            edges.add("  \"" + esc(e.from()) + "\" -> \"" + esc(e.to()) + "\" [label=\"" + esc(e.ports())
                    + "\", style=dashed];\n");
        }
        edges.forEach(sb::append);
        return sb.append("}\n").toString();
    }

    private static Map<String, String> ids(TreeSet<String> all) {
        Map<String, String> ids = new TreeMap<>();
        int i = 0;
        for (String n : all) {
            ids.put(n, "n" + i++);
        }
        return ids;
    }

    private static String esc(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    static String md(String s) {
        return s.replace("|", "\\|");
    }
}
