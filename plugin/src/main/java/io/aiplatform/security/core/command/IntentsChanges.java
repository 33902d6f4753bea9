package io.aiplatform.security.core.command;

import io.aiplatform.security.core.descriptor.ApiAccess;
import io.aiplatform.security.core.descriptor.EgressSpec;
import io.aiplatform.security.core.descriptor.ObjectAccess;
import io.aiplatform.security.core.descriptor.PortSpec;
import io.aiplatform.security.core.graph.Edge;
import io.aiplatform.security.core.graph.OutsideEdge;
import io.aiplatform.security.core.graph.Service;
import io.aiplatform.security.core.graph.ServiceGraph;
import io.aiplatform.security.core.support.ArtifactFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What a new version of an assembled service brings: each generation keeps, per intents artifact, its version and
 * the connections and grants of its services ({@value #STATE} in the output folder); when an artifact's version
 * differs from the previous generation's, the connections and grants it adds and removes are logged and written to
 * {@value #REPORT} (a plain list), which a generation without a version change removes.
 */
final class IntentsChanges {

    /** The versions and what they grant, as the last generation assembled them. */
    static final String STATE = ".intents-versions";
    /** The changes of the last generation. */
    static final String REPORT = "intents-changes.md";

    private IntentsChanges() {
    }

    /** Compares with the previous generation, writes the report (or removes a stale one) and the state; the log lines. */
    static List<String> record(Path output, List<ArtifactFile> intents, ServiceGraph graph) throws IOException {
        Map<String, Snapshot> now = snapshots(intents, graph);
        Path state = output.resolve(STATE);
        Map<String, Snapshot> before = Files.isRegularFile(state) ? read(state) : null;
        List<String> log = new ArrayList<>();
        StringBuilder report = new StringBuilder("# Intents: what the new versions change\n");
        if (before != null) {
            Set<String> keys = new TreeSet<>(before.keySet());
            keys.addAll(now.keySet());
            for (String key : keys) {
                changes(key, before.get(key), now.get(key), log, report);
            }
        }
        if (log.isEmpty()) {
            Files.deleteIfExists(output.resolve(REPORT));
        } else {
            Files.createDirectories(output);
            Files.writeString(output.resolve(REPORT), report.toString(), StandardCharsets.UTF_8);
            log.add("the changes are listed in " + output.resolve(REPORT));
        }
        if (!intents.isEmpty() || before != null) {
            Files.createDirectories(output);
            Files.writeString(state, write(now), StandardCharsets.UTF_8);
        }
        return log;
    }

    /** An artifact's version and the lines of what its services connect to and are granted. */
    private record Snapshot(String version, Set<String> lines) {
    }

    private static void changes(String key, Snapshot before, Snapshot now, List<String> log, StringBuilder report) {
        if (before != null && now != null && before.version().equals(now.version())) {
            return;
        }
        String from = before == null ? "not deployed" : before.version();
        String to = now == null ? "no longer deployed" : now.version();
        Set<String> added = new TreeSet<>(now == null ? Set.of() : now.lines());
        Set<String> removed = new TreeSet<>(before == null ? Set.of() : before.lines());
        added.removeAll(before == null ? Set.of() : before.lines());
        removed.removeAll(now == null ? Set.of() : now.lines());
        log.add(key + " " + from + " -> " + to + ": adds " + (added.isEmpty() ? "nothing" : String.join("; ", added))
                + "; removes " + (removed.isEmpty() ? "nothing" : String.join("; ", removed)));
        report.append("\n## ").append(key).append(' ').append(from).append(" -> ").append(to).append("\n\nAdds:\n\n");
        (added.isEmpty() ? Set.of("nothing") : added).forEach(l -> report.append("- ").append(l).append('\n'));
        report.append("\nRemoves:\n\n");
        (removed.isEmpty() ? Set.of("nothing") : removed).forEach(l -> report.append("- ").append(l).append('\n'));
    }

    private static Map<String, Snapshot> snapshots(List<ArtifactFile> intents, ServiceGraph graph) {
        Map<String, Snapshot> snapshots = new TreeMap<>();
        for (ArtifactFile a : intents) {
            Set<String> names = graph.services().stream().filter(s -> a.coordinates().equals(s.module().groupId()))
                    .map(Service::name).collect(Collectors.toCollection(TreeSet::new));
            Set<String> lines = new TreeSet<>();
            for (Edge e : graph.edges()) {
                if (names.contains(e.from()) || names.contains(e.to())) {
                    lines.add("connection " + e.from() + " -> " + e.to() + ":" + ports(e.ports()));
                }
            }
            for (Service s : graph.services()) {
                if (names.contains(s.name())) {
                    grants(s, graph, lines);
                }
            }
            snapshots.put(a.key(), new Snapshot(a.version(), lines));
        }
        return snapshots;
    }

    private static void grants(Service s, ServiceGraph graph, Set<String> lines) {
        for (OutsideEdge o : graph.outsideEdgesOf(s.name())) {
            lines.add("connection " + (o.outgoing() ? s.name() + " -> " + o.peer() : o.peer() + " -> " + s.name())
                    + ":" + ports(o.ports()));
        }
        for (EgressSpec e : s.descriptor().egress()) {
            lines.add("egress " + s.name() + " -> " + e.cidr() + (e.ports().isEmpty() ? "" : ":" + ports(e.ports())));
        }
        if (s.descriptor().ingress().external()) {
            lines.add("ingress from outside the cluster to " + s.name());
        }
        for (ObjectAccess secret : s.descriptor().secrets()) {
            lines.add("grant " + s.name() + " reads Secret " + secret.name());
        }
        for (ObjectAccess map : s.descriptor().configMaps()) {
            lines.add("grant " + s.name() + " reads ConfigMap " + map.name());
        }
        for (ApiAccess api : s.descriptor().kubernetesApi()) {
            lines.add("grant " + s.name() + " may " + String.join(",", api.verbs()) + " " + api.apiGroup() + "/"
                    + String.join(",", api.resources()));
        }
    }

    private static String ports(List<PortSpec> ports) {
        return ports.stream().map(p -> String.valueOf(p.port())).collect(Collectors.joining(","));
    }

    private static String write(Map<String, Snapshot> snapshots) {
        StringBuilder sb = new StringBuilder("# ai-security: the intents the last generation assembled\n");
        snapshots.forEach((key, s) -> {
            sb.append(key).append('\t').append(s.version()).append('\n');
            s.lines().forEach(l -> sb.append(key).append('\t').append(s.version()).append('\t').append(l).append('\n'));
        });
        return sb.toString();
    }

    private static Map<String, Snapshot> read(Path state) throws IOException {
        Map<String, Snapshot> snapshots = new TreeMap<>();
        for (String line : Files.readAllLines(state, StandardCharsets.UTF_8)) {
            String[] f = line.split("\t", 3);
            if (line.startsWith("#") || f.length < 2) {
                continue;
            }
            Snapshot s = snapshots.computeIfAbsent(f[0], k -> new Snapshot(f[1], new TreeSet<>()));
            if (f.length == 3) {
                s.lines().add(f[2]);
            }
        }
        return snapshots;
    }
}
