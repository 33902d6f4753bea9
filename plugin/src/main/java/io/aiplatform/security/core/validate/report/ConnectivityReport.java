package io.aiplatform.security.core.validate.report;

import io.aiplatform.security.core.connectivity.ConnectivityAnalyzer.Connection;
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

    static String markdown(ValidationReport r) {
        StringBuilder sb = new StringBuilder("# Connectivity\n\n");
        sb.append("What the NetworkPolicies allow, computed by validate-security: ").append(r.connections().size())
                .append(" allowed connection(s). DNS and other peers outside the validated manifests are not shown.\n\n");
        TreeSet<String> sources = new TreeSet<>();
        TreeSet<String> destinations = new TreeSet<>();
        Map<String, String> cell = new TreeMap<>();
        for (Connection c : r.connections()) {
            String s = name(r, c.source());
            String d = name(r, c.destination());
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
        sb.append("## Graph\n\n```mermaid\ngraph LR\n");
        Map<String, String> ids = ids(sources, destinations);
        for (Connection c : r.connections()) {
            String s = name(r, c.source());
            String d = name(r, c.destination());
            sb.append("  ").append(ids.get(s)).append("[\"").append(s.replace("\"", "'")).append("\"] -->|")
                    .append(c.allowed().toString().replace("|", "/")).append("| ").append(ids.get(d)).append("[\"")
                    .append(d.replace("\"", "'")).append("\"]\n");
        }
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

    static String dot(ValidationReport r) {
        StringBuilder sb = new StringBuilder("digraph connectivity {\n  rankdir=LR;\n  node [shape=box];\n");
        for (Connection c : r.connections()) {
            sb.append("  \"").append(esc(name(r, c.source()))).append("\" -> \"").append(esc(name(r, c.destination())))
                    .append("\" [label=\"").append(esc(c.allowed().toString())).append("\"];\n");
        }
        return sb.append("}\n").toString();
    }

    private static Map<String, String> ids(TreeSet<String> a, TreeSet<String> b) {
        TreeSet<String> all = new TreeSet<>(a);
        all.addAll(b);
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
