package io.aiplatform.security.core.validate.report;

import io.aiplatform.security.core.connectivity.ConnectivityAnalyzer.Connection;
import io.aiplatform.security.core.connectivity.IpRange;
import io.aiplatform.security.core.connectivity.Peer;
import io.aiplatform.security.core.validate.ConnectivityStage;
import io.aiplatform.security.core.validate.Finding;
import io.aiplatform.security.core.validate.ValidationReport;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * connlist.txt (the external corpus's format), connectivity.md (matrix, Mermaid, differences) and
 * connectivity.dot, each written as it is produced.
 */
final class ConnectivityReport {

    private ConnectivityReport() {
    }

    static void connlist(ValidationReport r, PrintWriter out) {
        r.connections().forEach(c -> out.append(c.line()).append('\n'));
    }

    /**
     * Most nodes (services, workloads, address blocks) for which connectivity.md draws the full matrix
     * and the Mermaid graph: beyond it, both grow with the square of the platform and nobody can read
     * them, so the report gives a summary and a section per service instead (linear in services and
     * connections).
     */
    static final int MATRIX_LIMIT = 50;

    /** Short names: the service name for a service's workload, else the peer as written; one lookup each. */
    private static final class Names {
        private final Map<Object, String> byWorkload = new HashMap<>();
        private final IpRangeLabels ranges;

        Names(ValidationReport r) {
            r.serviceWorkloads().forEach((name, w) -> byWorkload.putIfAbsent(w, name));
            ranges = new IpRangeLabels(r.connections(), this::name);
        }

        String name(Object peer) {
            String service = byWorkload.get(peer);
            return service != null ? service : ((Peer) peer).display();
        }

        /** The name of a connection's source or destination: a service, a workload, or the merged address block. */
        String end(Connection c, Object peer) {
            return peer instanceof IpRange ? ranges.label(c) : name(peer);
        }
    }

    static void markdown(ValidationReport r, PrintWriter sb) {
        sb.append("# Connectivity\n\n");
        sb.append("What the NetworkPolicies allow, computed by validate-security: ").append(String.valueOf(r.connections().size()))
                .append(" allowed connection(s). Address ranges cut by ipBlock except are shown as the block they came"
                        + " from; DNS is not shown; peers in other namespaces are listed under entry points.\n\n");
        Names names = new Names(r);
        TreeSet<String> sources = new TreeSet<>();
        TreeSet<String> destinations = new TreeSet<>();
        Map<String, String> cell = new TreeMap<>();
        for (Connection c : r.connections()) {
            String s = names.end(c, c.source());
            String d = names.end(c, c.destination());
            sources.add(s);
            destinations.add(d);
            cell.put(s + "\u0000" + d, c.allowed().toString());
        }
        List<EntryPoints.Entry> entries = EntryPoints.of(r);
        TreeSet<String> nodes = new TreeSet<>(sources);
        nodes.addAll(destinations);
        if (r.graph() != null) {
            r.graph().services().forEach(s -> nodes.add(s.name())); // a service nobody reaches has a section too
        }
        if (nodes.size() > MATRIX_LIMIT) {
            perService(sb, cell, nodes, entries);
        } else {
            matrixAndGraph(sb, r, names, cell, sources, destinations, entries);
        }
        declaredVersusAllowed(sb, r);
        DerivationSection.markdown(r, sb);
    }

    /** Above {@link #MATRIX_LIMIT}: counts, then for each node what it calls, who calls it and who gets in from outside. */
    private static void perService(PrintWriter sb, Map<String, String> cell, TreeSet<String> nodes,
                                   List<EntryPoints.Entry> entries) {
        Map<String, Map<String, List<String>>> out = new TreeMap<>(); // node -> ports -> peers
        Map<String, Map<String, List<String>>> in = new TreeMap<>();
        cell.forEach((key, ports) -> {
            int cut = key.indexOf('\u0000');
            String from = key.substring(0, cut);
            String to = key.substring(cut + 1);
            out.computeIfAbsent(from, k -> new TreeMap<>()).computeIfAbsent(ports, k -> new ArrayList<>()).add(md(to));
            in.computeIfAbsent(to, k -> new TreeMap<>()).computeIfAbsent(ports, k -> new ArrayList<>()).add(md(from));
        });
        Map<String, List<String>> exposed = new TreeMap<>();
        entries.forEach(e -> exposed.computeIfAbsent(e.to(), k -> new ArrayList<>())
                .add(md(e.from()) + " (" + md(e.ports()) + ", " + md(e.policy()) + ")"));
        sb.append("## Summary\n\n").append(String.valueOf(nodes.size())).append(" nodes (services, workloads and address blocks), ")
                .append(String.valueOf(cell.size())).append(" allowed pair(s), ").append(String.valueOf(entries.size()))
                .append(" entry point(s) from other namespaces. The matrix and the Mermaid graph are drawn for at most ")
                .append(String.valueOf(MATRIX_LIMIT)).append(" nodes; here each node has a section.\n\n## Per service\n\n");
        TreeSet<String> all = new TreeSet<>(nodes);
        all.addAll(exposed.keySet());
        for (String node : all) {
            sb.append("### ").append(md(node)).append("\n\n");
            sb.append("- calls: ").append(out.containsKey(node) ? grouped(out.get(node)) : "nothing").append('\n');
            sb.append("- called by: ").append(in.containsKey(node) ? grouped(in.get(node)) : "nobody").append('\n');
            if (exposed.containsKey(node)) {
                sb.append("- from other namespaces: ").append(String.join(", ", exposed.get(node))).append('\n');
            }
            sb.append('\n');
        }
    }

    /** {@code a, b (TCP 8080); c (TCP 5432)}: peers that share ports are listed once with them. */
    private static String grouped(Map<String, List<String>> byPorts) {
        List<String> parts = new ArrayList<>();
        byPorts.forEach((ports, peers) -> parts.add(String.join(", ", peers) + " (" + md(ports) + ")"));
        return String.join("; ", parts);
    }

    private static void matrixAndGraph(PrintWriter sb, ValidationReport r, Names names, Map<String, String> cell,
                                       TreeSet<String> sources, TreeSet<String> destinations,
                                       List<EntryPoints.Entry> entries) {
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
        Set<String> edges = new LinkedHashSet<>();
        for (Connection c : r.connections()) {
            edges.add(edge(ids, names.end(c, c.source()), c.allowed().toString(), names.end(c, c.destination())));
        }
        entries.forEach(e -> edges.add(edge(ids, e.from(), e.ports(), e.to())));
        edges.forEach(sb::append);
        sb.append("```\n\n");
    }

    private static void declaredVersusAllowed(PrintWriter sb, ValidationReport r) {
        sb.append("## Declared versus allowed\n\n");
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
                sb.append("The policies allow exactly the ").append(String.valueOf(r.graph().edges().size()))
                        .append(" declared connection(s) between services, and nothing else between them.\n");
            } else {
                diffs.forEach(f -> sb.append("- **").append(f.ruleId()).append("** ").append(md(f.message())).append('\n'));
            }
            sb.append("\n## Why each declared connection exists\n\n");
            if (r.graph().services().size() > MATRIX_LIMIT) {
                sb.append("Above ").append(String.valueOf(MATRIX_LIMIT)).append(" services the evidence of each edge is not repeated"
                        + " here: `mvn ai-security:generate -Dai-security.explain` prints it.\n");
            } else {
                r.graph().explain().forEach(line -> sb.append("- ").append(md(line)).append('\n'));
            }
        }
    }

    private static String edge(Map<String, String> ids, String from, String label, String to) {
        return "  " + ids.get(from) + "[\"" + from.replace("\"", "'") + "\"] -->|" + label.replace("|", "/") + "| "
                + ids.get(to) + "[\"" + to.replace("\"", "'") + "\"]\n";
    }

    /** The graph in Graphviz DOT; above {@link #MATRIX_LIMIT} services, the graph of their roles. */
    static void dot(ValidationReport r, PrintWriter out) {
        Names names = new Names(r);
        if (r.graph() != null && r.graph().services().size() > MATRIX_LIMIT) {
            roleGraph(r, names, out);
            return;
        }
        out.append("digraph connectivity {\n  rankdir=LR;\n  node [shape=box];\n");
        Set<String> edges = new LinkedHashSet<>();
        for (Connection c : r.connections()) {
            edges.add("  \"" + esc(names.end(c, c.source())) + "\" -> \"" + esc(names.end(c, c.destination()))
                    + "\" [label=\"" + esc(c.allowed().toString()) + "\"];\n");
        }
        for (EntryPoints.Entry e : EntryPoints.of(r)) {
            edges.add("  \"" + esc(e.from()) + "\" -> \"" + esc(e.to()) + "\" [label=\"" + esc(e.ports())
                    + "\", style=dashed];\n");
        }
        edges.forEach(out::append);
        out.append("}\n");
    }

    /**
     * Above {@link #MATRIX_LIMIT} services: one node per role (with its number of services) and one edge
     * per pair of roles with the number of connections, so the file stays readable and small.
     */
    private static void roleGraph(ValidationReport r, Names names, PrintWriter out) {
        Map<String, String> roleOf = new HashMap<>();
        Map<String, Integer> members = new TreeMap<>();
        r.graph().services().forEach(s -> {
            roleOf.put(s.name(), s.role().id());
            members.merge(s.role().id(), 1, Integer::sum);
        });
        Map<String, Integer> edges = new TreeMap<>();
        for (Connection c : r.connections()) {
            String from = names.end(c, c.source());
            String to = names.end(c, c.destination());
            edges.merge(roleOf.getOrDefault(from, from) + "\u0000" + roleOf.getOrDefault(to, to), 1, Integer::sum);
        }
        out.append("digraph connectivity {\n  rankdir=LR;\n  node [shape=box];\n"
                + "  // more than " + MATRIX_LIMIT + " services: one node per role, edges count connections\n");
        members.forEach((role, count) -> out.append("  \"").append(esc(role)).append("\" [label=\"").append(esc(role))
                .append(" (" + count + " services)\"];\n"));
        edges.forEach((key, count) -> {
            int cut = key.indexOf('\u0000');
            out.append("  \"").append(esc(key.substring(0, cut))).append("\" -> \"").append(esc(key.substring(cut + 1)))
                    .append("\" [label=\"" + count + " connection(s)\"];\n");
        });
        out.append("}\n");
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
