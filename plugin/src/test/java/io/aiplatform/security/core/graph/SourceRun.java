package io.aiplatform.security.core.graph;

import io.aiplatform.security.core.catalog.ClientCatalog;
import io.aiplatform.security.core.support.InvalidInputException;
import io.aiplatform.security.core.support.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Runs chosen derivation sources alone over a fixture platform, for the sources' own tests. */
final class SourceRun {

    private final Derivation d;

    private SourceRun(Derivation d) {
        this.d = d;
    }

    /** Resolves the services of {@code modules} below {@code root} (namespace "shop"), then runs {@code sources} in order. */
    static SourceRun of(Path root, List<Module> modules, DerivationSource... sources) throws InvalidInputException {
        Derivation d = DerivationSources.prepare(new DerivationProject(root, modules, List.of(), "shop"),
                ClientCatalog.builtIn());
        for (DerivationSource source : sources) {
            d.services().values().forEach(a -> source.derive(a, d));
        }
        return new SourceRun(d);
    }

    /** "from->to" and the evidence of each edge. */
    Map<String, List<String>> edges() {
        Map<String, List<String>> edges = new TreeMap<>();
        d.findings.edges.values().forEach(e -> edges.put(e.from + "->" + e.to, List.copyOf(e.reasons)));
        return edges;
    }

    /** The port numbers of the edge "from->to". */
    List<Integer> ports(String edge) {
        return d.findings.edges.values().stream().filter(e -> (e.from + "->" + e.to).equals(edge))
                .flatMap(e -> e.ports.values().stream()).map(p -> p.port()).sorted().toList();
    }

    List<String> warnings() {
        return d.findings.warnings.stream().map(Problem::toString).toList();
    }

    List<String> errors() {
        return d.findings.errors.stream().map(Problem::toString).toList();
    }

    List<Omission> omissions() {
        return d.findings.omissions;
    }

    List<String> outside() {
        return d.findings.outside.values().stream().map(OutsideEdgeBuilder::build)
                .map(e -> e.peer() + " " + e.reasons()).toList();
    }

    static void write(Path root, String path, String text) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
